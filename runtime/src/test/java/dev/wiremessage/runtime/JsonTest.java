package dev.wiremessage.runtime;

import static dev.wiremessage.runtime.CodecTest.assertDecodes;
import static dev.wiremessage.runtime.CodecTest.assertEncodes;
import static dev.wiremessage.runtime.CodecTest.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.TestCodecs.Config;
import dev.wiremessage.runtime.TestCodecs.ConfigCodec;
import dev.wiremessage.runtime.TestCodecs.Data;
import dev.wiremessage.runtime.TestCodecs.DataCodec;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  static final JsonMapper JSON = JsonMapper.jackson();

  static String write(Object value, Type type) throws IOException {
    return new String(JSON.write(value, type), StandardCharsets.UTF_8);
  }

  static Object read(String json, Type type) throws IOException {
    byte[] b = ("xx" + json + "yy").getBytes(StandardCharsets.UTF_8);
    return JSON.read(b, 2, b.length - 4, type);
  }

  record Zebra(String zeta, int alpha, List<String> mid) {}

  /** A plain class: Jackson 3 sorts its properties alphabetically unless told not to. */
  public static final class Pojo {
    public String zeta = "z";
    public int alpha = 1;
  }

  static final class Holder {
    @SuppressWarnings("unused")
    List<String>[] arrays;
    @SuppressWarnings("unused")
    Map<? extends Number, ? super Integer> wild;
  }

  @Test
  void compactDeclarationOrderAndInsertionOrder() throws IOException {
    assertEquals("{\"zeta\":\"z\",\"alpha\":1,\"mid\":[\"m\"]}", write(new Zebra("z", 1, List.of("m")), Zebra.class));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("retries", 3);
    m.put("hosts", List.of("a", "b"));
    m.put("a", null);
    assertEquals("{\"retries\":3,\"hosts\":[\"a\",\"b\"],\"a\":null}",
        write(m, JsonTypes.parameterized(Map.class, String.class, Object.class)));
    assertEquals("null", write(null, Zebra.class));
    assertEquals("{\"zeta\":\"z\",\"alpha\":1}", write(new Pojo(), Pojo.class));
  }

  @Test
  void lenientKeysStrictText() throws IOException {
    assertEquals(new Zebra("z", 1, List.of()),
        read(" {\"alpha\" : 1, \"unknown\": {\"x\": [1]}, \"mid\": [], \"zeta\": \"z\"}\n", Zebra.class));
    assertThrows(Exception.class, () -> read("{\"alpha\":1} {}", Zebra.class));
    assertThrows(Exception.class, () -> read("{\"alpha\":1} x", Zebra.class));
    assertThrows(Exception.class, () -> read("{\"alpha\":", Zebra.class));
    assertThrows(Exception.class, () -> read("{\"alpha\":\"not a number\"}", Zebra.class));
    assertNull(read("null", Zebra.class));
  }

  @Test
  void bindsGenericTypes() throws IOException {
    Type tags = JsonTypes.parameterized(Map.class, String.class, JsonTypes.parameterized(List.class, Integer.class));
    Object v = read("{\"primes\":[2,3,5],\"none\":[]}", tags);
    assertEquals(Map.of("primes", List.of(2, 3, 5), "none", List.of()), v);
    assertEquals(List.of("primes", "none"), List.copyOf(((Map<?, ?>) v).keySet()), "insertion order kept");
    Type longs = JsonTypes.parameterized(List.class, Long.class);
    assertEquals(Long.class, ((List<?>) read("[1]", longs)).get(0).getClass(), "element type honoured");
    Object arr = read("[[\"a\"],[]]", JsonTypes.arrayOf(JsonTypes.parameterized(List.class, String.class)));
    assertEquals(List.of("a"), ((List<?>[]) arr)[0]);
    Object ext = read("[1.5]", JsonTypes.parameterized(List.class, JsonTypes.subtypeOf(Double.class)));
    assertEquals(List.of(1.5), ext);
  }

  @Test
  void typeImplsEqualTheJdks() throws Exception {
    Field f = Holder.class.getDeclaredField("arrays");
    Type jdkArray = f.getGenericType();
    Type ours = JsonTypes.arrayOf(JsonTypes.parameterized(List.class, String.class));
    assertEquals(jdkArray, ours);
    assertEquals(ours, jdkArray);
    assertEquals(jdkArray.hashCode(), ours.hashCode());
    assertEquals(jdkArray.toString(), ours.toString());
    Type jdkMap = Holder.class.getDeclaredField("wild").getGenericType();
    Type ourMap = JsonTypes.parameterized(Map.class, JsonTypes.subtypeOf(Number.class), JsonTypes.supertypeOf(Integer.class));
    assertEquals(jdkMap, ourMap);
    assertEquals(ourMap, jdkMap);
    assertEquals(jdkMap.hashCode(), ourMap.hashCode());
    assertEquals(jdkMap.toString(), ourMap.toString());
    assertEquals("java.util.Map<? extends java.lang.Number, ? super java.lang.Integer>", ourMap.getTypeName());
    assertNotEquals(JsonTypes.parameterized(List.class, String.class), JsonTypes.parameterized(List.class, Integer.class));
    assertSame(String[].class, JsonTypes.arrayOf(String.class));
    assertThrows(IllegalArgumentException.class, () -> JsonTypes.parameterized(Map.class, String.class));
    assertThrows(IllegalArgumentException.class, () -> JsonTypes.parameterized(List.class, int.class));
  }

  @Test
  void jsonVectors() throws IOException {
    // seed-json-length-prefixed, seed-json-python-spacing
    String frame = "000000277b226d657373616765223a225468697320697320612074657374222c2276616c7565223a34327d";
    assertEncodes(DataCodec.INSTANCE, new Data("This is a test", 42), frame);
    assertDecodes(DataCodec.INSTANCE, frame, new Data("This is a test", 42));
    assertDecodes(DataCodec.INSTANCE,
        "0000002a7b226d657373616765223a20225468697320697320612074657374222c202276616c7565223a2034327d",
        new Data("This is a test", 42));
    // json-blob-map, json-blob-null, invalid-json-blob
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("retries", 3);
    settings.put("hosts", List.of("a", "b"));
    String map = "0000002500070000001f7b2272657472696573223a332c22686f737473223a5b2261222c2262225d7d";
    assertEncodes(ConfigCodec.INSTANCE, new Config(7, settings), map);
    assertDecodes(ConfigCodec.INSTANCE, map, new Config(7, settings));
    assertEncodes(ConfigCodec.INSTANCE, new Config(0, null), "0000000a0000000000046e756c6c");
    WireFormatException bad = assertFails(ConfigCodec.INSTANCE, "0000000b0001000000057b2261223a", ErrorCategory.MALFORMED);
    assertEquals("Config", bad.messageType());
    assertEquals("settings", bad.component());
    assertTrue(bad.getMessage().startsWith("malformed: Config.settings: invalid JSON for Map<String, Object>: "),
        bad.getMessage());
    assertFails(DataCodec.INSTANCE, "00000002" + "5b5d", ErrorCategory.MALFORMED); // [] is not a Data
  }

  @Test
  void aCodecTakesItsOwnMapper() throws IOException {
    JsonMapper fixed = new JsonMapper() {
      @Override
      public byte[] write(Object value, Type type) {
        return "{}".getBytes(StandardCharsets.UTF_8);
      }

      @Override
      public Object read(byte[] json, int offset, int length, Type type) {
        return new Data("mine", length);
      }
    };
    WireCodec<Data> codec = DataCodec.INSTANCE.withJsonMapper(fixed);
    assertEquals("000000027b7d", Hex.of(codec.toFrame(new Data("x", 1))));
    assertEquals(new Data("mine", 2), codec.fromFrame(Hex.bytes("000000027b7d")));
  }

  /** Without Jackson: a clear message naming the dependency and withJsonMapper, and nothing loaded before. */
  @Test
  void withoutJacksonTheDefaultMapperExplainsWhatToAdd() throws Exception {
    URL runtime = JsonMapper.class.getProtectionDomain().getCodeSource().getLocation();
    URL annotations = Length.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader noJackson = new URLClassLoader(new URL[] {runtime, annotations}, ClassLoader.getPlatformClassLoader())) {
      // a codec without JSON works
      Class<?> framing = noJackson.loadClass(Framing.class.getName());
      Object f = framing.getMethod("lengthPrefixed", noJackson.loadClass(Length.class.getName()),
              noJackson.loadClass(Endian.class.getName()), int.class)
          .invoke(null, enumOf(noJackson, Length.class, "U8"), enumOf(noJackson, Endian.class, "BIG"), 10);
      assertEquals("lengthPrefixed(U8, BIG, 10)", f.toString());
      Method jackson = noJackson.loadClass(JsonMapper.class.getName()).getMethod("jackson");
      InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> jackson.invoke(null));
      assertEquals(IllegalStateException.class, e.getCause().getClass());
      String message = e.getCause().getMessage();
      assertTrue(message.contains("tools.jackson.core:jackson-databind"), message);
      assertTrue(message.contains("withJsonMapper"), message);
      // asking again says the same, not NoClassDefFoundError
      e = assertThrows(InvocationTargetException.class, () -> jackson.invoke(null));
      assertEquals(IllegalStateException.class, e.getCause().getClass());
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumOf(ClassLoader loader, Class<?> type, String name) throws ClassNotFoundException {
    return Enum.valueOf((Class) loader.loadClass(type.getName()), name);
  }
}
