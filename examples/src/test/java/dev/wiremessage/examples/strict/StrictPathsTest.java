package dev.wiremessage.examples.strict;

import static dev.wiremessage.examples.strict.AllPaths.accepts;
import static dev.wiremessage.examples.strict.AllPaths.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.examples.strict.Shapes.Data;
import dev.wiremessage.examples.strict.Shapes.Json;
import dev.wiremessage.examples.strict.Shapes.Line;
import dev.wiremessage.examples.strict.Shapes.Mixed;
import dev.wiremessage.examples.strict.Shapes.NullableData;
import dev.wiremessage.examples.strict.Shapes.OptBlob;
import dev.wiremessage.examples.strict.Shapes.OptJson;
import dev.wiremessage.examples.strict.Shapes.Range;
import dev.wiremessage.examples.strict.Shapes.Order;
import dev.wiremessage.examples.strict.Shapes.P;
import dev.wiremessage.examples.strict.Shapes.Ping;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireEncodeException;
import dev.wiremessage.runtime.WireFormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 11's reproductions on every read path (see {@link AllPaths}), with generated codecs. */
class StrictPathsTest {
  static final Data A = new Data("a", 1);
  static final Data B = new Data("b", 2);

  static byte[] hex(String h) {
    return HexFormat.of().parseHex(h.replace(" ", ""));
  }

  /** A U32 frame of {@code json}. */
  static byte[] jsonFrame(String json) {
    byte[] t = json.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(4 + t.length).putInt(t.length).put(t).array();
  }

  @Test
  void aJsonBodyOfNullIsMalformedOnEveryPath() throws IOException {
    WireFormatException e = rejects(Shapes_DataCodec.INSTANCE, ErrorCategory.MALFORMED, List.of(A), hex("00000004 6E756C6C"), B);
    assertEquals("Data", e.messageType());
    assertTrue(e.getMessage().contains("null"), e.getMessage());
  }

  @Test
  void aDelimitedJsonNullIsMalformedOnEveryPath() throws IOException {
    rejects(Shapes_LineCodec.INSTANCE, ErrorCategory.MALFORMED, List.of(new Line("a", 1)), "null\n".getBytes(StandardCharsets.US_ASCII),
        new Line("b", 2));
  }

  @Test
  void aProtocolMembersJsonNullIsMalformedOnEveryPath() throws IOException {
    rejects(Shapes_MixedCodec.INSTANCE, ErrorCategory.MALFORMED, List.<Mixed>of(new Ping(1), new Json("j", 2)),
        hex("00000005 01 6E756C6C"), new Ping(3));
  }

  @Test
  void aRecordConstructorThatRejectsTheValuesReadIsMalformedOnEveryPath() throws IOException {
    WireFormatException e = rejects(Shapes_RangeCodec.INSTANCE, ErrorCategory.MALFORMED, List.of(new Range(1, 2)), hex("00000002 09 03"),
        new Range(3, 4));
    assertEquals("malformed: Range: a record constructor rejected the values read: IllegalArgumentException: low 9 > high 3 (at byte 0)",
        e.getMessage());
    assertTrue(e.getCause() instanceof IllegalArgumentException, String.valueOf(e.getCause()));
    // nested: the holder's payload is refused as a whole, with the nested record's reason
    WireFormatException nested = rejects(Shapes_RangesCodec.INSTANCE, ErrorCategory.MALFORMED, List.of(), hex("00000008 00000002 0102 0500"));
    assertTrue(nested.getMessage().contains("low 5 > high 0"), nested.getMessage());
  }

  @Test
  void anOptionalJsonRecordPresentButNullIsMalformedOnEveryPath() throws IOException {
    OptJson good = new OptJson(5, Optional.of(A));
    rejects(Shapes_OptJsonCodec.INSTANCE, ErrorCategory.MALFORMED, List.of(good), hex("00000006 05 01 6E756C6C"), good);
  }

  @Test
  void aPresentJsonBlobOptionalOfNullIsMalformedOnEveryPath() throws IOException {
    OptBlob good = new OptBlob(Optional.of(new P("x")));
    rejects(Shapes_OptBlobCodec.INSTANCE, ErrorCategory.MALFORMED, List.of(good), hex("00000009 01 00000004 6E756C6C"), good);
  }

  @Test
  void aPresentNullableJsonRecordOfNullIsMalformedOnEveryPath() throws IOException {
    NullableData good = new NullableData(A);
    rejects(Shapes_NullableDataCodec.INSTANCE, ErrorCategory.MALFORMED, List.of(good, new NullableData(null)),
        hex("00000005 01 6E756C6C"), good);
  }

  @Test
  void jsonThatDoesNotFitTheTypeIsMalformedOnEveryPath() throws IOException {
    for (String json : List.of("{\"message\":\"m\",\"value\":1.9}", "{\"message\":\"m\",\"value\":\"12\"}",
        "{\"message\":5,\"value\":1}", "{\"message\":\"a\",\"value\":1,\"value\":2}", "{}", "{\"message\":null,\"value\":1}")) {
      rejects(Shapes_DataCodec.INSTANCE, ErrorCategory.MALFORMED, List.of(A), jsonFrame(json), B);
    }
    accepts(Shapes_DataCodec.INSTANCE, jsonFrame("{\"x\":[1],\"value\":3,\"message\":\"m\"}"), new Data("m", 3));
  }

  @Test
  void aTruncatedFrameHasOneOffsetOnEveryPath() throws IOException {
    byte[] whole = Shapes_DataCodec.INSTANCE.toFrame(B);
    WireFormatException e = rejects(Shapes_DataCodec.INSTANCE, ErrorCategory.TRUNCATED, List.of(A),
        java.util.Arrays.copyOf(whole, whole.length - 3));
    assertEquals(whole.length - 3, e.offset(), "where the frame was cut, from its first byte");
    WireFormatException header = rejects(Shapes_DataCodec.INSTANCE, ErrorCategory.TRUNCATED, List.of(A), hex("000000"));
    assertEquals(3, header.offset());
  }

  @Test
  void anUnknownEnumNameReachesTheMessageEscapedAndCut() throws IOException {
    String name = "X\n2026-01-01 INFO admin logged in\u001b[2J" + "A".repeat(5000);
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    byte[] frame = ByteBuffer.allocate(8 + n.length).putInt(4 + n.length).putInt(n.length).put(n).array();
    WireFormatException e = rejects(Shapes_OrderCodec.INSTANCE, ErrorCategory.MALFORMED, List.of(new Order(Shapes.Side.BUY)), frame,
        new Order(Shapes.Side.SELL));
    String m = e.getMessage();
    assertFalse(m.contains("\n") || m.contains("\u001b"), m);
    assertTrue(m.contains("X\\u000A2026-01-01 INFO admin logged in\\u001B[2J"), m);
    assertTrue(m.length() <= 300, m.length() + " characters: " + m);
  }

  @Test
  void theJsonEncoderRefusesALoneSurrogate() {
    WireEncodeException body = assertThrows(WireEncodeException.class, () -> Shapes_DataCodec.INSTANCE.toFrame(new Data("\uD800", 1)));
    assertTrue(body.getMessage().contains("unpaired surrogate"), body.getMessage());
    WireEncodeException blob = assertThrows(WireEncodeException.class,
        () -> Shapes_OptBlobCodec.INSTANCE.toFrame(new OptBlob(Optional.of(new P("a\uDC00")))));
    assertTrue(blob.getMessage().contains("unpaired surrogate"), blob.getMessage());
  }

  @Test
  void theLargestDepthLimitRunsOnA512KibStack() throws Exception {
    // withMaxDepth(1 << 20) used to be accepted, then overflowed the stack; now it is refused
    // when set, and the largest limit it accepts decodes and encodes on a 512 KiB stack.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shapes_NodeCodec.INSTANCE.withMaxDepth(1 << 20));
    assertEquals("maxDepth: 1048576 (expected: 1..256)", e.getMessage());
    var codec = Shapes_NodeCodec.INSTANCE.withMaxDepth(CodecSettingsMax.MAX);
    Shapes.Node chain = new Shapes.Node(0, Optional.empty());
    for (int i = 1; i < CodecSettingsMax.MAX; i++) {
      chain = new Shapes.Node(i % 100, Optional.of(chain));
    }
    Shapes.Node top = chain;
    Throwable[] failure = new Throwable[1];
    Thread t = new Thread(null, () -> {
      try {
        byte[] frame = codec.toFrame(top);
        assertEquals(top.v(), codec.fromFrame(frame).v());
        assertThrows(WireEncodeException.class, () -> codec.toFrame(new Shapes.Node(1, Optional.of(top))));
      } catch (Throwable x) {
        failure[0] = x;
      }
    }, "small-stack", 512 * 1024);
    t.start();
    t.join();
    if (failure[0] != null) {
      throw new AssertionError(failure[0]);
    }
  }

  @Test
  void aLenientMapperOfYourOwnAcceptsWhatTheDefaultRefuses() throws IOException {
    // docs/wire-format.md section 14, as written there
    tools.jackson.databind.json.JsonMapper lenient = tools.jackson.databind.json.JsonMapper.builder()
        .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
    dev.wiremessage.runtime.JsonMapper mine = new dev.wiremessage.runtime.JsonMapper() {
      @Override
      public byte[] write(Object value, java.lang.reflect.Type type) {
        return lenient.writerFor(lenient.constructType(type)).writeValueAsBytes(value);
      }

      @Override
      public Object read(byte[] json, int offset, int length, java.lang.reflect.Type type) {
        return lenient.readerFor(lenient.constructType(type)).readValue(json, offset, length);
      }
    };
    byte[] frame = jsonFrame("{\"message\":\"m\",\"value\":\"12\"}");
    assertThrows(WireFormatException.class, () -> Shapes_DataCodec.INSTANCE.fromFrame(frame));
    assertEquals(new Data("m", 12), Shapes_DataCodec.INSTANCE.withJsonMapper(mine).fromFrame(frame));
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> Shapes_DataCodec.INSTANCE.withJsonMapper(mine).fromFrame(hex("00000004 6E756C6C")));
    assertEquals(ErrorCategory.MALFORMED, e.category(), "null is refused whatever the mapper");
  }

  /** The runtime's bound on withMaxDepth. */
  static final class CodecSettingsMax {
    static final int MAX = dev.wiremessage.runtime.spi.CodecSettings.MAX_MAX_DEPTH;
  }
}
