package dev.wiremessage.runtime;

import static dev.wiremessage.runtime.Hex.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.TestCodecs.Chat;
import dev.wiremessage.runtime.TestCodecs.ChatCodec;
import dev.wiremessage.runtime.TestCodecs.Flag;
import dev.wiremessage.runtime.TestCodecs.FlagCodec;
import dev.wiremessage.runtime.TestCodecs.Leave;
import dev.wiremessage.runtime.TestCodecs.Line;
import dev.wiremessage.runtime.TestCodecs.LineCodec;
import dev.wiremessage.runtime.TestCodecs.Opt;
import dev.wiremessage.runtime.TestCodecs.OptCodec;
import dev.wiremessage.runtime.TestCodecs.Quote;
import dev.wiremessage.runtime.TestCodecs.QuoteCodec;
import dev.wiremessage.runtime.TestCodecs.Say;
import dev.wiremessage.runtime.TestCodecs.Text;
import dev.wiremessage.runtime.TestCodecs.TextCodec;
import dev.wiremessage.runtime.TestCodecs.Tiny;
import dev.wiremessage.runtime.TestCodecs.TinyCodec;
import dev.wiremessage.runtime.spi.CodecSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whole codecs over frames, streams and buffers, with the conformance vectors' bytes. */
class CodecTest {
  static final Quote QUOTE = new Quote("AAPL", 18942, 300, "XNAS");
  static final String QUOTE_FRAME = "00000019044141504c00000000000049fe0000012c00000004584e4153";

  /** Every way to decode a frame gives {@code expected}, then a clean end. */
  static <T> void assertDecodes(WireCodec<T> codec, String hex, T expected) throws IOException {
    byte[] frame = bytes(hex);
    assertEquals(expected, codec.fromFrame(frame));
    InputStream whole = new ByteArrayInputStream(frame);
    assertEquals(expected, codec.read(whole));
    assertNull(codec.read(whole));
    InputStream slow = Streams.oneByteAtATime(frame);
    assertEquals(expected, codec.read(slow));
    assertNull(codec.read(slow));
    FrameDecoder<T> d = codec.newDecoder();
    List<T> got = new ArrayList<>();
    for (byte b : frame) {
      T m = d.decode(ByteBuffer.wrap(new byte[] {b}));
      if (m != null) {
        got.add(m);
      }
    }
    assertEquals(List.of(expected), got);
    assertTrue(d.isIdle());
    d.finish();
  }

  /** Every way to encode gives exactly {@code hex}. */
  static <T> void assertEncodes(WireCodec<T> codec, T message, String hex) throws IOException {
    assertEquals(hex, Hex.of(codec.toFrame(message)));
    Streams.CountingOut out = new Streams.CountingOut();
    codec.write(out, message);
    assertEquals(hex, Hex.of(out.toByteArray()));
    assertEquals(1, out.writes, "one write call per frame");
  }

  static <T> WireFormatException assertFails(WireCodec<T> codec, String hex, ErrorCategory category) {
    byte[] frame = bytes(hex);
    WireFormatException e = assertThrows(WireFormatException.class, () -> codec.fromFrame(frame));
    assertEquals(category, e.category(), e.getMessage());
    e = assertThrows(WireFormatException.class, () -> codec.read(Streams.oneByteAtATime(frame)));
    assertEquals(category, e.category(), e.getMessage());
    e = assertThrows(WireFormatException.class, () -> {
      FrameDecoder<T> d = codec.newDecoder();
      for (byte b : frame) {
        d.decode(ByteBuffer.wrap(new byte[] {b}));
      }
      d.finish();
    });
    assertEquals(category, e.category(), e.getMessage());
    return e;
  }

  static <T> WireEncodeException assertEncodeFails(WireCodec<T> codec, T message) {
    Streams.CountingOut out = new Streams.CountingOut();
    WireEncodeException e = assertThrows(WireEncodeException.class, () -> codec.write(out, message));
    assertEquals(0, out.size(), "nothing written");
    assertThrows(WireEncodeException.class, () -> codec.toFrame(message));
    return e;
  }

  @Test
  void binaryQuote() throws IOException {
    assertEncodes(QuoteCodec.INSTANCE, QUOTE, QUOTE_FRAME);
    assertDecodes(QuoteCodec.INSTANCE, QUOTE_FRAME, QUOTE);
    assertArrayEquals(bytes(QUOTE_FRAME.substring(8)), QuoteCodec.INSTANCE.encode(QUOTE));
  }

  @Test
  void protocolAndAbsentValues() throws IOException {
    assertEncodes(ChatCodec.INSTANCE, new Say("hi"), "000702000000026869");
    assertDecodes(ChatCodec.INSTANCE, "000702000000026869", new Say("hi"));
    assertEncodes(ChatCodec.INSTANCE, new Leave(), "000103");
    assertDecodes(ChatCodec.INSTANCE, "000103", (Chat) new Leave());
    Opt opt = new Opt(Optional.empty(), "x", Optional.of("yz"));
    assertEncodes(OptCodec.INSTANCE, opt, "0000000e000100000001780100000002797a");
    assertDecodes(OptCodec.INSTANCE, "0000000e000100000001780100000002797a", opt);
  }

  @Test
  void decodeErrorVectors() {
    assertEquals("malformed: Flag.f: boolean 0x02 (expected 0x00 or 0x01) (at byte 0)",
        assertFails(FlagCodec.INSTANCE, "0000000102", ErrorCategory.MALFORMED).getMessage());
    assertEquals("malformed: Flag: 1 byte left after Flag (at byte 1)",
        assertFails(FlagCodec.INSTANCE, "000000020100", ErrorCategory.MALFORMED).getMessage());
    assertFails(TextCodec.INSTANCE, "0000000600000002c0af", ErrorCategory.MALFORMED);
    WireFormatException early = assertFails(QuoteCodec.INSTANCE, "00000007044141504c0000", ErrorCategory.MALFORMED);
    assertEquals("Quote", early.messageType());
    assertEquals("price", early.component());
    assertFails(TextCodec.INSTANCE, "0000000a000000", ErrorCategory.TRUNCATED);
    assertFails(TextCodec.INSTANCE, "000000", ErrorCategory.TRUNCATED);
    WireFormatException tag = assertFails(ChatCodec.INSTANCE, "000109", ErrorCategory.MALFORMED);
    assertEquals("malformed: Chat: unknown tag 9 (at byte 1)", tag.getMessage());
    LineCodec lim = new LineCodec(Framing.lengthPrefixed(Length.U32, Endian.BIG, 16));
    WireFormatException tooLong = assertFails(lim, "000000116161616161616161616161616161616161", ErrorCategory.FRAME_TOO_LONG);
    assertEquals("frame-too-long: Line: header announces 17 bytes, over maxFrameBytes 16 (at byte 0)", tooLong.getMessage());
  }

  @Test
  void encodeErrorVectors() {
    assertEquals("encode: Tiny.x: 300 does not fit in 1 signed byte (expected -128..127)",
        assertEncodeFails(TinyCodec.INSTANCE, new Tiny(300)).getMessage());
    assertEncodeFails(TextCodec.INSTANCE, new Text("a\ud800b"));
    WireEncodeException nul = assertEncodeFails(TextCodec.INSTANCE, new Text(null));
    assertEquals("Text", nul.messageType());
    assertEquals("s", nul.component());
    assertEncodeFails(new LineCodec(Framing.delimited("\n", false, 100)), new Line("a\nb"));
    WireEncodeException message = assertThrows(WireEncodeException.class, () -> TextCodec.INSTANCE.toFrame(null));
    assertEquals("encode: Text: the message is null", message.getMessage());
    assertThrows(WireEncodeException.class, () -> TextCodec.INSTANCE.encode(null));
  }

  @Test
  void payloadOverTheLimitIsAnEncodeError() {
    WireCodec<Text> small = TextCodec.INSTANCE.withMaxFrameBytes(8);
    assertEquals(Framing.lengthPrefixed(Length.U32, Endian.BIG, 8), small.framing());
    small.toFrame(new Text("abcd")); // 8 bytes
    WireEncodeException e = assertEncodeFails(small, new Text("abcde"));
    assertEquals("encode: Text: payload of 9 bytes is over maxFrameBytes 8", e.getMessage());
    TextCodec u8 = new TextCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U8, Endian.BIG, 1000)));
    assertEquals("encode: Text: payload of 300 bytes does not fit a U8 frame header (at most 255)",
        assertEncodeFails(u8, new Text("x".repeat(296))).getMessage());
  }

  @Test
  void everyHeaderKind() throws IOException {
    String payload = "0000000161"; // Text("a")
    String[][] cases = {
        {"U8", "BIG", "05"}, {"U16", "BIG", "0005"}, {"U16", "LITTLE", "0500"}, {"U24", "BIG", "000005"},
        {"U24", "LITTLE", "050000"}, {"U32", "LITTLE", "05000000"}, {"U64", "BIG", "0000000000000005"},
        {"U64", "LITTLE", "0500000000000000"}, {"VARINT", "BIG", "05"},
    };
    for (String[] c : cases) {
      TextCodec codec = new TextCodec(CodecSettings.of(Framing.lengthPrefixed(Length.valueOf(c[0]), Endian.valueOf(c[1]), 1 << 20)));
      assertEncodes(codec, new Text("a"), c[2] + payload);
      assertDecodes(codec, c[2] + payload, new Text("a"));
    }
    // the varint-header vector: 300-byte payload, header AC 02
    LineCodec big = new LineCodec(Framing.lengthPrefixed(Length.VARINT, Endian.BIG, 1 << 20));
    String frame = "ac02" + "79".repeat(300);
    assertEncodes(big, new Line("y".repeat(300)), frame);
    assertDecodes(big, frame, new Line("y".repeat(300)));
    // the u16-little-header vector shape
    assertEncodes(new LineCodec(Framing.lengthPrefixed(Length.U16, Endian.LITTLE, 100)), new Line(""), "0000");
  }

  @Test
  void frameHeaderErrors() {
    TextCodec u64 = new TextCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U64, Endian.BIG, Integer.MAX_VALUE)));
    assertFails(u64, "8000000000000000", ErrorCategory.FRAME_TOO_LONG); // top bit
    TextCodec varint = new TextCodec(CodecSettings.of(Framing.lengthPrefixed(Length.VARINT, Endian.BIG, Integer.MAX_VALUE)));
    assertFails(varint, "ffffffffffffffffffff01", ErrorCategory.MALFORMED); // 11 bytes
    assertFails(varint, "8080808080808080808000", ErrorCategory.MALFORMED);
    assertFails(varint, "ffffffffffffffffff01", ErrorCategory.FRAME_TOO_LONG); // 2^63
    assertFails(varint, "ffffffff0f", ErrorCategory.FRAME_TOO_LONG); // 2^32-1
    assertFails(varint, "ff", ErrorCategory.TRUNCATED);
    assertFails(TextCodec.INSTANCE, "000000050000000261", ErrorCategory.MALFORMED); // string longer than its payload
  }

  @Test
  void fromFrameWantsExactlyOneFrame() {
    WireFormatException extra = assertThrows(WireFormatException.class,
        () -> QuoteCodec.INSTANCE.fromFrame(bytes(QUOTE_FRAME + "00")));
    assertEquals(ErrorCategory.MALFORMED, extra.category());
    assertEquals("malformed: Quote: 1 byte after the end of the frame (at byte 29)", extra.getMessage());
    WireFormatException shortHeader = assertThrows(WireFormatException.class, () -> QuoteCodec.INSTANCE.fromFrame(bytes("0000")));
    assertEquals(ErrorCategory.TRUNCATED, shortHeader.category());
  }

  @Test
  void streamsOfSeveralFramesAndCleanEnd() throws IOException {
    byte[] two = bytes(QUOTE_FRAME + QUOTE_FRAME);
    for (InputStream in : new InputStream[] {new ByteArrayInputStream(two), Streams.oneByteAtATime(two)}) {
      assertEquals(QUOTE, QuoteCodec.INSTANCE.read(in));
      assertEquals(QUOTE, QuoteCodec.INSTANCE.read(in));
      assertNull(QuoteCodec.INSTANCE.read(in));
    }
    // read() takes no byte past its frame
    ByteArrayInputStream in = new ByteArrayInputStream(bytes(QUOTE_FRAME + "abcdef"));
    QuoteCodec.INSTANCE.read(in);
    assertEquals(3, in.available());
    assertNull(QuoteCodec.INSTANCE.read(new ByteArrayInputStream(new byte[0])));
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> QuoteCodec.INSTANCE.read(new ByteArrayInputStream(bytes("0000001904"))));
    assertEquals(ErrorCategory.TRUNCATED, e.category());
    assertEquals(5, e.offset());
  }

  /** A 2 GiB header fails before its payload is read, and without allocating it. */
  @Test
  void hugeHeaderIsFrameTooLongBeforeAnyPayload() {
    byte[] stream = bytes("80000000 0102030405");
    ByteArrayInputStream in = new ByteArrayInputStream(stream);
    WireFormatException e = assertThrows(WireFormatException.class, () -> TextCodec.INSTANCE.read(in));
    assertEquals(ErrorCategory.FRAME_TOO_LONG, e.category());
    assertEquals("frame-too-long: Text: header announces 2147483648 bytes, over maxFrameBytes 16777216 (at byte 0)",
        e.getMessage());
    assertEquals(5, in.available(), "no payload byte read");
  }

  @Test
  void hugeHeaderUnderARaisedLimitIsTruncatedWithoutAllocatingIt() {
    WireCodec<Text> unlimited = TextCodec.INSTANCE.withMaxFrameBytes(Integer.MAX_VALUE);
    byte[] stream = bytes("7fffffff 000102030405");
    long before = Streams.allocated();
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> unlimited.read(new ByteArrayInputStream(stream)));
    assertEquals(ErrorCategory.TRUNCATED, e.category());
    assertTrue(Streams.allocated() - before < (1 << 20), "allocated " + (Streams.allocated() - before));
    // and while bytes keep coming, the buffer stays near what arrived: 3 MiB of a 2 GiB frame
    InputStream slowBig = new InputStream() {
      final byte[] header = bytes("7fffffff");
      int h;
      int left = 3 << 20;

      @Override
      public int read() {
        if (h < 4) {
          return header[h++] & 0xFF;
        }
        return left-- > 0 ? 0 : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (h < 4) {
          b[off] = header[h++];
          return 1;
        }
        if (left <= 0) {
          return -1;
        }
        int k = Math.min(len, Math.min(left, 8192));
        left -= k;
        return k;
      }
    };
    long start = Streams.allocated();
    assertEquals(ErrorCategory.TRUNCATED,
        assertThrows(WireFormatException.class, () -> unlimited.read(slowBig)).category());
    long used = Streams.allocated() - start;
    assertTrue(used < (5 << 20), "allocated " + used);
  }

  @Test
  void payloadLevelBuffers() throws WireFormatException {
    byte[] payload = QuoteCodec.INSTANCE.encode(QUOTE);
    assertEquals(QUOTE, QuoteCodec.INSTANCE.decode(payload));
    for (ByteBuffer b : new ByteBuffer[] {ByteBuffer.allocate(100), ByteBuffer.allocateDirect(100)}) {
      b.put((byte) 9);
      QuoteCodec.INSTANCE.encode(QUOTE, b);
      assertEquals(1 + payload.length, b.position());
      b.flip().get();
      assertEquals(QUOTE, QuoteCodec.INSTANCE.decode(b));
      assertEquals(b.limit(), b.position());
    }
    ByteBuffer small = ByteBuffer.allocate(10);
    assertThrows(BufferOverflowException.class, () -> QuoteCodec.INSTANCE.encode(QUOTE, small));
    assertEquals(0, small.position());
    ByteBuffer sliced = ByteBuffer.wrap(bytes("ff" + Hex.of(payload) + "ff"), 1, payload.length).slice();
    assertEquals(QUOTE, QuoteCodec.INSTANCE.decode(sliced));
    assertEquals(QUOTE, QuoteCodec.INSTANCE.decode(ByteBuffer.wrap(payload).asReadOnlyBuffer()));
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> FlagCodec.INSTANCE.decode(ByteBuffer.wrap(bytes("0100"))));
    assertEquals("malformed: Flag: 1 byte left after Flag (at byte 1)", e.getMessage());
  }

  @Test
  void options() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> QuoteCodec.INSTANCE.withMaxFrameBytes(0));
    assertEquals("maxFrameBytes: 0 (expected: > 0)", zero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> QuoteCodec.INSTANCE.withMaxFrameBytes(-5));
    assertThrows(NullPointerException.class, () -> QuoteCodec.INSTANCE.withJsonMapper(null));
    WireCodec<Quote> c = QuoteCodec.INSTANCE.withMaxFrameBytes(100);
    assertEquals(100, c.framing().maxFrameBytes());
    assertEquals(16 << 20, QuoteCodec.INSTANCE.framing().maxFrameBytes(), "the original is unchanged");
    assertSame(Quote.class, c.type());
    assertTrue(c instanceof QuoteCodec);
    assertEquals("QuoteCodec[Quote, lengthPrefixed(U32, BIG, 16777216)]", QuoteCodec.INSTANCE.toString());
  }

  @Test
  void flagRoundTrip() throws IOException {
    assertEncodes(FlagCodec.INSTANCE, new Flag(true), "0000000101");
    assertDecodes(FlagCodec.INSTANCE, "0000000100", new Flag(false));
  }
}
