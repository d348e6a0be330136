package dev.wiremessage.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChannelFrameWriterTest {
  /** Enqueues and flushes at random against a channel taking {@code perCall} bytes a call; checks the bytes. */
  private static void roundTrip(WireCodec<Blob> codec, WritableByteChannel ch, FakeChannel fake, Random random,
      List<Blob> sent) throws IOException {
    ChannelFrameWriter<Blob> writer = new ChannelFrameWriter<>(codec, ch, 256 * 1024);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    for (Blob m : sent) {
      if (!writer.enqueue(m)) { // full: let the peer read it all (a refused enqueue is re-encoded on retry)
        int before = writer.queuedBytes();
        while (!writer.flush()) {
          assertTrue(writer.queuedBytes() <= before);
        }
        assertTrue(writer.enqueue(m));
      }
      codec.write(expected, m);
      if (random.nextInt(3) == 0) {
        writer.flush();
      }
    }
    int calls = 0;
    while (!writer.flush()) {
      assertTrue(writer.hasPending());
      assertTrue(++calls < 10_000_000);
    }
    assertFalse(writer.hasPending());
    assertEquals(0, writer.queuedBytes());
    assertArrayEquals(expected.toByteArray(), fake.taken.toByteArray(), "intact and in order");
    assertEquals(sent, FrameReaderTest.readAll(codec.reader(new ByteArrayInputStream(fake.taken.toByteArray()))));
  }

  @Test
  void partialWritesArriveIntactAndInOrder() throws IOException {
    Random random = new Random(31);
    for (int perCall : new int[] {1, 7, 1000, 70_000}) {
      for (Framing f : FrameDecoderTest.framings()) {
        BlobCodec codec = new BlobCodec(f);
        List<Blob> sent = FrameDecoderTest.messages(f, random);
        if (perCall == 1) {
          sent = sent.subList(0, 9); // the small ones
        }
        FakeChannel gathering = new FakeChannel(perCall);
        roundTrip(codec, gathering, gathering, random, sent);
        FakeChannel plain = new FakeChannel(perCall);
        roundTrip(codec, plain.plain(), plain, random, sent);
        assertEquals(0, plain.gatheringWrites);
      }
    }
  }

  @Test
  void wrappedQueueGoesOutInOneGatheringWrite() throws IOException {
    BlobCodec codec = new BlobCodec(Framing.lengthPrefixed(Length.U32, Endian.BIG, 1 << 20));
    FakeChannel ch = new FakeChannel(40_000);
    ChannelFrameWriter<Blob> writer = new ChannelFrameWriter<>(codec, ch, 64 * 1024);
    Blob m = new Blob(new byte[19_996]); // 20,000-byte frames
    for (int i = 0; i < 3; i++) {
      assertTrue(writer.enqueue(m));
    }
    assertFalse(writer.flush()); // takes 40,000 of 60,000
    assertEquals(20_000, writer.queuedBytes());
    assertTrue(writer.enqueue(m)); // wraps around the end of the 64 KiB ring
    assertTrue(writer.enqueue(m));
    ch.perCall = Integer.MAX_VALUE;
    int gatheringBefore = ch.gatheringWrites;
    assertTrue(writer.flush());
    assertEquals(gatheringBefore + 1, ch.gatheringWrites, "both parts of the ring in one call");
    assertEquals(5 * 20_000, ch.taken.size());
    assertEquals(5, FrameReaderTest.readAll(codec.reader(new ByteArrayInputStream(ch.taken.toByteArray()))).size());
  }

  @Test
  void theQueueIsBounded() throws IOException {
    FakeChannel ch = new FakeChannel(0); // a peer that reads nothing
    Quote q = FrameReaderTest.quote(7);
    int frame = QuoteCodec.INSTANCE.toFrame(q).length;
    ChannelFrameWriter<Quote> writer = new ChannelFrameWriter<>(QuoteCodec.INSTANCE, ch, frame * 10 + 5);
    for (int i = 0; i < 10; i++) {
      assertTrue(writer.enqueue(q));
      assertFalse(writer.flush());
    }
    assertFalse(writer.enqueue(q), "over the bound: refused");
    assertEquals(frame * 10, writer.queuedBytes(), "nothing of the refused frame queued");
    ch.perCall = frame;
    assertFalse(writer.flush());
    assertTrue(writer.enqueue(q), "room again once the peer read");
    ch.perCall = Integer.MAX_VALUE;
    assertTrue(writer.flush());
    assertEquals(11, FrameReaderTest.readAll(QuoteCodec.INSTANCE.reader(new ByteArrayInputStream(ch.taken.toByteArray()))).size());

    BlobCodec blobs = new BlobCodec(Framing.lengthPrefixed(Length.U32, Endian.BIG, 1 << 20));
    ChannelFrameWriter<Blob> small = new ChannelFrameWriter<>(blobs, ch, 100);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> small.enqueue(new Blob(new byte[97])));
    assertTrue(e.getMessage().startsWith("frame of 101 bytes is larger than maxQueuedBytes 100"), e.getMessage());
    assertEquals(0, small.queuedBytes());
  }

  @Test
  void growsPastItsFirstBufferUpToTheBound() throws IOException {
    BlobCodec codec = new BlobCodec(Framing.lengthPrefixed(Length.U32, Endian.BIG, 1 << 20));
    FakeChannel ch = new FakeChannel(0);
    ChannelFrameWriter<Blob> writer = new ChannelFrameWriter<>(codec, ch, 1 << 20);
    List<Blob> sent = new ArrayList<>();
    Random random = new Random(33);
    for (int i = 0; i < 30; i++) { // about 300 KB, more than the first 64 KiB
      byte[] b = new byte[10_000];
      random.nextBytes(b);
      sent.add(new Blob(b));
      assertTrue(writer.enqueue(sent.get(i)));
      if (i == 3) {
        ch.perCall = 15_000;
        assertFalse(writer.flush()); // the head moves, so growing must keep the order
        ch.perCall = 0;
      }
    }
    ch.perCall = Integer.MAX_VALUE;
    assertTrue(writer.flush());
    assertEquals(sent, FrameReaderTest.readAll(codec.reader(new ByteArrayInputStream(ch.taken.toByteArray()))));
    assertTrue(writer.enqueue(sent.get(0)), "usable after shrinking back");
    assertTrue(writer.flush());
  }

  @Test
  void encodeFailureQueuesNothing() throws IOException {
    FakeChannel ch = new FakeChannel(Integer.MAX_VALUE);
    ChannelFrameWriter<Quote> writer = QuoteCodec.INSTANCE.channelWriter(ch);
    assertTrue(writer.enqueue(FrameReaderTest.quote(1)));
    int before = writer.queuedBytes();
    assertThrows(WireEncodeException.class, () -> writer.enqueue(new Quote("A", 1, 2, null)));
    assertThrows(WireEncodeException.class, () -> writer.enqueue(null));
    assertEquals(before, writer.queuedBytes());
    assertTrue(writer.enqueue(FrameReaderTest.quote(2)));
    assertTrue(writer.flush());
    assertEquals(List.of(FrameReaderTest.quote(1), FrameReaderTest.quote(2)),
        FrameReaderTest.readAll(QuoteCodec.INSTANCE.reader(new ByteArrayInputStream(ch.taken.toByteArray()))));
  }

  @Test
  void flushWithNothingQueued() throws IOException {
    FakeChannel ch = new FakeChannel(10);
    ChannelFrameWriter<Quote> writer = QuoteCodec.INSTANCE.channelWriter(ch);
    assertTrue(writer.flush());
    assertFalse(writer.hasPending());
    assertEquals(0, ch.writes, "no system call for an empty queue");
  }

  @Test
  void enqueueAllocatesNothingPerMessage() throws IOException {
    FakeChannel sink = new FakeChannel(Integer.MAX_VALUE) {
      @Override
      public int write(java.nio.ByteBuffer src) {
        int n = src.remaining();
        src.position(src.limit());
        return n;
      }

      @Override
      public long write(java.nio.ByteBuffer[] srcs, int offset, int length) {
        long n = 0;
        for (int i = offset; i < offset + length; i++) {
          n += write(srcs[i]);
        }
        return n;
      }
    };
    ChannelFrameWriter<Quote> writer = QuoteCodec.INSTANCE.channelWriter(sink);
    Quote q = FrameReaderTest.quote(42);
    for (int i = 0; i < 50_000; i++) {
      writer.enqueue(q);
      writer.flush();
    }
    long before = Streams.allocated();
    for (int i = 0; i < 100_000; i++) {
      writer.enqueue(q);
      if (i % 16 == 0) {
        writer.flush();
      }
    }
    writer.flush();
    long used = Streams.allocated() - before;
    assertTrue(used < 100_000, "allocated " + used + " bytes for 100,000 messages");
  }

  @Test
  void optionsAreValidated() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ChannelFrameWriter<>(QuoteCodec.INSTANCE, new FakeChannel(1), 0));
    assertEquals("maxQueuedBytes: 0 (expected: > 0)", e.getMessage());
    assertThrows(NullPointerException.class, () -> QuoteCodec.INSTANCE.channelWriter(null));
  }
}
