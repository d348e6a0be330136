package dev.wiremessage.examples.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.examples.json.Events.Data;
import dev.wiremessage.examples.json.Events.Event;
import dev.wiremessage.examples.json.Events.Level;
import dev.wiremessage.examples.json.Events.Outer;
import dev.wiremessage.examples.json.Events.Place;
import dev.wiremessage.examples.json.Events.Reading;
import dev.wiremessage.examples.json.Events.Wrapper;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireEncodeException;
import dev.wiremessage.runtime.WireFormatException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The generated JSON code of Format.JSON records (issue 14): what it writes, what it reads, and
 * how it refuses, through codecs the real processor generated.
 */
class JsonBodyTest {
  static final Event EVENT = new Event(42, "Überhitzung in Halle 3 — ✓ 😀", Level.WARN, false,
      new Place("Zürich", 47.3769, 8.5417),
      List.of(new Reading("t-1", 1_700_000_000_000L, 81.5), new Reading("t-2", 1_700_000_000_500L, -3.25)),
      new LinkedHashMap<>(Map.of("site", "zrh")), Optional.of("ops"), null, (short) 2, List.of("heat", "ä"));

  static byte[] frame(String json) {
    byte[] t = json.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(4 + t.length).putInt(t.length).put(t).array();
  }

  static String body(byte[] frame) {
    return new String(frame, 4, frame.length - 4, StandardCharsets.UTF_8);
  }

  static WireFormatException rejects(String json) {
    WireFormatException e = assertThrows(WireFormatException.class, () -> Events_DataCodec.INSTANCE.fromFrame(frame(json)), json);
    assertEquals(ErrorCategory.MALFORMED, e.category(), json);
    return e;
  }

  @Test
  void writesCompactKeysInDeclarationOrderEscapingOnlyWhatJsonNeeds() {
    assertEquals("{\"message\":\"h\u00e9 \\\"q\\\" \\\\ \\n\\t\\u0001\u007f \u2028\",\"value\":-7}",
        body(Events_DataCodec.INSTANCE.toFrame(new Data("h\u00e9 \"q\" \\ \n\t\u0001\u007f \u2028", -7))));
    assertEquals("{\"id\":42,\"title\":\"\u00dcberhitzung in Halle 3 \u2014 \u2713 \ud83d\ude00\",\"level\":\"WARN\","
        + "\"acknowledged\":false,\"place\":{\"city\":\"Z\u00fcrich\",\"lat\":47.3769,\"lon\":8.5417},"
        + "\"readings\":[{\"sensor\":\"t-1\",\"at\":1700000000000,\"value\":81.5},{\"sensor\":\"t-2\",\"at\":1700000000500,"
        + "\"value\":-3.25}],\"labels\":{\"site\":\"zrh\"},\"owner\":\"ops\",\"note\":null,\"priority\":2,"
        + "\"tags\":[\"heat\",\"\u00e4\"]}", body(Events_EventCodec.INSTANCE.toFrame(EVENT)));
  }

  @Test
  void readsWhatItWritesAndAnyKeyOrderSpacingEscapesAndUnknownKeys() throws WireFormatException {
    assertEquals(EVENT, Events_EventCodec.INSTANCE.fromFrame(Events_EventCodec.INSTANCE.toFrame(EVENT)));
    assertEquals(new Data("\u00e9\ud83d\ude00/\"", 3), Events_DataCodec.INSTANCE.fromFrame(frame(
        " { \"x\" : [1, {\"a\": null, \"b\": [true, false, -1.5e3, \"\\u00e9\"]}],\n\t\"value\" : 3 ,"
        + " \"mess\\u0061ge\": \"\\u00e9\\ud83d\\ude00\\/\\\"\" } ")));
  }

  @Test
  void aVersionOneEventTakesTheAbsentValuesOfOptionalNullableAndSince() throws WireFormatException {
    Event e = Events_EventCodec.INSTANCE.fromFrame(frame("{\"id\":1,\"title\":\"t\",\"level\":\"INFO\","
        + "\"acknowledged\":true,\"place\":{\"city\":\"c\",\"lat\":1,\"lon\":2},\"readings\":[],\"labels\":{},"
        + "\"priority\":0}"));
    assertEquals(new Event(1, "t", Level.INFO, true, new Place("c", 1.0, 2.0), List.of(), Map.of(), Optional.empty(),
        null, (short) 0, List.of()), e);
  }

  @Test
  void jsonThatDoesNotFitIsMalformedWithItsPathAndPayloadOffset() {
    //                             0         1         2
    //                             0123456789012345678901234567
    WireFormatException e = rejects("{\"message\":\"m\",\"value\":1.5}");
    assertEquals(23, e.offset(), e.getMessage());
    assertEquals("malformed: Data: invalid JSON for Data: expected an integer (int), not the number 1.5 at $.value"
        + " (at byte 23)", e.getMessage());
    WireFormatException missing = rejects("{\"value\":1}");
    assertEquals("malformed: Data: invalid JSON for Data: missing required key 'message' at $.message (at byte 10)",
        missing.getMessage());
    assertTrue(rejects("{\"message\":\"m\",\"value\":2147483648}").getMessage().contains("out of range for int"));
    assertTrue(rejects("{\"message\":\"m\",\"value\":1,\"value\":2}").getMessage().contains("duplicate key 'value'"));
    assertTrue(rejects("{\"message\":\"m\",\"value\":1,\"x\":{\"a\":1,\"a\":2}}").getMessage().contains("duplicate key 'a' at $.x.a"));
    assertTrue(rejects("{\"message\":\"\\ud800\",\"value\":1}").getMessage().contains("unpaired surrogate"));
    assertTrue(rejects("{\"message\":\"m\",\"value\":1} {}").getMessage().contains("after the object"));
    WireFormatException nested = assertThrows(WireFormatException.class, () -> Events_EventCodec.INSTANCE.fromFrame(frame(
        body(Events_EventCodec.INSTANCE.toFrame(EVENT)).replace("\"at\":1700000000500", "\"at\":\"1700000000500\""))));
    assertTrue(nested.getMessage().endsWith("expected an integer (long), not a string at $.readings[1].at (at byte "
        + nested.offset() + ")"), nested.getMessage());
  }

  @Test
  void invalidUtf8AndDeepUnknownValuesAreMalformedNotAnotherException() {
    byte[] bad = frame("{\"message\":\"ab\",\"value\":1}");
    bad[4 + 12] = (byte) 0xC3; // 0xC3 'b': a lead byte without its continuation
    WireFormatException utf8 = assertThrows(WireFormatException.class, () -> Events_DataCodec.INSTANCE.fromFrame(bad));
    assertEquals(ErrorCategory.MALFORMED, utf8.category());
    assertEquals(12, utf8.offset(), utf8.getMessage());
    char[] deep = new char[100_000];
    Arrays.fill(deep, '[');
    WireFormatException depth = rejects("{\"x\":" + new String(deep) + "}");
    assertTrue(depth.getMessage().contains("nested deeper than 500"), depth.getMessage());
  }

  static void decodeWhileReading(String inner, int value) {
    try {
      assertEquals(new Data(inner, value), Events_DataCodec.INSTANCE.fromFrame(Events_DataCodec.INSTANCE.toFrame(
          new Data(inner, value))));
    } catch (WireFormatException e) {
      throw new AssertionError(e);
    }
  }

  /** The thread's reader is reused: every kind of string, enum and list, after errors, and inside another body. */
  @Test
  void theReusedReaderReadsEveryStringEnumAndListAfterErrorsAndWithinAnotherBody() throws WireFormatException {
    String latin1 = "Zürich ß ÿ".repeat(40) + "\\\"\n";
    String wide = "Zürich ß".repeat(20) + "— ✓ 😀 日本語" + "ä".repeat(100);
    String big = "é".repeat(20_000) + "😀" + "x".repeat(20_000);
    for (int round = 0; round < 3; round++) {
      for (String s : List.of(latin1, wide, big, "", "a", "ÿ", "Ā", "😀", "\u0000")) {
        Data d = new Data(s, round);
        assertEquals(d, Events_DataCodec.INSTANCE.fromFrame(Events_DataCodec.INSTANCE.toFrame(d)), s);
      }
      assertEquals(new Data("ÿ\u0100😀é", 1), Events_DataCodec.INSTANCE.fromFrame(frame(
          "{\"message\":\"\\u00ff\\u0100\\ud83d\\ude00\\u00e9\",\"value\":1}")));
      rejects("{\"message\":\"ÿ\\ud800\",\"value\":1}");
      rejects("{\"message\":\"m\",\"value\":1,\"x\":1,\"x\":2}");
    }
    Event escapedEnum = Events_EventCodec.INSTANCE.fromFrame(frame(body(Events_EventCodec.INSTANCE.toFrame(EVENT))
        .replace("\"WARN\"", "\"W\\u0041RN\"")));
    assertEquals(EVENT, escapedEnum);
    WireFormatException noSuch = assertThrows(WireFormatException.class, () -> Events_EventCodec.INSTANCE.fromFrame(frame(
        body(Events_EventCodec.INSTANCE.toFrame(EVENT)).replace("\"WARN\"", "\"WARNING\""))));
    assertTrue(noSuch.getMessage().contains("no constant of Level is named 'WARNING' at $.level"), noSuch.getMessage());
    byte[] badEnum = Events_EventCodec.INSTANCE.toFrame(EVENT);
    int w = body(badEnum).indexOf("\"WARN\"") + 4 + 2;
    badEnum[w] = (byte) 0xC3; // "W\xC3RN": invalid UTF-8, not "no constant"
    assertTrue(assertThrows(WireFormatException.class, () -> Events_EventCodec.INSTANCE.fromFrame(badEnum)).getMessage()
        .contains("invalid UTF-8"));
    // lists presized by a look ahead that brackets, commas and quotes in strings do not mislead
    Outer outer = new Outer(new Wrapper("inner ä 😀", 5), List.of(Level.ERROR, Level.INFO, Level.WARN), "tail");
    assertEquals(outer, Events_OuterCodec.INSTANCE.fromFrame(Events_OuterCodec.INSTANCE.toFrame(outer)));
    assertEquals(new Outer(new Wrapper("], [\",{", 1), List.of(), "t"), Events_OuterCodec.INSTANCE.fromFrame(frame(
        "{\"x\":[[1,2],{\"a\":\"],\"}],\"wrapper\":{\"inner\":\"], [\\\",{\",\"value\":1},\"levels\": [ ],\"tail\":\"t\"}")));
    assertEquals(new Outer(new Wrapper("w", 1), List.of(Level.INFO, Level.INFO), "t"), Events_OuterCodec.INSTANCE.fromFrame(
        frame("{\"levels\" : [ \"INFO\" ,\n \"INFO\" ] ,\"wrapper\":{\"inner\":\"w\",\"value\":1},\"tail\":\"t\"}")));
    assertThrows(WireFormatException.class, () -> Events_OuterCodec.INSTANCE.fromFrame(
        frame("{\"levels\":[\"INFO\",,\"INFO\"],\"wrapper\":{\"inner\":\"w\",\"value\":1},\"tail\":\"t\"}")));
    // maps presized by the same look ahead
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < 20; i++) {
      labels.put("k" + i, i % 2 == 0 ? "}{[a]" : ""); // no ':' or ',', which the spacing below changes
    }
    Event many = new Event(1, "t", Level.INFO, true, new Place("c", 1.0, 2.0), List.of(), labels, Optional.empty(),
        null, (short) 0, List.of());
    assertEquals(many, Events_EventCodec.INSTANCE.fromFrame(Events_EventCodec.INSTANCE.toFrame(many)));
    assertEquals(many, Events_EventCodec.INSTANCE.fromFrame(frame(body(Events_EventCodec.INSTANCE.toFrame(many))
        .replace(":", " : ").replace(",", " ,\n"))));
  }

  @Test
  void whatNoPeerCouldReadIsAnEncodeError() {
    assertTrue(assertThrows(WireEncodeException.class, () -> Events_DataCodec.INSTANCE.toFrame(new Data("a\ud800", 1)))
        .getMessage().contains("unpaired surrogate"));
    assertThrows(WireEncodeException.class, () -> Events_DataCodec.INSTANCE.toFrame(new Data(null, 1)));
    Event nan = new Event(1, "t", Level.INFO, true, new Place("c", Double.NaN, 0), List.of(), Map.of(), Optional.empty(),
        null, (short) 0, List.of());
    assertTrue(assertThrows(WireEncodeException.class, () -> Events_EventCodec.INSTANCE.toFrame(nan)).getMessage()
        .contains("not a JSON number"));
  }

  /** python3's json reads what the generated code writes, and the generated code reads python3's default output. */
  @Test
  void pythonsJsonReadsItAndWritesWhatItReads() throws Exception {
    String script = String.join("\n",
        "import json, sys",
        "obj = json.loads(sys.stdin.buffer.read().decode('utf-8'))",
        "for s in (json.dumps(obj), json.dumps(obj, ensure_ascii=False), json.dumps(obj, indent=2)):",
        "    print(s.encode('utf-8').hex())");
    StringBuilder all = new StringBuilder();
    for (int c = 0; c < 0x80; c++) {
      all.append((char) c);
    }
    all.append("\u00e9\u2028\u2029\ufeff\uffff\ud83d\ude00\u0800");
    Data tricky = new Data(all.toString(), Integer.MIN_VALUE);
    throughPython(script, Events_DataCodec.INSTANCE, tricky);
    throughPython(script, Events_EventCodec.INSTANCE, EVENT);
  }

  private static <T> void throughPython(String script, dev.wiremessage.runtime.WireCodec<T> codec, T value)
      throws Exception {
    byte[] frame = codec.toFrame(value);
    Process p = new ProcessBuilder("python3", "-c", script).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    p.getOutputStream().write(frame, 4, frame.length - 4);
    p.getOutputStream().close();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    p.getInputStream().transferTo(out);
    assertEquals(0, p.waitFor());
    String[] lines = out.toString(StandardCharsets.US_ASCII).trim().split("\n");
    assertEquals(3, lines.length); // ensure_ascii escapes, raw UTF-8, indented
    for (String hex : lines) {
      byte[] text = java.util.HexFormat.of().parseHex(hex.trim());
      byte[] f = ByteBuffer.allocate(4 + text.length).putInt(text.length).put(text).array();
      assertEquals(value, codec.fromFrame(f), new String(text, StandardCharsets.UTF_8));
    }
  }
}
