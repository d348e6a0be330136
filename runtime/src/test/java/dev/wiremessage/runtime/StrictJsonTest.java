package dev.wiremessage.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.runtime.TestCodecs.Data;
import dev.wiremessage.runtime.TestCodecs.DataCodec;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The default mapper's JSON rules (docs/wire-format.md, "JSON rules"): JSON that does not fit the type is malformed. */
class StrictJsonTest {
  static final JsonMapper JSON = JsonMapper.jackson();

  /** Any annotation named Nullable, whatever its package: declaration and type-use. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
  @interface Nullable {}

  record Maybe(Optional<String> o, @Nullable String n, int x) {}

  record Flags(boolean on, double ratio, long big, byte small) {}

  static Object read(String json, Type type) throws IOException {
    byte[] b = ("[[" + json + "]]").getBytes(StandardCharsets.UTF_8);
    return JSON.read(b, 2, b.length - 4, type);
  }

  static Data body(String json) throws WireFormatException {
    byte[] text = json.getBytes(StandardCharsets.UTF_8);
    return DataCodec.INSTANCE.fromFrame(ByteBuffer.allocate(4 + text.length).putInt(text.length).put(text).array());
  }

  static WireFormatException rejects(String json) {
    WireFormatException e = assertThrows(WireFormatException.class, () -> body(json), json);
    assertEquals(ErrorCategory.MALFORMED, e.category(), json);
    return e;
  }

  @Test
  void theIssuesShapesAreMalformed() {
    rejects("{\"message\":\"m\",\"value\":1.9}"); // was 1
    rejects("{\"message\":\"m\",\"value\":1.0}"); // a fraction, even a zero one, is not an int
    rejects("{\"message\":\"m\",\"value\":\"12\"}"); // was 12
    rejects("{\"message\":5,\"value\":1}"); // was "5"
    rejects("{\"message\":true,\"value\":1}");
    rejects("{\"message\":\"a\",\"value\":1,\"value\":2}"); // duplicate key, was last-wins
    rejects("{}"); // was Data[null, 0]
    rejects("{\"message\":\"m\"}"); // value missing
    rejects("{\"value\":1}"); // message missing
    rejects("{\"message\":null,\"value\":1}"); // null for a component that cannot be absent
    rejects("{\"message\":\"m\",\"value\":null}");
    rejects("{\"message\":\"m\",\"value\":3000000000}"); // out of int's range
  }

  /**
   * Found by the 10^6 fuzz run of jsonPayloads and protocolStreams: a JSON text whose escape is
   * half a surrogate pair decoded to a string that is not Unicode, which then failed to encode.
   * Such a text, and JSON text that is not UTF-8, is malformed; pairs and escaped backslashes
   * still decode.
   */
  @Test
  void unpairedSurrogateEscapesAndInvalidUtf8AreMalformed() throws WireFormatException {
    WireFormatException e = rejects("{\"message\":\"a\\ud800\",\"value\":1}");
    assertEquals("malformed: Data: invalid JSON for TestCodecs.Data: an escaped surrogate that is not half of a pair (\\ud800): "
        + "not valid Unicode (at byte 13)", e.getMessage());
    rejects("{\"message\":\"\\udc00\",\"value\":1}"); // a low surrogate first
    rejects("{\"message\":\"\\uD83D\\u0041\",\"value\":1}"); // a high one, then not a low one
    rejects("{\"message\":\"\\uD83D\",\"value\":1}"); // a high one at the end of the string
    rejects("{\"\\ud800\":1,\"message\":\"m\",\"value\":1}"); // in an unknown key too
    assertEquals(new Data("\uD83D\uDE00", 1), body("{\"message\":\"\\uD83D\\uDE00\",\"value\":1}")); // a pair
    assertEquals(new Data("\\ud800", 1), body("{\"message\":\"\\\\ud800\",\"value\":1}")); // an escaped backslash, then text

    // bytes that are not UTF-8: an encoded surrogate (ED A0 80) and an overlong '/' (C0 AF)
    for (byte[] bad : List.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF})) {
      ByteBuffer text = ByteBuffer.allocate(30);
      text.put("{\"message\":\"".getBytes(StandardCharsets.US_ASCII)).put(bad).put("\",\"value\":1}".getBytes(StandardCharsets.US_ASCII));
      byte[] frame = ByteBuffer.allocate(4 + text.position()).putInt(text.position()).put(text.array(), 0, text.position()).array();
      WireFormatException u = assertThrows(WireFormatException.class, () -> DataCodec.INSTANCE.fromFrame(frame));
      assertTrue(u.getMessage().startsWith("malformed: Data: invalid UTF-8"), u.getMessage());
      assertEquals(12, u.offset(), u.getMessage());
    }
  }

  @Test
  void fittingJsonStillDecodesInAnyKeyOrderWithUnknownKeys() throws WireFormatException {
    assertEquals(new Data("m", 7), body("{ \"value\" : 7, \"extra\": [1, {\"a\": null}], \"message\": \"m\" }"));
    assertEquals(new Data("m", -2147483648), body("{\"message\":\"m\",\"value\":-2147483648}"));
  }

  @Test
  void optionalAndNullableComponentsMayBeMissingOrNull() throws IOException {
    assertEquals(new Maybe(Optional.empty(), null, 1), read("{\"x\":1}", Maybe.class));
    assertEquals(new Maybe(Optional.empty(), null, 1), read("{\"o\":null,\"n\":null,\"x\":1}", Maybe.class));
    assertEquals(new Maybe(Optional.of("a"), "b", 1), read("{\"o\":\"a\",\"n\":\"b\",\"x\":1}", Maybe.class));
    assertThrows(IOException.class, () -> read("{\"o\":\"a\",\"n\":\"b\"}", Maybe.class)); // x is required
    assertThrows(IOException.class, () -> read("{\"o\":1,\"x\":1}", Maybe.class)); // Optional<String> of a number
  }

  @Test
  void noCoercionBetweenNumbersStringsAndBooleans() throws IOException {
    assertEquals(new Flags(true, 2.0, 1L << 40, (byte) -3), read("{\"on\":true,\"ratio\":2,\"big\":1099511627776,\"small\":-3}", Flags.class));
    for (String bad : List.of(
        "{\"on\":1,\"ratio\":2,\"big\":1,\"small\":1}",
        "{\"on\":\"true\",\"ratio\":2,\"big\":1,\"small\":1}",
        "{\"on\":true,\"ratio\":\"2\",\"big\":1,\"small\":1}",
        "{\"on\":true,\"ratio\":2,\"big\":1.5,\"small\":1}",
        "{\"on\":true,\"ratio\":2,\"big\":9223372036854775808,\"small\":1}",
        "{\"on\":true,\"ratio\":2,\"big\":1,\"small\":1000}")) {
      assertThrows(IOException.class, () -> read(bad, Flags.class), bad);
    }
  }

  @Test
  void jsonBlobValuesAreStrictToo() {
    assertThrows(IOException.class, () -> read("7.5", Integer.class)); // @JsonBlob int of 7.5
    assertThrows(IOException.class, () -> read("\"7\"", Integer.class));
    assertThrows(IOException.class, () -> read("{\"a\":1,\"a\":2}", Map.class));
    assertThrows(IOException.class, () -> read("{\"version\":\"1\",\"settings\":{}}", TestCodecs.Config.class));
  }

  @Test
  void errorsSayWhatAndWhereWithoutJacksonsNoise() {
    //                     0123456789012345678901234567890
    WireFormatException e = rejects("{\"message\":\"m\",\"value\":\"12\"}");
    String m = e.getMessage();
    assertTrue(m.startsWith("malformed: Data: invalid JSON for "), m);
    assertTrue(m.contains("$.value"), m);
    assertFalse(m.contains("Source:") || m.contains("REDACTED") || m.contains("#UNKNOWN") || m.contains("\n"), m);
    assertEquals(23, e.offset(), "the payload offset of the offending value: " + m);
    WireFormatException dup = rejects("{\"message\":\"a\",\"value\":1,\"value\":2}");
    assertTrue(dup.getMessage().contains("Duplicate") && dup.getMessage().contains("value"), dup.getMessage());
    assertTrue(dup.offset() > 20 && dup.offset() <= 34, dup.getMessage());
  }

  @Test
  void aLoneSurrogateIsAnEncodeErrorAsInStrings() {
    WireEncodeException e = assertThrows(WireEncodeException.class, () -> DataCodec.INSTANCE.toFrame(new Data("a\uD800b", 1)));
    assertTrue(e.getMessage().contains("unpaired surrogate"), e.getMessage());
    WireEncodeException blob = assertThrows(WireEncodeException.class,
        () -> TestCodecs.ConfigCodec.INSTANCE.toFrame(new TestCodecs.Config(1, Map.of("k", "\uDC00"))));
    assertTrue(blob.getMessage().contains("unpaired surrogate"), blob.getMessage());
    // a valid pair, and a backslash followed by "uD800" as text, are fine
    assertEquals(new Data("\uD83D\uDE00 \\uD800", 1), roundTrip(new Data("\uD83D\uDE00 \\uD800", 1)));
  }

  static Data roundTrip(Data d) {
    try {
      return DataCodec.INSTANCE.fromFrame(DataCodec.INSTANCE.toFrame(d));
    } catch (WireFormatException e) {
      throw new AssertionError(e);
    }
  }
}
