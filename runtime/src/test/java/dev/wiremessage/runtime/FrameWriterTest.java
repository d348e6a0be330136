package dev.wiremessage.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrameWriterTest {
  @Test
  void manyFramesPerWriteCall() throws IOException {
    Streams.CountingOut out = new Streams.CountingOut();
    FrameWriter<Quote> writer = QuoteCodec.INSTANCE.writer(out);
    for (int i = 0; i < 1000; i++) {
      writer.write(FrameReaderTest.quote(i));
    }
    assertEquals(0, out.writes, "nothing sent before flush");
    writer.flush();
    assertEquals(1, out.writes, "one call for 1000 frames");
    assertArrayEquals(FrameReaderTest.frames(QuoteCodec.INSTANCE, 1000), out.toByteArray());
    assertEquals(0, writer.buffered());
  }

  @Test
  void sendsOneCallPerBufferFull() throws IOException {
    Streams.CountingOut out = new Streams.CountingOut();
    byte[] expected = FrameReaderTest.frames(QuoteCodec.INSTANCE, 1000);
    try (FrameWriter<Quote> writer = new FrameWriter<>(QuoteCodec.INSTANCE, out, 1024)) {
      for (int i = 0; i < 1000; i++) {
        writer.write(FrameReaderTest.quote(i));
        assertTrue(writer.buffered() <= 1024);
      }
    }
    assertArrayEquals(expected, out.toByteArray(), "close flushes");
    int fulls = (expected.length + 1023) / 1024;
    assertTrue(out.writes >= fulls && out.writes <= fulls + fulls / 20 + 1,
        out.writes + " writes for " + expected.length + " bytes through 1 KiB");
  }

  @Test
  void frameLargerThanTheBufferGoesOutDirectly() throws IOException {
    BlobCodec codec = new BlobCodec(Framing.lengthPrefixed(Length.U32, Endian.BIG, 1 << 20));
    Streams.CountingOut out = new Streams.CountingOut();
    FrameWriter<Blob> writer = new FrameWriter<>(codec, out, 100);
    Blob small = new Blob(new byte[] {1, 2, 3});
    Blob big = new Blob(new byte[5000]);
    writer.write(small);
    writer.write(big);
    assertEquals(2, out.writes, "the small frame first, then the big one on its own");
    assertEquals(0, writer.buffered());
    writer.write(small);
    writer.flush();
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    codec.write(expected, small);
    codec.write(expected, big);
    codec.write(expected, small);
    assertArrayEquals(expected.toByteArray(), out.toByteArray());
  }

  @Test
  void encodeFailureLeavesTheBufferUnchanged() throws IOException {
    Streams.CountingOut out = new Streams.CountingOut();
    FrameWriter<Quote> writer = QuoteCodec.INSTANCE.writer(out);
    writer.write(FrameReaderTest.quote(1));
    int before = writer.buffered();
    // the symbol is written first, then the venue fails: bytes of this frame were encoded
    WireEncodeException e = assertThrows(WireEncodeException.class,
        () -> writer.write(new Quote("ABC", 1, 2, null)));
    assertEquals("venue", e.component());
    assertThrows(WireEncodeException.class, () -> writer.write(new Quote("x".repeat(300), 1, 2, "v")));
    assertThrows(WireEncodeException.class, () -> writer.write(null));
    assertEquals(before, writer.buffered());
    writer.write(FrameReaderTest.quote(2));
    writer.flush();
    List<Quote> got = FrameReaderTest.readAll(QuoteCodec.INSTANCE.reader(new ByteArrayInputStream(out.toByteArray())));
    assertEquals(List.of(FrameReaderTest.quote(1), FrameReaderTest.quote(2)), got);

    // delimited: a payload that holds the delimiter is refused whole
    BlobCodec lines = new BlobCodec(Framing.delimited("\n", false, 1000));
    Streams.CountingOut lineOut = new Streams.CountingOut();
    FrameWriter<Blob> lineWriter = lines.writer(lineOut);
    assertThrows(WireEncodeException.class, () -> lineWriter.write(new Blob(new byte[] {'a', '\n', 'b'})));
    assertEquals(0, lineWriter.buffered());
    lineWriter.flush();
    assertEquals(0, lineOut.size());
  }

  /** The writer's bytes are exactly the codec's frames, for every framing (VARINT headers, escapes). */
  @Test
  void sameBytesAsTheCodecForEveryFraming() throws IOException {
    Random random = new Random(21);
    for (Framing f : FrameDecoderTest.framings()) {
      BlobCodec codec = new BlobCodec(f);
      List<Blob> sent = FrameDecoderTest.messages(f, random);
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (FrameWriter<Blob> writer = new FrameWriter<>(codec, out, 4096)) {
        for (Blob m : sent) {
          codec.write(expected, m);
          writer.write(m);
        }
      }
      assertArrayEquals(expected.toByteArray(), out.toByteArray(), f.toString());
      assertEquals(sent, FrameReaderTest.readAll(codec.reader(new ByteArrayInputStream(out.toByteArray()))));
    }
  }

  @Test
  void writesAllocateNothingPerMessage() throws IOException {
    Streams.CountingOut out = new Streams.CountingOut();
    FrameWriter<Quote> writer = QuoteCodec.INSTANCE.writer(new java.io.OutputStream() {
      @Override
      public void write(int b) {}

      @Override
      public void write(byte[] b, int off, int len) {}
    });
    Quote q = FrameReaderTest.quote(42);
    for (int i = 0; i < 50_000; i++) { // warm up
      writer.write(q);
    }
    long before = Streams.allocated();
    for (int i = 0; i < 100_000; i++) {
      writer.write(q);
    }
    long used = Streams.allocated() - before;
    assertTrue(used < 100_000, "allocated " + used + " bytes for 100,000 writes");
    assertEquals(0, out.writes);
  }

  @Test
  void optionsAndClose() throws IOException {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new FrameWriter<>(QuoteCodec.INSTANCE, new ByteArrayOutputStream(), -1));
    assertEquals("bufferSize: -1 (expected: > 0)", e.getMessage());
    assertThrows(NullPointerException.class, () -> QuoteCodec.INSTANCE.writer(null));
    FrameWriter<Quote> writer = QuoteCodec.INSTANCE.writer(new ByteArrayOutputStream());
    writer.close();
    writer.close();
    assertThrows(IOException.class, () -> writer.write(FrameReaderTest.quote(1)));
  }
}
