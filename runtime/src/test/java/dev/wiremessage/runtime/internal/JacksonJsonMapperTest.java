package dev.wiremessage.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wiremessage.runtime.JsonTypes;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Jackson mapper caches a reader and a writer per type; a new mapper and a warm one give the same answers. */
class JacksonJsonMapperTest {
  @Test
  void writesAndReadsRepeatedly() throws java.io.IOException {
    JacksonJsonMapper m = new JacksonJsonMapper();
    assertEquals("JsonMapper.jackson()", m.toString());
    Type type = JsonTypes.parameterized(Map.class, String.class, JsonTypes.parameterized(List.class, Integer.class));
    for (int i = 0; i < 3; i++) {
      byte[] text = m.write(Map.of("a", List.of(1, i)), type);
      assertEquals("{\"a\":[1," + i + "]}", new String(text, StandardCharsets.UTF_8));
      byte[] padded = ("xx" + new String(text, StandardCharsets.UTF_8) + "yy").getBytes(StandardCharsets.UTF_8);
      assertEquals(Map.of("a", List.of(1, i)), m.read(padded, 2, text.length, type));
    }
    assertEquals("null", new String(m.write(null, type), StandardCharsets.UTF_8));
  }
}
