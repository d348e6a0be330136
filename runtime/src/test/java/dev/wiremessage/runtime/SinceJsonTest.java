package dev.wiremessage.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wiremessage.Since;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A JSON body of an older version (evolution.md section 4): the default mapper gives a missing
 * {@code @Since} component its absent value, while every other component stays required.
 */
class SinceJsonTest {
  static final JsonMapper JSON = JsonMapper.jackson();

  record Data(String message, int value, @Since(2) Optional<String> unit, @Since(2) List<String> tags,
      @Since(2) int scale, @Since(3) long[] marks, @Since(3) byte[] raw, @Since(3) boolean flag,
      @Since(3) double ratio, @Since(3) char mark, @Since(3) @StrictJsonTest.Nullable String note) {}

  static Data read(String json) throws IOException {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    return (Data) JSON.read(b, 0, b.length, (Type) Data.class);
  }

  @Test
  void aVersionOneObjectTakesEveryAbsentValue() throws IOException {
    Data d = read("{\"message\":\"m\",\"value\":42}");
    assertEquals("m", d.message());
    assertEquals(42, d.value());
    assertEquals(Optional.empty(), d.unit());
    assertEquals(List.of(), d.tags());
    assertEquals(0, d.scale());
    assertArrayEquals(new long[0], d.marks());
    assertArrayEquals(new byte[0], d.raw());
    assertEquals(false, d.flag());
    assertEquals(0.0, d.ratio());
    assertEquals('\0', d.mark());
    assertEquals(null, d.note());
  }

  @Test
  void nullIsTheAbsentValueToo() throws IOException {
    Data d = read("{\"message\":\"m\",\"value\":1,\"unit\":null,\"tags\":null,\"marks\":null,\"note\":null}");
    assertEquals(Optional.empty(), d.unit());
    assertEquals(List.of(), d.tags());
    assertArrayEquals(new long[0], d.marks());
    assertEquals(null, d.note());
  }

  @Test
  void presentValuesAreReadAsAlways() throws IOException {
    Data d = read("{\"message\":\"m\",\"value\":1,\"unit\":\"C\",\"tags\":[\"a\"],\"scale\":3,\"marks\":[5],"
        + "\"raw\":\"AQI=\",\"flag\":true,\"ratio\":0.5,\"mark\":\"x\",\"note\":\"n\"}");
    assertEquals(Optional.of("C"), d.unit());
    assertEquals(List.of("a"), d.tags());
    assertEquals(3, d.scale());
    assertArrayEquals(new long[] {5}, d.marks());
    assertArrayEquals(new byte[] {1, 2}, d.raw());
    assertEquals(true, d.flag());
    assertEquals(0.5, d.ratio());
    assertEquals('x', d.mark());
    assertEquals("n", d.note());
  }

  @Test
  void componentsWithoutSinceStayRequiredAndStrict() {
    assertThrows(IOException.class, () -> read("{\"value\":1}"));
    assertThrows(IOException.class, () -> read("{\"message\":\"m\"}"));
    assertThrows(IOException.class, () -> read("{\"message\":\"m\",\"value\":1,\"scale\":\"3\"}")); // no coercion
    assertThrows(IOException.class, () -> read("{\"message\":\"m\",\"value\":1,\"scale\":1.5}"));
  }
}
