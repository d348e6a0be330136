package dev.wiremessage.runtime;

import static dev.wiremessage.runtime.CodecTest.assertDecodes;
import static dev.wiremessage.runtime.CodecTest.assertEncodeFails;
import static dev.wiremessage.runtime.CodecTest.assertEncodes;
import static dev.wiremessage.runtime.Hex.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.TestCodecs.Blob;
import dev.wiremessage.runtime.TestCodecs.BlobCodec;
import dev.wiremessage.runtime.TestCodecs.Flag;
import dev.wiremessage.runtime.TestCodecs.FlagCodec;
import dev.wiremessage.runtime.TestCodecs.Text;
import dev.wiremessage.runtime.TestCodecs.TextCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The edges of both framings: exact limits, error offsets on every decode path, self-overlapping delimiters. */
class FramingEdgesTest {
  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The error, the same on fromFrame, read one byte at a time, and the decoder fed {@code chunk}-byte buffers at an array offset. */
  static WireFormatException failsEverywhere(BlobCodec codec, byte[] stream, ErrorCategory category) {
    WireFormatException first = assertThrows(WireFormatException.class, () -> codec.fromFrame(stream));
    assertEquals(category, first.category(), first.getMessage());
    WireFormatException read = assertThrows(WireFormatException.class, () -> codec.read(Streams.oneByteAtATime(stream)));
    assertEquals(first.getMessage(), read.getMessage(), "read");
    byte[] around = new byte[stream.length + 9];
    Arrays.fill(around, (byte) '\n'); // delimiters around the range must not be seen
    System.arraycopy(stream, 0, around, 4, stream.length);
    WireFormatException inPlace = assertThrows(WireFormatException.class, () -> codec.fromFrame(around, 4, stream.length));
    assertEquals(first.getMessage(), inPlace.getMessage(), "fromFrame at an offset");
    for (int chunk : new int[] {1, 2, 3, 7, stream.length}) {
      for (int kind = 0; kind < 2; kind++) {
        FrameDecoder<Blob> d = codec.newDecoder();
        int k = kind;
        WireFormatException e = assertThrows(WireFormatException.class, () -> {
          for (int p = 0; p < stream.length; p += chunk) {
            ByteBuffer b = chunk(stream, p, Math.min(chunk, stream.length - p), k == 0);
            while (d.decode(b) != null) {
              // keep going: the error is what we want
            }
          }
          d.finish();
        });
        assertEquals(first.getMessage(), e.getMessage(), "decoder, chunks of " + chunk + (k == 0 ? " heap" : " direct"));
        // a failed decoder stays failed, finish included
        assertThrows(IllegalStateException.class, () -> d.decode(ByteBuffer.wrap(ascii("x\n"))));
        assertThrows(IllegalStateException.class, d::finish);
      }
    }
    return first;
  }

  /** {@code stream[p, p+n)} at position 3 of a heap buffer (an array offset) or a direct one. */
  static ByteBuffer chunk(byte[] stream, int p, int n, boolean heap) {
    if (!heap) {
      return direct(stream, p, n);
    }
    byte[] padded = new byte[n + 5];
    System.arraycopy(stream, p, padded, 3, n);
    return ByteBuffer.wrap(padded, 3, n); // position 3, limit 3 + n
  }

  /** {@code stream[p, p+n)} in a direct buffer, at position 3. */
  static ByteBuffer direct(byte[] stream, int p, int n) {
    ByteBuffer b = ByteBuffer.allocateDirect(n + 6);
    b.position(3);
    b.put(stream, p, n);
    return b.limit(3 + n).position(3);
  }

  /** The decoder, fed {@code stream} in chunks of several sizes at position 3 of heap and direct buffers, gives {@code payloads}. */
  static void decodesEverywhere(BlobCodec codec, byte[] stream, String... payloads) throws WireFormatException {
    for (int chunk : new int[] {1, 2, 3, 7, stream.length}) {
      for (int kind = 0; kind < 2; kind++) {
        FrameDecoder<Blob> d = codec.newDecoder();
        java.util.List<String> got = new java.util.ArrayList<>();
        for (int p = 0; p < stream.length; p += chunk) {
          ByteBuffer b = chunk(stream, p, Math.min(chunk, stream.length - p), kind == 0);
          for (Blob m; (m = d.decode(b)) != null; ) {
            got.add(new String(m.data(), StandardCharsets.ISO_8859_1));
          }
        }
        d.finish();
        assertEquals(java.util.List.of(payloads), got, "chunks of " + chunk + (kind == 0 ? " heap" : " direct"));
      }
    }
  }

  @Test
  void framesAtTheLimitInAnyChunks() throws WireFormatException {
    decodesEverywhere(new BlobCodec(Framing.delimited("\n", false, 10)), ascii("0123456789\nabc\n\n"), "0123456789", "abc", "");
    decodesEverywhere(new BlobCodec(Framing.delimited("\r\n", false, 4)), ascii("abcd\r\nab\r\r\n"), "abcd", "ab\r");
    decodesEverywhere(new BlobCodec(Framing.delimited("aab", false, 3)), ascii("xaaaab" + "aab" + "xyz" + "aab"), "xaa", "", "xyz");
  }

  @Test
  void fromFrameAtAnOffsetDecodesInPlaceAndLeavesTheArrayAlone() throws WireFormatException {
    // escaped delimited frames are unescaped: in a copy, never in the caller's array
    BlobCodec escaped = new BlobCodec(Framing.delimited("\n", true, 100));
    byte[] payload = ascii("a\nb}c");
    byte[] frame = escaped.toFrame(new Blob(payload));
    byte[] buf = new byte[frame.length + 10];
    Arrays.fill(buf, (byte) '\n');
    System.arraycopy(frame, 0, buf, 6, frame.length);
    byte[] before = buf.clone();
    assertArrayEquals(payload, escaped.fromFrame(buf, 6, frame.length).data());
    assertArrayEquals(before, buf);
    // every framing, the frame surrounded by other bytes
    for (Framing framing : new Framing[] {Framing.lengthPrefixed(Length.U32, Endian.BIG, 100),
        Framing.lengthPrefixed(Length.VARINT, Endian.BIG, 100), Framing.lengthPrefixed(Length.U16, Endian.LITTLE, 100),
        Framing.delimited("\r\n", false, 100)}) {
      BlobCodec codec = new BlobCodec(framing);
      byte[] f = codec.toFrame(new Blob(ascii("xyz")));
      byte[] around = new byte[f.length + 7];
      Arrays.fill(around, (byte) 0x0A);
      System.arraycopy(f, 0, around, 3, f.length);
      assertArrayEquals(ascii("xyz"), codec.fromFrame(around, 3, f.length).data(), codec.toString());
      // one byte short is the same error as fromFrame of the shorter array
      byte[] cut = Arrays.copyOf(f, f.length - 1);
      assertEquals(assertThrows(WireFormatException.class, () -> codec.fromFrame(cut)).getMessage(),
          assertThrows(WireFormatException.class, () -> codec.fromFrame(around, 3, f.length - 1)).getMessage());
    }
    assertThrows(IndexOutOfBoundsException.class, () -> escaped.fromFrame(new byte[8], 5, 4));
    assertThrows(IndexOutOfBoundsException.class, () -> escaped.fromFrame(new byte[8], -1, 4));
  }

  @Test
  void aFailedLengthDecoderRefusesFinish() {
    FrameDecoder<TestCodecs.Quote> d = TestCodecs.QuoteCodec.INSTANCE.newDecoder();
    assertThrows(WireFormatException.class, () -> d.decode(ByteBuffer.wrap(bytes("7fffffff"))));
    assertThrows(IllegalStateException.class, d::finish);
  }

  @Test
  void frameTooLongHasTheSameOffsetOnEveryPath() {
    BlobCodec lf = new BlobCodec(Framing.delimited("\n", false, 10));
    WireFormatException e = failsEverywhere(lf, ascii("0123456789ab\n"), ErrorCategory.FRAME_TOO_LONG);
    assertEquals("frame-too-long: Blob: no delimiter in the first 10 bytes (maxFrameBytes) (at byte 10)", e.getMessage());
    assertEquals(10, e.offset());
    BlobCodec crlf = new BlobCodec(Framing.delimited("\r\n", false, 4));
    // "abcd\r" is still a possible frame (the \r may begin the delimiter); "x" passes the limit
    assertEquals(5, failsEverywhere(crlf, ascii("abcd\rx\r\n"), ErrorCategory.FRAME_TOO_LONG).offset());
    assertEquals(4, failsEverywhere(crlf, ascii("abcde\r\n"), ErrorCategory.FRAME_TOO_LONG).offset());
    BlobCodec lfLong = new BlobCodec(Framing.delimited("\n", false, 4));
    assertEquals(4, failsEverywhere(lfLong, ascii("abcdefghijklmnopqrstuvwxyz"), ErrorCategory.FRAME_TOO_LONG).offset());
  }

  @Test
  void otherDelimitedErrorsNameTheirPlace() {
    BlobCodec lf = new BlobCodec(Framing.delimited("\n", false, 100));
    assertEquals("malformed: Blob: 2 bytes after the delimiter (at byte 2)",
        assertThrows(WireFormatException.class, () -> lf.fromFrame(ascii("a\nbc"))).getMessage());
    assertEquals("truncated: Blob: frame ends without its delimiter \"\\n\" (at byte 3)",
        assertThrows(WireFormatException.class, () -> lf.fromFrame(ascii("abc"))).getMessage());
    BlobCodec escaped = new BlobCodec(Framing.delimited("\n", true, 100));
    assertEquals("malformed: Blob: escape byte 0x7D ends the frame (at byte 2)",
        failsEverywhere(escaped, bytes("41427d0a"), ErrorCategory.MALFORMED).getMessage());
    assertEquals("malformed: Blob: bad escape 7D 41 (expected 7D 2A or 7D 5D) (at byte 1)",
        failsEverywhere(escaped, bytes("427d410a"), ErrorCategory.MALFORMED).getMessage());
  }

  /** A frame exactly at the limit passes, whether the limit is reached in one chunk or across several. */
  @Test
  void exactlyAtTheLimitIsAFrame() throws IOException {
    BlobCodec lf = new BlobCodec(Framing.delimited("\n", false, 10));
    assertDecodes(lf, Hex.of(ascii("0123456789\n")), new Blob(ascii("0123456789")));
    FrameDecoder<Blob> d = lf.newDecoder();
    assertNull(d.decode(ByteBuffer.wrap(ascii("01234"))));
    assertFalse(d.isIdle());
    assertNull(d.decode(ByteBuffer.wrap(ascii("56789"))));
    assertFalse(d.isIdle());
    assertEquals(new Blob(ascii("0123456789")), d.decode(ByteBuffer.wrap(ascii("\n"))));
    assertTrue(d.isIdle());
    BlobCodec crlf = new BlobCodec(Framing.delimited("\r\n", false, 4));
    FrameDecoder<Blob> c = crlf.newDecoder();
    assertNull(c.decode(ByteBuffer.wrap(ascii("ab"))));
    assertNull(c.decode(ByteBuffer.allocateDirect(3).put(ascii("cd\r")).flip()));
    assertEquals(new Blob(ascii("abcd")), c.decode(ByteBuffer.wrap(ascii("\n"))));
    // length-prefixed: a header announcing exactly the limit
    BlobCodec u32 = new BlobCodec(Framing.lengthPrefixed(Length.U32, Endian.BIG, 3));
    assertDecodes(u32, "00000003616263", new Blob(ascii("abc")));
    assertEncodes(u32, new Blob(ascii("abc")), "00000003616263");
    BlobCodec varint = new BlobCodec(Framing.lengthPrefixed(Length.VARINT, Endian.BIG, 3));
    assertDecodes(varint, "03616263", new Blob(ascii("abc")));
  }

  /** The first occurrence of a self-overlapping delimiter ends the frame, on every path and when encoding. */
  @Test
  void selfOverlappingDelimitersAgreeWithIndexOf() throws IOException {
    Random random = new Random(11);
    for (String delim : new String[] {"aab", "abab", "aabaab", "abac", "abcabd", "aaab", "abaa"}) {
      BlobCodec codec = new BlobCodec(Framing.delimited(delim, false, 1000));
      for (int t = 0; t < 300; t++) {
        StringBuilder sb = new StringBuilder();
        int len = random.nextInt(12);
        for (int i = 0; i < len; i++) {
          sb.append("abcd".charAt(random.nextInt(t % 2 == 0 ? 2 : 4)));
        }
        String s = sb.toString();
        String where = delim + " / " + s;
        // encoding: strict framing accepts a payload exactly when its delimiter is the first one
        boolean encodable = (s + delim).indexOf(delim) == s.length();
        if (encodable) {
          assertEquals(s + delim, new String(codec.toFrame(new Blob(ascii(s))), StandardCharsets.ISO_8859_1), where);
        } else {
          assertEncodeFails(codec, new Blob(ascii(s)));
        }
        // decoding a stream: the bytes before the first occurrence
        String stream = s + delim + "zz";
        String payload = s.substring(0, Math.min(s.length(), stream.indexOf(delim)));
        byte[] frame = ascii(stream.substring(0, stream.indexOf(delim) + delim.length()));
        assertArrayEquals(ascii(payload), codec.fromFrame(frame).data(), where);
        ByteArrayInputStream in = new ByteArrayInputStream(ascii(stream));
        assertArrayEquals(ascii(payload), codec.read(in).data(), where);
        FrameDecoder<Blob> d = codec.newDecoder();
        Blob got = null;
        for (byte b : frame) {
          assertNull(got, where);
          got = d.decode(ByteBuffer.wrap(new byte[] {b}));
        }
        assertArrayEquals(ascii(payload), got.data(), where);
      }
    }
  }

  @Test
  void errorMessagesQuoteTheDelimiter() {
    String[][] cases = {
      {" ", "\" \""}, {"\u007f", "\"\\x7F\""}, {"\u001f", "\"\\x1F\""}, {"\t", "\"\\t\""}, {"\n", "\"\\n\""},
      {"\r\n", "\"\\r\\n\""}, {"~", "\"~\""}, {"\"", "\"\\x22\""}, {"\\", "\"\\x5C\""}, {"\u0000", "\"\\x00\""},
    };
    for (String[] c : cases) {
      BlobCodec codec = new BlobCodec(Framing.delimited(c[0], false, 100));
      WireEncodeException e = assertEncodeFails(codec, new Blob(ascii("x" + c[0] + "y")));
      assertEquals("encode: Blob: payload holds the delimiter " + c[1] + " at byte 1; use @Delimited(escape = true) or another delimiter",
          e.getMessage());
    }
  }

  @Test
  void framingsPrintAndHashByValue() {
    assertEquals("delimited(\"\\u001F \\u007F~\\\"\\\\\\t\", true, 9)", Framing.delimited("\u001f \u007f~\"\\\t", true, 9).toString());
    DelimitedFraming a = Framing.delimited("\r\n", false, 100);
    assertEquals(a, Framing.delimited("\r\n", false, 100));
    assertEquals(a.hashCode(), Framing.delimited("\r\n", false, 100).hashCode());
    assertNotEquals(a.hashCode(), Framing.delimited("\n", false, 100).hashCode());
    LengthPrefixedFraming u = Framing.lengthPrefixed(Length.U16, Endian.LITTLE, 100);
    assertEquals(u.hashCode(), Framing.lengthPrefixed(Length.U16, Endian.LITTLE, 100).hashCode());
    assertNotEquals(u.hashCode(), Framing.lengthPrefixed(Length.U16, Endian.BIG, 100).hashCode());
  }

  // ---- length-prefixed ----------------------------------------------------------------------

  @Test
  void u8HeaderTakesUpTo255Bytes() throws IOException {
    BlobCodec u8 = new BlobCodec(Framing.lengthPrefixed(Length.U8, Endian.BIG, 1000));
    byte[] max = new byte[255];
    Arrays.fill(max, (byte) 7);
    byte[] frame = u8.toFrame(new Blob(max));
    assertEquals(256, frame.length);
    assertEquals((byte) 0xff, frame[0]);
    assertArrayEquals(max, u8.fromFrame(frame).data());
    assertEquals("encode: Blob: payload of 256 bytes does not fit a U8 frame header (at most 255)",
        assertEncodeFails(u8, new Blob(new byte[256])).getMessage());
  }

  @Test
  void varintHeaderEdges() throws IOException {
    BlobCodec varint = new BlobCodec(Framing.lengthPrefixed(Length.VARINT, Endian.BIG, 1000));
    // a non-minimal header (0 in two bytes) is still 0: its last byte is 00
    assertDecodes(varint, "8000", new Blob(new byte[0]));
    assertDecodes(varint, "800161" + "61".repeat(127), new Blob(ascii("a".repeat(128))));
    assertEquals("malformed: Blob: 1 byte after the end of the frame (at byte 3)",
        assertThrows(WireFormatException.class, () -> varint.fromFrame(bytes("02616263"))).getMessage());
    assertEquals("truncated: Blob: frame ends after 1 of 2 payload bytes (at byte 2)",
        assertThrows(WireFormatException.class, () -> varint.fromFrame(bytes("0261"))).getMessage());
    // ten bytes announcing 2^63-1 is a number, not an overflow; a tenth byte of 01 or more is
    WireFormatException big = assertThrows(WireFormatException.class, () -> varint.fromFrame(bytes("ffffffffffffffffff00")));
    assertEquals("frame-too-long: Blob: header announces 9223372036854775807 bytes, over maxFrameBytes 1000 (at byte 0)",
        big.getMessage());
    WireFormatException huge = assertThrows(WireFormatException.class, () -> varint.fromFrame(bytes("ffffffffffffffffff01")));
    assertEquals("frame-too-long: Blob: header announces 2^63 or more bytes, over maxFrameBytes 1000 (at byte 0)",
        huge.getMessage());
  }

  @Test
  void truncatedStreamsSayWhere() {
    BlobCodec varint = new BlobCodec(Framing.lengthPrefixed(Length.VARINT, Endian.BIG, 1000));
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> varint.read(new ByteArrayInputStream(bytes("ac02" + "00".repeat(10)))));
    assertEquals("truncated: Blob: stream ends after 10 of 300 payload bytes (at byte 12)", e.getMessage());
    BlobCodec u32 = new BlobCodec(Framing.lengthPrefixed(Length.U32, Endian.BIG, 1 << 20));
    assertEquals(2, assertThrows(WireFormatException.class, () -> u32.read(new ByteArrayInputStream(bytes("0000")))).offset());
    assertEquals(6, assertThrows(WireFormatException.class,
        () -> u32.read(Streams.oneByteAtATime(bytes("00000005 6162")))).offset());
    // a large payload is read in segments; the offset counts all of them
    byte[] partial = new byte[4 + 100_000];
    System.arraycopy(bytes("00030d40"), 0, partial, 0, 4); // 200,000
    WireFormatException big = assertThrows(WireFormatException.class, () -> u32.read(new ByteArrayInputStream(partial)));
    assertEquals(100_004, big.offset());
  }

  /** A heap buffer holding a whole header and part of the payload: the decoder keeps what it got. */
  @Test
  void partialPayloadAfterAWholeHeaderIsKept() throws WireFormatException {
    byte[] frame = bytes(CodecTest.QUOTE_FRAME);
    FrameDecoder<TestCodecs.Quote> d = TestCodecs.QuoteCodec.INSTANCE.newDecoder();
    ByteBuffer first = ByteBuffer.wrap(frame, 0, 10);
    assertNull(d.decode(first));
    assertFalse(first.hasRemaining());
    assertFalse(d.isIdle());
    assertEquals(CodecTest.QUOTE, d.decode(ByteBuffer.wrap(frame, 10, frame.length - 10)));
    assertTrue(d.isIdle());
  }

  @Test
  void errorOffsetsAreInThePayloadWhateverTheHeader() {
    // U32 header (4 bytes) then the payload: offsets count from the payload's first byte
    WireFormatException left = assertThrows(WireFormatException.class,
        () -> FlagCodec.INSTANCE.fromFrame(bytes("00000002 01 00")));
    assertEquals("malformed: Flag: 1 byte left after Flag (at byte 1)", left.getMessage());
    WireFormatException utf8 = assertThrows(WireFormatException.class,
        () -> TextCodec.INSTANCE.fromFrame(bytes("00000006 00000002 41ff")));
    assertEquals(5, utf8.offset(), utf8.getMessage());
    TestCodecs.Node chain = new TestCodecs.Node(1, java.util.Optional.of(new TestCodecs.Node(2,
        java.util.Optional.of(new TestCodecs.Node(3, java.util.Optional.empty())))));
    WireFormatException deep = assertThrows(WireFormatException.class,
        () -> TestCodecs.NodeCodec.INSTANCE.withMaxDepth(2).fromFrame(TestCodecs.NodeCodec.INSTANCE.toFrame(chain)));
    assertEquals("malformed: Node.next: messages nested deeper than 2 (maxDepth) (at byte 10)", deep.getMessage());
    assertEquals(new Flag(true), assertDoesNotThrow(() -> FlagCodec.INSTANCE.fromFrame(bytes("00000001 01"))));
    assertEquals(new Text("A"), assertDoesNotThrow(() -> TextCodec.INSTANCE.fromFrame(bytes("00000005 00000001 41"))));
  }

  interface Decode<T> {
    T run() throws WireFormatException;
  }

  static <T> T assertDoesNotThrow(Decode<T> d) {
    try {
      return d.run();
    } catch (WireFormatException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void frameReaderCountsWhatItHolds() throws IOException {
    byte[] two = bytes(CodecTest.QUOTE_FRAME + CodecTest.QUOTE_FRAME);
    try (FrameReader<TestCodecs.Quote> r = new FrameReader<>(TestCodecs.QuoteCodec.INSTANCE, new ByteArrayInputStream(two))) {
      assertEquals(CodecTest.QUOTE, r.read());
      assertEquals(two.length / 2, r.buffered());
      assertEquals(CodecTest.QUOTE, r.read());
      assertEquals(0, r.buffered());
      assertNull(r.read());
    }
  }
}
