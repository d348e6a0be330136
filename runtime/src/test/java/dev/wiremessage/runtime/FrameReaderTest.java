package dev.wiremessage.runtime;

import static dev.wiremessage.runtime.Hex.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrameReaderTest {
  static byte[] frames(WireCodec<Quote> codec, int count) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < count; i++) {
      codec.write(out, quote(i));
    }
    return out.toByteArray();
  }

  static Quote quote(int i) {
    return new Quote("Q" + i, i * 100L, i, "XNAS");
  }

  static <T> List<T> readAll(FrameReader<T> reader) throws IOException {
    List<T> got = new ArrayList<>();
    for (T m; (m = reader.read()) != null; ) {
      got.add(m);
    }
    assertNull(reader.read(), "null again after the end");
    return got;
  }

  @Test
  void manyFramesPerReadCall() throws IOException {
    byte[] stream = frames(QuoteCodec.INSTANCE, 1000); // about 27 KB
    Streams.CountingIn in = new Streams.CountingIn(stream);
    List<Quote> got = readAll(QuoteCodec.INSTANCE.reader(in));
    assertEquals(1000, got.size());
    assertEquals(quote(999), got.get(999));
    assertTrue(in.reads <= 3, "one read for the data and one for the end, not " + in.reads);

    Streams.CountingIn small = new Streams.CountingIn(stream);
    assertEquals(1000, readAll(new FrameReader<>(QuoteCodec.INSTANCE, small, 1024)).size());
    int expected = stream.length / 1024 + 2;
    assertTrue(small.reads <= expected, small.reads + " reads of 1 KiB for " + stream.length + " bytes");
  }

  @Test
  void oneBytePerReadCall() throws IOException {
    Random random = new Random(11);
    for (Framing f : FrameDecoderTest.framings()) {
      BlobCodec codec = new BlobCodec(f);
      List<Blob> sent = FrameDecoderTest.messages(f, random).subList(0, 9);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (Blob m : sent) {
        codec.write(out, m);
      }
      assertEquals(sent, readAll(codec.reader(Streams.oneByteAtATime(out.toByteArray()))), f.toString());
    }
  }

  @Test
  void everyFramingWithSmallBuffers() throws IOException {
    Random random = new Random(12);
    for (Framing f : FrameDecoderTest.framings()) {
      BlobCodec codec = new BlobCodec(f);
      List<Blob> sent = FrameDecoderTest.messages(f, random);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (Blob m : sent) {
        codec.write(out, m);
      }
      byte[] stream = out.toByteArray();
      assertEquals(sent, readAll(new FrameReader<>(codec, new ByteArrayInputStream(stream), 7)), f + " buffer 7");
      assertEquals(sent, readAll(codec.reader(new ByteArrayInputStream(stream))), f + " buffer 64 KiB");
    }
  }

  @Test
  void emptyStreamIsACleanEnd() throws IOException {
    assertNull(QuoteCodec.INSTANCE.reader(new ByteArrayInputStream(new byte[0])).read());
  }

  @Test
  void endInsideAFrameIsTruncatedAndTheReaderStaysFailed() throws IOException {
    byte[] stream = frames(QuoteCodec.INSTANCE, 2);
    byte[] cut = java.util.Arrays.copyOf(stream, stream.length - 3);
    FrameReader<Quote> reader = QuoteCodec.INSTANCE.reader(new ByteArrayInputStream(cut));
    assertEquals(quote(0), reader.read());
    WireFormatException e = assertThrows(WireFormatException.class, reader::read);
    assertEquals(ErrorCategory.TRUNCATED, e.category());
    IllegalStateException again = assertThrows(IllegalStateException.class, reader::read);
    assertTrue(again.getMessage().contains("failed earlier"), again.getMessage());

    FrameReader<Quote> inHeader = QuoteCodec.INSTANCE.reader(new ByteArrayInputStream(bytes("0000")));
    assertEquals(ErrorCategory.TRUNCATED, assertThrows(WireFormatException.class, inHeader::read).category());
  }

  @Test
  void malformedPayload() throws IOException {
    // a valid frame, then a frame whose payload ends inside the venue string
    byte[] stream = concat(frames(QuoteCodec.INSTANCE, 1), bytes("00000007 0141 0000000000"));
    FrameReader<Quote> reader = QuoteCodec.INSTANCE.reader(new ByteArrayInputStream(stream));
    assertEquals(quote(0), reader.read());
    assertEquals(ErrorCategory.MALFORMED, assertThrows(WireFormatException.class, reader::read).category());
  }

  /** A 2 GiB header under a raised limit, then a stream that never delivers: memory follows the bytes that came. */
  @Test
  void hugeAnnouncedFrameIsNotAllocated() throws IOException {
    BlobCodec codec = new BlobCodec(Framing.lengthPrefixed(Length.U32, Endian.BIG, Integer.MAX_VALUE));
    InputStream in = new SequenceInputStream(new ByteArrayInputStream(bytes("7fffffff")),
        new ByteArrayInputStream(new byte[1 << 20]));
    FrameReader<Blob> reader = codec.reader(in);
    long before = Streams.allocated();
    assertEquals(ErrorCategory.TRUNCATED, assertThrows(WireFormatException.class, reader::read).category());
    long used = Streams.allocated() - before;
    assertTrue(used < (4 << 20), "allocated " + used);
  }

  @Test
  void frameLimitBeforeBuffering() throws IOException {
    BlobCodec limited = new BlobCodec(Framing.lengthPrefixed(Length.U32, Endian.BIG, 100));
    FrameReader<Blob> reader = limited.reader(new ByteArrayInputStream(bytes("00000065 00")));
    WireFormatException e = assertThrows(WireFormatException.class, reader::read);
    assertEquals(ErrorCategory.FRAME_TOO_LONG, e.category());

    BlobCodec lines = new BlobCodec(Framing.delimited("\n", false, 100));
    Streams.CountingIn endless = new Streams.CountingIn(new byte[10_000]);
    FrameReader<Blob> lineReader = new FrameReader<>(lines, endless, 64);
    assertEquals(ErrorCategory.FRAME_TOO_LONG, assertThrows(WireFormatException.class, lineReader::read).category());
    assertTrue(endless.reads <= 2, "stopped after the limit, read " + endless.reads + " times");
  }

  @Test
  void optionsAreValidated() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new FrameReader<>(QuoteCodec.INSTANCE, new ByteArrayInputStream(new byte[0]), 0));
    assertEquals("bufferSize: 0 (expected: > 0)", e.getMessage());
    assertThrows(NullPointerException.class, () -> QuoteCodec.INSTANCE.reader(null));
  }

  @Test
  void closeClosesTheStream() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(new byte[0]) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    QuoteCodec.INSTANCE.reader(in).close();
    assertTrue(closed[0]);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
