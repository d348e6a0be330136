package dev.wiremessage.runtime;

import static dev.wiremessage.runtime.Hex.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.TestCodecs.Blob;
import dev.wiremessage.runtime.TestCodecs.BlobCodec;
import dev.wiremessage.runtime.TestCodecs.Quote;
import dev.wiremessage.runtime.TestCodecs.QuoteCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

class FrameDecoderTest {
  static List<Framing> framings() {
    List<Framing> all = new ArrayList<>();
    for (Length l : new Length[] {Length.U16, Length.U24, Length.U32, Length.U64, Length.VARINT}) {
      for (Endian e : Endian.values()) {
        all.add(Framing.lengthPrefixed(l, e, 1 << 20));
      }
    }
    all.add(Framing.lengthPrefixed(Length.U8, Endian.BIG, 255));
    for (String d : new String[] {"\n", "\r\n", "\r\n\r\n", "aab"}) {
      all.add(Framing.delimited(d, false, 1 << 20));
      all.add(Framing.delimited(d, true, 1 << 20));
    }
    return all;
  }

  /** Random payloads that a framing can carry (strict delimiters: bytes that cannot form one). */
  static List<Blob> messages(Framing f, Random random) {
    boolean strict = f instanceof DelimitedFraming d && !d.escape();
    int maxLen = f instanceof LengthPrefixedFraming l && l.length() != Length.VARINT
        ? (int) Math.min(l.length().maxValue(), 200_000) : 200_000;
    List<Blob> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int len = i % 10 == 9 ? random.nextInt(maxLen) : random.nextInt(Math.min(maxLen, 300));
      byte[] b = new byte[len];
      for (int k = 0; k < len; k++) {
        b[k] = strict ? (byte) ('c' + random.nextInt(20)) : (byte) random.nextInt(256);
      }
      if (!strict && len > 3) {
        b[len / 2] = 0x0a;
        b[len / 3] = 0x7d;
      }
      out.add(new Blob(b));
    }
    return out;
  }

  static List<Blob> feed(FrameDecoder<Blob> d, byte[] stream, IntUnaryOperator chunk, int kind) throws WireFormatException {
    List<Blob> got = new ArrayList<>();
    int p = 0;
    while (p < stream.length) {
      int n = Math.min(stream.length - p, Math.max(1, chunk.applyAsInt(stream.length - p)));
      ByteBuffer buf;
      if (kind == 0) {
        buf = ByteBuffer.wrap(stream, p, n).slice();
      } else if (kind == 1) {
        buf = ByteBuffer.allocateDirect(n).put(stream, p, n).flip();
      } else {
        buf = ByteBuffer.wrap(stream, p, n).slice().asReadOnlyBuffer();
      }
      for (Blob m; (m = d.decode(buf)) != null; ) {
        got.add(m);
      }
      assertFalse(buf.hasRemaining(), "null only when the input is used up");
      p += n;
    }
    assertTrue(d.isIdle());
    d.finish();
    return got;
  }

  @Test
  void sameMessagesWhateverTheChunks() throws IOException {
    Random random = new Random(7);
    for (Framing f : framings()) {
      BlobCodec codec = new BlobCodec(f);
      List<Blob> sent = messages(f, random);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (Blob m : sent) {
        codec.write(out, m);
      }
      byte[] stream = out.toByteArray();
      String where = f.toString();
      assertEquals(sent, feed(codec.newDecoder(), stream, left -> left, 0), where + " whole");
      assertEquals(sent, feed(codec.newDecoder(), stream, left -> 1 + random.nextInt(3000), 0), where + " heap chunks");
      assertEquals(sent, feed(codec.newDecoder(), stream, left -> 1 + random.nextInt(70_000), 1), where + " direct chunks");
      assertEquals(sent, feed(codec.newDecoder(), stream, left -> 1 + random.nextInt(500), 2), where + " read-only chunks");
      // blocking reads agree
      InputStream in = new ByteArrayInputStream(stream);
      for (Blob m : sent) {
        assertEquals(m, codec.read(in), where);
      }
      assertNull(codec.read(in));
    }
  }

  @Test
  void oneByteAtATime() throws IOException {
    Random random = new Random(8);
    for (Framing f : framings()) {
      BlobCodec codec = new BlobCodec(f);
      List<Blob> sent = messages(f, random).subList(0, 9); // the small ones
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (Blob m : sent) {
        codec.write(out, m);
      }
      assertEquals(sent, feed(codec.newDecoder(), out.toByteArray(), left -> 1, 0), f.toString());
      assertEquals(sent, feed(codec.newDecoder(), out.toByteArray(), left -> 1, 1), f.toString());
    }
  }

  @Test
  void consumesOnlyUpToTheEndOfOneFrame() throws WireFormatException {
    byte[] two = bytes(CodecTest.QUOTE_FRAME + CodecTest.QUOTE_FRAME);
    FrameDecoder<Quote> d = QuoteCodec.INSTANCE.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(two);
    assertEquals(CodecTest.QUOTE, d.decode(in));
    assertEquals(two.length / 2, in.position());
    assertEquals(CodecTest.QUOTE, d.decode(in));
    assertNull(d.decode(in));
    assertTrue(d.isIdle());
  }

  @Test
  void decodeAllHandsOutEveryWholeFrameAndKeepsTheRest() throws WireFormatException {
    byte[] three = bytes(CodecTest.QUOTE_FRAME + CodecTest.QUOTE_FRAME + CodecTest.QUOTE_FRAME);
    int cut = three.length - 5;
    FrameDecoder<Quote> d = QuoteCodec.INSTANCE.newDecoder();
    List<Quote> got = new ArrayList<>();
    ByteBuffer first = ByteBuffer.wrap(three, 0, cut);
    assertEquals(2, d.decodeAll(first, got::add));
    assertFalse(first.hasRemaining());
    assertFalse(d.isIdle());
    assertEquals(1, d.decodeAll(ByteBuffer.wrap(three, cut, 5), got::add));
    assertEquals(List.of(CodecTest.QUOTE, CodecTest.QUOTE, CodecTest.QUOTE), got);
    assertTrue(d.isIdle());
  }

  @Test
  void finishInsideAFrameIsTruncated() throws WireFormatException {
    FrameDecoder<Quote> d = QuoteCodec.INSTANCE.newDecoder();
    assertNull(d.decode(ByteBuffer.wrap(bytes("000000"))));
    assertFalse(d.isIdle());
    assertEquals(ErrorCategory.TRUNCATED, assertThrows(WireFormatException.class, d::finish).category());
    FrameDecoder<Quote> d2 = QuoteCodec.INSTANCE.newDecoder();
    assertNull(d2.decode(ByteBuffer.wrap(bytes("00000019 0441"))));
    WireFormatException e = assertThrows(WireFormatException.class, d2::finish);
    assertEquals("truncated: Quote: stream ends after 2 of 25 payload bytes (at byte 6)", e.getMessage());
    assertEquals(6, e.offset()); // where the frame was cut, as fromFrame and read say
    FrameDecoder<Blob> lines = new BlobCodec(Framing.delimited("\n", false, 100)).newDecoder();
    assertNull(lines.decode(ByteBuffer.wrap(bytes("6162"))));
    assertEquals(ErrorCategory.TRUNCATED, assertThrows(WireFormatException.class, lines::finish).category());
  }

  @Test
  void aFailedDecoderStaysFailed() throws WireFormatException {
    FrameDecoder<Quote> d = QuoteCodec.INSTANCE.newDecoder();
    WireFormatException e = assertThrows(WireFormatException.class, () -> d.decode(ByteBuffer.wrap(bytes("7fffffff"))));
    assertEquals(ErrorCategory.FRAME_TOO_LONG, e.category());
    IllegalStateException again = assertThrows(IllegalStateException.class,
        () -> d.decode(ByteBuffer.wrap(bytes(CodecTest.QUOTE_FRAME))));
    assertTrue(again.getMessage().contains("failed earlier"), again.getMessage());
    FrameDecoder<Quote> bad = QuoteCodec.INSTANCE.newDecoder();
    assertThrows(WireFormatException.class, () -> bad.decode(ByteBuffer.wrap(bytes("00000007044141504c0000"))));
    assertThrows(IllegalStateException.class, () -> bad.decode(ByteBuffer.wrap(bytes(CodecTest.QUOTE_FRAME))));
  }

  @Test
  void frameTooLongAsSoonAsTheLimitIsPassed() {
    FrameDecoder<Blob> d = new BlobCodec(Framing.delimited("\r\n", false, 10)).newDecoder();
    ByteBuffer in = ByteBuffer.wrap(new byte[1000]);
    WireFormatException e = assertThrows(WireFormatException.class, () -> d.decode(in));
    assertEquals(ErrorCategory.FRAME_TOO_LONG, e.category());
    FrameDecoder<Blob> one = new BlobCodec(Framing.delimited("\n", false, 10)).newDecoder();
    assertThrows(WireFormatException.class, () -> {
      for (int i = 0; i < 11; i++) {
        one.decode(ByteBuffer.wrap(new byte[] {'x'}));
      }
    });
    FrameDecoder<Blob> exact = new BlobCodec(Framing.delimited("\n", false, 10)).newDecoder();
    assertThrows(WireFormatException.class, () -> exact.decode(ByteBuffer.wrap(new byte[11])));
    FrameDecoder<Blob> fits = new BlobCodec(Framing.delimited("\n", false, 10)).newDecoder();
    assertDoesNotFail(fits, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\n'});
  }

  private static void assertDoesNotFail(FrameDecoder<Blob> d, byte[] frame) {
    try {
      assertEquals(10, d.decode(ByteBuffer.wrap(frame)).data().length);
    } catch (WireFormatException e) {
      throw new AssertionError(e);
    }
  }

  /** A 2 GiB announcement under a raised limit: bytes are held as they come, nothing more. */
  @Test
  void hugeAnnouncedFrameDoesNotAllocateItsSize() throws WireFormatException {
    FrameDecoder<Blob> d = new BlobCodec(Framing.lengthPrefixed(Length.U32, Endian.BIG, Integer.MAX_VALUE)).newDecoder();
    long before = Streams.allocated();
    assertNull(d.decode(ByteBuffer.wrap(bytes("7fffffff 00010203040506070809"))));
    byte[] chunk = new byte[8192];
    for (int i = 0; i < 256; i++) { // 2 MiB more
      assertNull(d.decode(ByteBuffer.wrap(chunk)));
    }
    long used = Streams.allocated() - before;
    assertTrue(used < (4 << 20), "allocated " + used);
    assertFalse(d.isIdle());
    assertEquals(ErrorCategory.TRUNCATED, assertThrows(WireFormatException.class, d::finish).category());
  }

  @Test
  void varintHeaderSplitAcrossCalls() throws WireFormatException {
    BlobCodec codec = new BlobCodec(Framing.lengthPrefixed(Length.VARINT, Endian.BIG, 1 << 20));
    byte[] frame = codec.toFrame(new Blob(new byte[300]));
    assertEquals("ac02", Hex.of(frame).substring(0, 4));
    FrameDecoder<Blob> d = codec.newDecoder();
    assertNull(d.decode(ByteBuffer.wrap(frame, 0, 1)));
    assertFalse(d.isIdle());
    assertEquals(300, d.decode(ByteBuffer.wrap(frame, 1, frame.length - 1)).data().length);
  }
}
