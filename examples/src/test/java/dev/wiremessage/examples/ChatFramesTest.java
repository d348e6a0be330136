package dev.wiremessage.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.examples.chat.Ack;
import dev.wiremessage.examples.chat.Chat;
import dev.wiremessage.examples.chat.ChatCodec;
import dev.wiremessage.examples.chat.Join;
import dev.wiremessage.examples.chat.Leave;
import dev.wiremessage.examples.chat.Mood;
import dev.wiremessage.examples.chat.Place;
import dev.wiremessage.examples.chat.PlaceCodec;
import dev.wiremessage.examples.chat.Say;
import dev.wiremessage.examples.chat.Status;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireEncodeException;
import dev.wiremessage.runtime.WireFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo's records through the generated codecs: frames equal to bytes written by hand from
 * docs/wire-format.md, round trips, and every way a frame can be refused.
 */
class ChatFramesTest {
  private static final WireCodec<Chat> CODEC = ChatCodec.INSTANCE;

  static byte[] hex(String spaced) {
    return HexFormat.of().parseHex(spaced.replace(" ", ""));
  }

  /** Each message with its frame, computed by hand: header (U16), tag (U8), components. */
  static Stream<Arguments> frames() {
    Map<String, Object> meta = new HashMap<>();
    meta.put("client", "demo");
    Map<String, Object> nullMeta = null;
    return Stream.of(
        Arguments.of(new Join("ada", 7),
            // len=7 | tag 1 | name: U8 len 3, "ada" | room: 2 bytes
            "00 07 | 01 | 03 61 64 61 | 00 07"),
        Arguments.of(new Join("", -2),
            "00 04 | 01 | 00 | FF FE"),
        Arguments.of(new Leave(),
            // an empty record: the tag is the whole payload
            "00 01 | 03"),
        Arguments.of(new Ack(1, Status.OK, Optional.of("welcome to room 7")),
            // seq: 4 bytes | status by name: U8 len 2, "OK" | present, U32 len 17, text
            "00 1E | 09 | 00 00 00 01 | 02 4F 4B | 01 00 00 00 11 77 65 6C 63 6F 6D 65 20 74 6F 20 72 6F 6F 6D 20 37"),
        Arguments.of(new Ack(4_294_967_295L, Status.REJECTED, Optional.empty()),
            // unsigned 4 bytes carry 2^32-1 | "REJECTED" | absent
            "00 0F | 09 | FF FF FF FF | 08 52 45 4A 45 43 54 45 44 | 00"),
        Arguments.of(new Say("hi", 1_700_000_000_000L, Mood.HAPPY, List.of("greeting"),
                Optional.of(new Place("Oslo", 3)), meta),
            // text: U16 len | long: 8 bytes | mood: code 2 in 1 byte | tags: U8 count 1, U8 len 8
            // | from: present, Place(U8 len 4 "Oslo", floor 1 byte) | meta: U32 len 17, {"client":"demo"}
            "00 34 | 02 | 00 02 68 69 | 00 00 01 8B CF E5 68 00 | 02 | 01 08 67 72 65 65 74 69 6E 67"
                + " | 01 04 4F 73 6C 6F 03 | 00 00 00 11 7B 22 63 6C 69 65 6E 74 22 3A 22 64 65 6D 6F 22 7D"),
        Arguments.of(new Say("", 0, Mood.GRUMPY, List.of(), Optional.empty(), nullMeta),
            // empty text, zero time, code 3, no tags, absent place, JSON null
            "00 16 | 02 | 00 00 | 00 00 00 00 00 00 00 00 | 03 | 00 | 00 | 00 00 00 04 6E 75 6C 6C"));
  }

  @ParameterizedTest
  @MethodSource("frames")
  void encodesToTheHandWrittenFrame(Chat message, String frame) {
    assertEquals(HexFormat.of().formatHex(hex(frame.replace("|", ""))), HexFormat.of().formatHex(CODEC.toFrame(message)));
  }

  @ParameterizedTest
  @MethodSource("frames")
  void decodesTheHandWrittenFrame(Chat message, String frame) throws Exception {
    assertEquals(message, CODEC.fromFrame(hex(frame.replace("|", ""))));
  }

  @ParameterizedTest
  @MethodSource("frames")
  void payloadIsTheFrameWithoutItsHeader(Chat message, String frame) throws Exception {
    byte[] bytes = hex(frame.replace("|", ""));
    byte[] payload = Arrays.copyOfRange(bytes, 2, bytes.length);
    assertArrayEquals(payload, CODEC.encode(message));
    assertEquals(message, CODEC.decode(payload));
  }

  @Test
  void nestedRecordHasItsOwnCodecWithTheSamePayload() throws Exception {
    assertArrayEquals(hex("04 4F 73 6C 6F 03"), PlaceCodec.INSTANCE.encode(new Place("Oslo", 3)));
    assertEquals(new Place("Oslo", 255), PlaceCodec.INSTANCE.decode(hex("04 4F 73 6C 6F FF")));
  }

  @Test
  void everyScriptMessageRoundTripsThroughOneStream() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Chat> sent = Demo.script();
    for (Chat message : sent) {
      CODEC.write(out, message);
    }
    InputStream in = new ByteArrayInputStream(out.toByteArray());
    for (Chat message : sent) {
      assertEquals(message, CODEC.read(in));
    }
    assertNull(CODEC.read(in), "clean end of stream after the last frame");
  }

  @Test
  void decodedListsAreUnmodifiable() throws Exception {
    Say say = (Say) CODEC.fromFrame(CODEC.toFrame(Demo.script().get(1)));
    assertEquals(List.of("greeting", "first"), say.tags());
    assertThrows(UnsupportedOperationException.class, () -> say.tags().add("x"));
  }

  @Test
  void utf8BeyondAsciiIsCountedInBytes() throws Exception {
    Join join = new Join("zoë 🚀", 1);
    // "zoë 🚀" is z o C3 AB 20 F0 9F 9A 80: 9 bytes
    assertEquals("00 0d 01 09 7a 6f c3 ab 20 f0 9f 9a 80 00 01".replace(" ", ""),
        HexFormat.of().formatHex(CODEC.toFrame(join)));
    assertEquals(join, CODEC.fromFrame(CODEC.toFrame(join)));
  }

  /** Complete frames whose payload breaks the format. */
  static Stream<Arguments> malformedFrames() {
    return Stream.of(
        Arguments.of("unknown tag", "00 01 | 07"),
        Arguments.of("empty payload: no tag", "00 00"),
        Arguments.of("byte after an empty record", "00 02 | 03 | 00"),
        Arguments.of("payload ends inside Join.room", "00 06 | 01 | 03 61 64 61 | 00"),
        Arguments.of("string length past the payload", "00 03 | 01 | 09 61"),
        Arguments.of("unknown mood code 4",
            "00 16 | 02 | 00 00 | 00 00 00 00 00 00 00 00 | 04 | 00 | 00 | 00 00 00 04 6E 75 6C 6C"),
        Arguments.of("mood code 0 is not ordinal 0",
            "00 16 | 02 | 00 00 | 00 00 00 00 00 00 00 00 | 00 | 00 | 00 | 00 00 00 04 6E 75 6C 6C"),
        Arguments.of("tag count 255 with no bytes left",
            "00 0D | 02 | 00 00 | 00 00 00 00 00 00 00 00 | 01 | FF"),
        Arguments.of("presence byte 02", "00 0E | 02 | 00 00 | 00 00 00 00 00 00 00 00 | 01 | 00 | 02"),
        Arguments.of("invalid JSON",
            "00 13 | 02 | 00 00 | 00 00 00 00 00 00 00 00 | 01 | 00 | 00 | 00 00 00 01 7B"),
        Arguments.of("JSON that is not a map",
            "00 15 | 02 | 00 00 | 00 00 00 00 00 00 00 00 | 01 | 00 | 00 | 00 00 00 03 5B 31 5D"),
        Arguments.of("unknown status name", "00 0C | 09 | 00 00 00 01 | 05 4D 41 59 42 45 | 00"),
        Arguments.of("status name in lower case", "00 09 | 09 | 00 00 00 01 | 02 6F 6B | 00"),
        Arguments.of("invalid UTF-8 (overlong '/')", "00 06 | 01 | 02 C0 AF | 00 01"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedFrames")
  void malformedFramesAreRejected(String why, String frame) {
    byte[] bytes = hex(frame.replace("|", ""));
    WireFormatException e = assertThrows(WireFormatException.class, () -> CODEC.fromFrame(bytes), why);
    assertEquals(ErrorCategory.MALFORMED, e.category(), e.getMessage());
    WireFormatException fromStream =
        assertThrows(WireFormatException.class, () -> CODEC.read(new ByteArrayInputStream(bytes)), why);
    assertEquals(ErrorCategory.MALFORMED, fromStream.category(), fromStream.getMessage());
  }

  @Test
  void unknownEnumCodeNamesTheComponent() {
    byte[] bytes = hex("00 16 02 00 00 00 00 00 00 00 00 00 00 04 00 00 00 00 00 04 6E 75 6C 6C");
    WireFormatException e = assertThrows(WireFormatException.class, () -> CODEC.fromFrame(bytes));
    assertEquals("Say", e.messageType(), e.getMessage());
    assertEquals("mood", e.component(), e.getMessage());
  }

  @Test
  void headerOverTheLimitIsTooLongBeforeAnyPayloadByte() {
    // 0x2001 = 8193 > Chat.MAX_FRAME_BYTES; no payload follows, and none is waited for
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> CODEC.read(new ByteArrayInputStream(hex("20 01"))));
    assertEquals(ErrorCategory.FRAME_TOO_LONG, e.category(), e.getMessage());
  }

  @Test
  void headerAtTheLimitIsNotTooLong() {
    // 0x2000 = 8192 is allowed: the stream then ends inside the payload
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> CODEC.read(new ByteArrayInputStream(hex("20 00 01"))));
    assertEquals(ErrorCategory.TRUNCATED, e.category(), e.getMessage());
  }

  @Test
  void limitChangedAtRunTime() throws Exception {
    WireCodec<Chat> small = CODEC.withMaxFrameBytes(7);
    byte[] join = CODEC.toFrame(new Join("ada", 7));
    assertEquals(new Join("ada", 7), small.fromFrame(join), "a 7-byte payload fits a limit of 7");
    byte[] ack = CODEC.toFrame(new Ack(1, Status.OK, Optional.empty()));
    WireFormatException e = assertThrows(WireFormatException.class, () -> small.fromFrame(ack));
    assertEquals(ErrorCategory.FRAME_TOO_LONG, e.category(), e.getMessage());
    assertEquals(8192, CODEC.framing().maxFrameBytes(), "the original codec keeps its limit");
    assertThrows(WireEncodeException.class, () -> small.toFrame(new Ack(1, Status.OK, Optional.empty())));
  }

  @Test
  void streamEndingInsideAFrameIsTruncated() {
    for (String cut : List.of("00", "00 07", "00 07 01 03 61")) {
      WireFormatException e = assertThrows(WireFormatException.class,
          () -> CODEC.read(new ByteArrayInputStream(hex(cut))), cut);
      assertEquals(ErrorCategory.TRUNCATED, e.category(), cut + ": " + e.getMessage());
    }
  }

  /** Messages that cannot be encoded, and the component each error must name. */
  static Stream<Arguments> unencodable() {
    return Stream.of(
        Arguments.of(new Join("ada", 32_768), "room"),
        Arguments.of(new Join("ada", -32_769), "room"),
        Arguments.of(new Join(null, 1), "name"),
        Arguments.of(new Join("x".repeat(256), 1), "name"),
        Arguments.of(new Join("bad \uD800 surrogate", 1), "name"),
        Arguments.of(new Ack(-1, Status.OK, Optional.empty()), "seq"),
        Arguments.of(new Ack(1L << 32, Status.OK, Optional.empty()), "seq"),
        Arguments.of(new Ack(1, null, Optional.empty()), "status"),
        Arguments.of(new Say("hi", 0, null, List.of(), Optional.empty(), Map.of()), "mood"),
        Arguments.of(new Say("hi", 0, Mood.CALM, null, Optional.empty(), Map.of()), "tags"),
        Arguments.of(new Say("hi", 0, Mood.CALM, List.of("y".repeat(256)), Optional.empty(), Map.of()), "tags"),
        Arguments.of(new Say("hi", 0, Mood.CALM, List.of(), Optional.of(new Place("Oslo", 256)), Map.of()), "floor"),
        Arguments.of(new Say("z".repeat(9000), 0, Mood.CALM, List.of(), Optional.empty(), Map.of()), null));
  }

  @ParameterizedTest
  @MethodSource("unencodable")
  void unencodableMessagesFailBeforeWritingAByte(Chat message, String component) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WireEncodeException e = assertThrows(WireEncodeException.class, () -> CODEC.write(out, message));
    assertEquals(0, out.size(), "nothing written");
    assertEquals(ErrorCategory.ENCODE, e.category());
    if (component != null) {
      assertEquals(component, e.component(), e.getMessage());
      assertTrue(e.getMessage().contains(component), e.getMessage());
    }
  }
}
