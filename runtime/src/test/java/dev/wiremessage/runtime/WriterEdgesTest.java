package dev.wiremessage.runtime;

import static dev.wiremessage.runtime.Hex.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.TestCodecs.Blob;
import dev.wiremessage.runtime.TestCodecs.BlobCodec;
import dev.wiremessage.runtime.spi.AbstractWireCodec;
import dev.wiremessage.runtime.spi.CodecSettings;
import dev.wiremessage.runtime.spi.PayloadReader;
import dev.wiremessage.runtime.spi.PayloadWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The writers at their exact sizes: buffers filled to the byte, queues filled to the limit, arrays handed out. */
class WriterEdgesTest {
  static final BlobCodec U8 = new BlobCodec(Framing.lengthPrefixed(Length.U8, Endian.BIG, 255));

  static Blob filled(int n, int value) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) value);
    return new Blob(b);
  }

  /** Counts flushes, and write calls with their sizes. */
  static final class Out extends ByteArrayOutputStream {
    int flushes;
    int writes;

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      writes++;
      super.write(b, off, len);
    }

    @Override
    public void flush() {
      flushes++;
    }
  }

  @Test
  void frameWriterFillsItsBufferToTheByte() throws IOException {
    Out out = new Out();
    FrameWriter<Blob> w = new FrameWriter<>(U8, out, 10);
    w.write(filled(5, 1)); // a 6-byte frame
    assertEquals(6, w.buffered());
    w.write(filled(3, 2)); // 4 more: exactly full, nothing sent yet
    assertEquals(10, w.buffered());
    assertEquals(0, out.writes);
    w.write(filled(0, 0)); // 1 more: the 10 go first
    assertEquals(1, out.writes);
    assertEquals(1, w.buffered());
    w.flush();
    assertEquals(2, out.writes);
    assertEquals(1, out.flushes);
    w.flush(); // nothing buffered: no empty write, but the stream is flushed
    assertEquals(2, out.writes);
    assertEquals(2, out.flushes);
    // a frame as large as the buffer, when it does not fit behind what is buffered, goes straight out
    w.write(filled(0, 0));
    w.write(filled(9, 3));
    assertEquals(0, w.buffered());
    assertEquals(4, out.writes);
    w.close();
    assertEquals(3, out.flushes);
    assertEquals(4, out.writes);
    assertEquals("050101010101" + "03020202" + "00" + "00" + "09" + "03".repeat(9), Hex.of(out.toByteArray()));
  }

  @Test
  void frameWriterRefusesAnEmptyBuffer() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FrameWriter<>(U8, new Out(), 0));
    assertEquals("bufferSize: 0 (expected: > 0)", e.getMessage());
  }

  @Test
  void channelWriterQueuesUpToItsLimitExactly() throws IOException {
    FakeChannel ch = new FakeChannel(0);
    ChannelFrameWriter<Blob> w = new ChannelFrameWriter<>(U8, ch, 10);
    assertEquals(10, w.maxQueuedBytes());
    assertTrue(w.enqueue(filled(9, 1))); // a frame as large as the limit
    assertEquals(10, w.queuedBytes());
    assertFalse(w.enqueue(filled(0, 0)));
    ch.perCall = 100;
    assertTrue(w.flush());
    ChannelFrameWriter<Blob> two = new ChannelFrameWriter<>(U8, new FakeChannel(0), 10);
    assertTrue(two.enqueue(filled(5, 1)));
    assertTrue(two.enqueue(filled(3, 1))); // 6 + 4: exactly the limit
    assertEquals(10, two.queuedBytes());
    assertThrows(IllegalArgumentException.class, () -> two.enqueue(filled(10, 1)));
  }

  /** A plain channel that takes everything: a queue that wraps around the ring still leaves in one flush. */
  @Test
  void wrappedQueueLeavesInOneFlushThroughAPlainChannel() throws IOException {
    FakeChannel fake = new FakeChannel(0);
    ChannelFrameWriter<Blob> w = new ChannelFrameWriter<>(U8, fake.plain(), 64);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    for (int i = 0; i < 6; i++) { // 60 bytes, the ring's capacity is 64
      Blob m = filled(9, i);
      assertTrue(w.enqueue(m));
      expected.write(U8.toFrame(m));
    }
    fake.perCall = 50;
    assertFalse(w.flush()); // 50 of 60 leave, head at 50
    for (int i = 6; i < 10; i++) { // 40 more: the tail wraps
      Blob m = filled(9, i);
      assertTrue(w.enqueue(m));
      expected.write(U8.toFrame(m));
    }
    fake.perCall = 1000;
    assertTrue(w.flush(), "everything left in one flush");
    assertFalse(w.hasPending());
    assertArrayEquals(expected.toByteArray(), fake.taken.toByteArray());
  }

  /** A codec that is not an AbstractWireCodec (here a proxy) still goes through the writers, frame by frame. */
  @Test
  void writersTakeAnyCodec() throws IOException {
    @SuppressWarnings("unchecked")
    WireCodec<Blob> proxy = (WireCodec<Blob>) Proxy.newProxyInstance(WireCodec.class.getClassLoader(),
        new Class<?>[] {WireCodec.class}, (p, method, args) -> {
          try {
            return method.invoke(U8, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    Out out = new Out();
    try (FrameWriter<Blob> w = new FrameWriter<>(proxy, out, 4)) {
      w.write(filled(2, 1));
      w.write(filled(5, 2));
    }
    assertEquals("020101" + "050202020202", Hex.of(out.toByteArray()));
    FakeChannel ch = new FakeChannel(1000);
    ChannelFrameWriter<Blob> c = new ChannelFrameWriter<>(proxy, ch, 100);
    assertTrue(c.enqueue(filled(3, 7)));
    assertEquals(4, c.queuedBytes());
    assertTrue(c.flush());
    assertEquals("03070707", Hex.of(ch.taken.toByteArray()));
  }

  /** An array handed out (it filled the scratch buffer exactly) is the caller's: the next encode does not touch it. */
  @Test
  void handedOutArraysStayTheCallers() {
    BlobCodec u32 = new BlobCodec(Framing.lengthPrefixed(Length.U32, Endian.BIG, 1 << 20)); // a fresh 256-byte scratch
    byte[] frame = u32.toFrame(filled(252, 1)); // 4 + 252: fills the scratch array exactly
    byte[] payload = u32.encode(filled(256, 1)); // fills the next one exactly
    u32.toFrame(filled(252, 2));
    u32.encode(filled(256, 2));
    assertEquals("000000fc" + "01".repeat(252), Hex.of(frame));
    assertArrayEquals(filled(256, 1).data(), payload);
  }

  @Test
  void encodeIntoABufferOfExactlyThePayloadsSize() {
    ByteBuffer exact = ByteBuffer.allocate(3);
    U8.encode(new Blob(bytes("010203")), exact);
    assertFalse(exact.hasRemaining());
    assertArrayEquals(bytes("010203"), exact.array());
    ByteBuffer small = ByteBuffer.allocate(2);
    assertThrows(BufferOverflowException.class, () -> U8.encode(new Blob(bytes("010203")), small));
    assertEquals(0, small.position());
  }

  /** A payload that encodes another message with the same codec (on the same thread) gets its own writer. */
  record Box(int v, Optional<Box> inner) {}

  static final class BoxCodec extends AbstractWireCodec<Box> {
    static final BoxCodec INSTANCE = new BoxCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U16, Endian.BIG, 1000)));

    private BoxCodec(CodecSettings settings) {
      super(Box.class, settings);
    }

    @Override
    protected BoxCodec with(CodecSettings settings) {
      return new BoxCodec(settings);
    }

    @Override
    public void encodePayload(Box message, PayloadWriter out) {
      out.writeSigned(message.v(), 1, Endian.BIG, "Box.v");
      // the inner box as an opaque byte string, encoded by this codec while it encodes the outer one
      byte[] inner = message.inner().map(this::encode).orElse(new byte[0]);
      out.writeBytes(inner, Length.U8, Endian.BIG, "Box.inner");
    }

    @Override
    public Box decodePayload(PayloadReader in) throws WireFormatException {
      int v = (int) in.readSigned(1, Endian.BIG, "Box.v");
      byte[] inner = in.readBytes(Length.U8, Endian.BIG, "Box.inner");
      return new Box(v, inner.length == 0 ? Optional.empty() : Optional.of(decode(inner)));
    }
  }

  @Test
  void reentrantEncodeTakesAFreshWriter() throws IOException {
    Box box = new Box(1, Optional.of(new Box(2, Optional.of(new Box(3, Optional.empty())))));
    // a new codec: its per-thread scratch writer does not exist yet, and the first one is the one claimed
    BoxCodec codec = new BoxCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U16, Endian.BIG, 1000)));
    byte[] frame = codec.toFrame(box);
    assertEquals("0006" + "01" + "04" + "02" + "02" + "0300", Hex.of(frame));
    assertEquals(box, codec.fromFrame(frame));
    assertEquals("01" + "04" + "02" + "02" + "0300", Hex.of(codec.encode(box)));
    BoxCodec fresh = new BoxCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U16, Endian.BIG, 1000)));
    assertEquals("01" + "04" + "02" + "02" + "0300", Hex.of(fresh.encode(box)));
  }
}
