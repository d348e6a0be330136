package dev.wiremessage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.examples.Evolving.Batch;
import dev.wiremessage.examples.Evolving.Box;
import dev.wiremessage.examples.Evolving.Cmd;
import dev.wiremessage.examples.Evolving.Fix;
import dev.wiremessage.examples.Evolving.Meta;
import dev.wiremessage.examples.Evolving.Note;
import dev.wiremessage.examples.Evolving.Pos;
import dev.wiremessage.examples.Evolving.Reading;
import dev.wiremessage.examples.Evolving.Start;
import dev.wiremessage.examples.Evolving.Tag;
import dev.wiremessage.examples.Evolving.Track;
import dev.wiremessage.netty.WireMessageDecoder;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.FrameDecoder;
import dev.wiremessage.runtime.FrameReader;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireFormatException;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Frames of other versions of evolving records (evolution.md sections 2 and 3), through every
 * read path: fromFrame, fromFrame at an offset, read (whole and a byte at a time), a
 * FrameReader, the non-blocking FrameDecoder in 1-byte and random chunks, and Netty's
 * WireMessageDecoder. Each gives the same message, or the same malformed error; hostile nested
 * lengths never allocate what they announce.
 */
class EvolutionReadPathsTest {
  private static final HexFormat HEX = HexFormat.of();

  static byte[] hex(String s) {
    return HEX.parseHex(s.replace(" ", ""));
  }

  /** Every path decodes {@code frame} (followed by a second copy of it, for the stream paths) to {@code expected}. */
  static <T> void decodesEverywhere(WireCodec<T> codec, String frameHex, T expected) throws Exception {
    byte[] frame = hex(frameHex);
    assertEquals(expected, codec.fromFrame(frame), "fromFrame");
    byte[] padded = new byte[frame.length + 7];
    System.arraycopy(frame, 0, padded, 3, frame.length);
    assertEquals(expected, codec.fromFrame(padded, 3, frame.length), "fromFrame at an offset");
    byte[] two = concat(frame, frame);
    for (InputStream in : List.of(new ByteArrayInputStream(two), oneByteAtATime(two))) {
      assertEquals(expected, codec.read(in), "read");
      assertEquals(expected, codec.read(in), "read, second frame");
      assertNull(codec.read(in), "read: clean end");
    }
    FrameReader<T> reader = codec.reader(oneByteAtATime(two));
    assertEquals(expected, reader.read(), "reader");
    assertEquals(expected, reader.read(), "reader, second frame");
    assertNull(reader.read(), "reader: clean end");
    for (int chunk : new int[] {1, 0}) {
      FrameDecoder<T> decoder = codec.newDecoder();
      List<T> got = new ArrayList<>();
      feed(decoder, two, chunk, got);
      assertEquals(List.of(expected, expected), got, "decoder in chunks of " + (chunk == 0 ? "random size" : chunk));
      decoder.finish();
    }
    EmbeddedChannel netty = new EmbeddedChannel(new WireMessageDecoder<>(codec));
    for (byte b : two) {
      netty.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
    }
    assertEquals(expected, netty.readInbound(), "netty");
    assertEquals(expected, netty.readInbound(), "netty, second frame");
    assertNull(netty.readInbound());
    netty.finishAndReleaseAll();
  }

  /** Every path fails on {@code frame} as malformed, with one message; returns it. */
  static <T> String malformedEverywhere(WireCodec<T> codec, String frameHex) throws Exception {
    byte[] frame = hex(frameHex);
    List<WireFormatException> errors = new ArrayList<>();
    errors.add(assertThrows(WireFormatException.class, () -> codec.fromFrame(frame), "fromFrame"));
    byte[] padded = new byte[frame.length + 5];
    System.arraycopy(frame, 0, padded, 2, frame.length);
    errors.add(assertThrows(WireFormatException.class, () -> codec.fromFrame(padded, 2, frame.length)));
    errors.add(assertThrows(WireFormatException.class, () -> codec.read(new ByteArrayInputStream(frame))));
    errors.add(assertThrows(WireFormatException.class, () -> codec.read(oneByteAtATime(frame))));
    errors.add(assertThrows(WireFormatException.class, () -> codec.reader(oneByteAtATime(frame)).read()));
    for (int chunk : new int[] {1, 0}) {
      errors.add(assertThrows(WireFormatException.class,
          () -> feed(codec.newDecoder(), frame, chunk, new ArrayList<>())));
    }
    EmbeddedChannel netty = new EmbeddedChannel(new WireMessageDecoder<>(codec));
    DecoderException d = assertThrows(DecoderException.class, () -> netty.writeInbound(Unpooled.wrappedBuffer(frame)));
    errors.add(WireMessageDecoder.formatError(d));
    netty.finishAndReleaseAll();
    String message = errors.get(0).getMessage();
    for (WireFormatException e : errors) {
      assertEquals(ErrorCategory.MALFORMED, e.category());
      assertEquals(message, e.getMessage());
    }
    return message;
  }

  private static <T> void feed(FrameDecoder<T> decoder, byte[] stream, int chunk, List<T> got) throws WireFormatException {
    Random random = new Random(stream.length);
    for (int at = 0; at < stream.length; ) {
      int n = Math.min(stream.length - at, chunk > 0 ? chunk : 1 + random.nextInt(6));
      decoder.decodeAll(ByteBuffer.wrap(Arrays.copyOfRange(stream, at, at + n)), got::add);
      at += n;
    }
  }

  static InputStream oneByteAtATime(byte[] b) {
    return new FilterInputStream(new ByteArrayInputStream(b)) {
      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        return super.read(buf, off, Math.min(len, 1));
      }
    };
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  // ---- section 2: another version at the top level ------------------------------------------

  @Test
  void anOlderFrameGivesAbsentValues() throws Exception {
    decodesEverywhere(Evolving_ReadingCodec.INSTANCE, "0000000c 00000007 4035800000000000",
        new Reading(7, 21.5, Optional.empty(), 0));
    Reading current = new Reading(7, 21.5, Optional.of("C"), 3);
    assertEquals("00000016000000074035800000000000010000000143" + "00000003",
        HEX.formatHex(Evolving_ReadingCodec.INSTANCE.toFrame(current)));
    decodesEverywhere(Evolving_ReadingCodec.INSTANCE, "00000016000000074035800000000000010000000143 00000003", current);
  }

  @Test
  void aPayloadEndingInsideAVersionIsMalformed() throws Exception {
    // unit is there, scale (also version 2) is not
    assertEquals("malformed: Reading.scale: payload ends inside Reading.scale (0 bytes left) (at byte 18)",
        malformedEverywhere(Evolving_ReadingCodec.INSTANCE, "00000012 00000007 4035800000000000 01 00000001 43"));
    // inside version 1: no absent values there
    assertEquals("malformed: Reading.value: payload ends inside Reading.value (4 bytes left) (at byte 4)",
        malformedEverywhere(Evolving_ReadingCodec.INSTANCE, "00000008 00000007 40358000"));
  }

  @Test
  void bytesAfterTheLastComponentOfAMessageThatIsNotExtensibleAreMalformed() throws Exception {
    assertEquals("malformed: Reading: 1 byte left after Reading (at byte 17)",
        malformedEverywhere(Evolving_ReadingCodec.INSTANCE, "00000012 00000007 4035800000000000 00 00000003 00"));
  }

  @Test
  void aProtocolMemberReadsToTheFramesEnd() throws Exception {
    decodesEverywhere(Evolving_CmdCodec.INSTANCE, "00000005 01 00000004", new Start(4, Optional.empty()));
    decodesEverywhere(Evolving_CmdCodec.INSTANCE, "0000000c 01 00000004 01 00000002 6d65", new Start(4, Optional.of("me")));
    // extensible: a later version's bytes are skipped
    decodesEverywhere(Evolving_CmdCodec.INSTANCE, "0000000f 01 00000004 01 00000002 6d65 ffeedd",
        (Cmd) new Start(4, Optional.of("me")));
  }

  @Test
  void anOlderDelimitedFrame() throws Exception {
    decodesEverywhere(Evolving_NoteCodec.INSTANCE, "02 6869 0a", new Note("hi", Optional.empty()));
    // version 2, with an escaped newline in b
    Note current = new Note("hi", Optional.of("a\nb"));
    byte[] frame = Evolving_NoteCodec.INSTANCE.toFrame(current);
    decodesEverywhere(Evolving_NoteCodec.INSTANCE, HEX.formatHex(frame), current);
  }

  // ---- section 3: nested ------------------------------------------------------------------

  @Test
  void aNestedEvolvingRecordOfEitherVersion() throws Exception {
    Fix current = new Fix(1, new Pos(1, 2, Optional.of(3)), "t");
    assertEquals("00000014010d000000010000000201000000030000000174", HEX.formatHex(Evolving_FixCodec.INSTANCE.toFrame(current)));
    decodesEverywhere(Evolving_FixCodec.INSTANCE, "00000014 01 0d 00000001 00000002 01 00000003 00000001 74", current);
    decodesEverywhere(Evolving_FixCodec.INSTANCE, "0000000f 01 08 00000001 00000002 00000001 74",
        new Fix(1, new Pos(1, 2, Optional.empty()), "t"));
  }

  @Test
  void aListOfEvolvingRecordsOfMixedVersions() throws Exception {
    decodesEverywhere(Evolving_TrackCodec.INSTANCE,
        "0000001c 00000002 0d 00000001 00000002 01 00000003 09 00000004 00000005 00",
        new Track(List.of(new Pos(1, 2, Optional.of(3)), new Pos(4, 5, Optional.empty()))));
    decodesEverywhere(Evolving_TrackCodec.INSTANCE, "0000001b 00000002 0d 00000001 00000002 01 00000003 08 00000004 00000005",
        new Track(List.of(new Pos(1, 2, Optional.of(3)), new Pos(4, 5, Optional.empty()))));
  }

  @Test
  void aNestedExtensibleRecordSkipsALaterVersionsBytes() throws Exception {
    decodesEverywhere(Evolving_BoxCodec.INSTANCE, "0000000d 01 07 00000001 61 ffff 00000009",
        new Box(Optional.of(new Tag("a")), 9));
    decodesEverywhere(Evolving_BoxCodec.INSTANCE, "00000005 00 00000009", new Box(Optional.empty(), 9));
  }

  @Test
  void aNestedPayloadEndingInsideAVersionIsMalformed() throws Exception {
    // Pos of 11 bytes: x, y, z's presence byte and 2 of z's 4 bytes
    assertEquals("malformed: Pos.z: payload ends inside Pos.z (2 bytes left) (at byte 11)",
        malformedEverywhere(Evolving_FixCodec.INSTANCE, "00000012 01 0b 00000001 00000002 01 0000 00000001 74"));
    // Pos of 9 bytes: one byte after y that is not a whole version 2
    assertEquals("malformed: Pos.z: payload ends inside Pos.z (0 bytes left) (at byte 11)",
        malformedEverywhere(Evolving_FixCodec.INSTANCE, "00000010 01 09 00000001 00000002 01 00000001 74"));
    // Pos of 14 bytes: a byte after version 2, and Pos is not extensible
    assertEquals("malformed: Fix.pos: 1 byte left after the last component of a 14-byte nested message (at byte 15)",
        malformedEverywhere(Evolving_FixCodec.INSTANCE, "00000015 01 0e 00000001 00000002 01 00000003 ee 00000001 74"));
  }

  @Test
  void aNestedLengthLargerThanWhatIsLeftIsMalformedWithoutAllocatingIt() throws Exception {
    assertEquals("malformed: Fix.pos: message of 200 bytes but 18 left (at byte 1)",
        malformedEverywhere(Evolving_FixCodec.INSTANCE, "00000015 01 c801 00000001 00000002 01 00000003 00000001 74"));
    // 2^62 bytes announced
    assertEquals("malformed: Fix.pos: message of 4611686018427387904 bytes but 0 left (at byte 1)",
        malformedEverywhere(Evolving_FixCodec.INSTANCE, "0000000a 01 808080808080808040"));
    // in a list: the count check sees at least 9 bytes an element (its length and x, y)
    assertEquals("malformed: Track.points: count 3 needs at least 27 bytes, 18 left (at byte 0)",
        malformedEverywhere(Evolving_TrackCodec.INSTANCE, "00000016 00000003 08 00000001 00000002 08 00000004 00000005"));
  }

  @Test
  void aVarintLengthCutShortIsMalformed() throws Exception {
    String message = malformedEverywhere(Evolving_FixCodec.INSTANCE, "00000002 01 80");
    assertTrue(message.startsWith("malformed: Fix.pos: payload ends inside Fix.pos"), message);
    assertEquals("malformed: Fix.pos: VARINT message length longer than 10 bytes (at byte 1)",
        malformedEverywhere(Evolving_FixCodec.INSTANCE, "0000000c 01 ffffffffffffffffffffff"));
  }

  @Test
  void evolvingJsonRecordsInAListCarryTheirLength() throws Exception {
    // {"who":"a"}: a version-1 peer's object, 11 bytes after its VARINT length
    decodesEverywhere(Evolving_BatchCodec.INSTANCE, "00000014 00000001 0b 7b2277686f223a2261227d 00000009",
        new Batch(List.of(new Meta("a", Optional.empty())), 9));
    // {"who":"a","x":1}: a later version's key, ignored
    decodesEverywhere(Evolving_BatchCodec.INSTANCE, "0000001a 00000001 11 7b2277686f223a2261222c2278223a317d 00000009",
        new Batch(List.of(new Meta("a", Optional.empty())), 9));
    Batch current = new Batch(List.of(new Meta("a", Optional.of("n")), new Meta("b", Optional.empty())), 9);
    decodesEverywhere(Evolving_BatchCodec.INSTANCE, HEX.formatHex(Evolving_BatchCodec.INSTANCE.toFrame(current)), current);
  }
}
