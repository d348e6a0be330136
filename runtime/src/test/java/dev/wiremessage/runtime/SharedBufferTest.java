package dev.wiremessage.runtime;

import static dev.wiremessage.runtime.Hex.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.runtime.TestCodecs.Quote;
import dev.wiremessage.runtime.TestCodecs.QuoteCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One read buffer shared by the connections of a selector thread, as FrameDecoder's javadoc
 * shows: a hostile connection's bytes must never reach the next connection's decoder.
 */
class SharedBufferTest {
  static final Quote A = new Quote("AAPL", 1, 2, "XNAS");
  static final Quote B = new Quote("MSFT", 3, 4, "XNYS");
  /** A U32 header of 4 GiB - 1, then one more byte: frame-too-long at once. */
  static final byte[] HOSTILE = bytes("ffffffff 0f");

  static byte[] frames(Quote... qs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Quote q : qs) {
      QuoteCodec.INSTANCE.write(out, q);
    }
    return out.toByteArray();
  }

  static ReadableByteChannel channel(byte[] b) {
    return Channels.newChannel(new ByteArrayInputStream(b));
  }

  @Test
  void decodeAllConsumesItsInputWhenItFails() throws IOException {
    ByteBuffer shared = ByteBuffer.allocate(1024);
    // one read gave a good frame, the hostile header and some more bytes
    shared.put(frames(A)).put(HOSTILE).put(new byte[7]).flip();
    FrameDecoder<Quote> hostile = QuoteCodec.INSTANCE.newDecoder();
    List<Quote> got = new ArrayList<>();
    WireFormatException e = assertThrows(WireFormatException.class, () -> hostile.decodeAll(shared, got::add));
    assertEquals(ErrorCategory.FRAME_TOO_LONG, e.category());
    assertEquals(List.of(A), got, "the frame before the failure was handed out");
    assertEquals(0, shared.remaining(), "nothing of the failed connection is left in the buffer");
    assertFalse(hostile.isIdle(), "a failed decoder is not idle");
    // a later call on the failed decoder refuses, and still leaves the buffer empty
    ByteBuffer again = ByteBuffer.wrap(frames(B));
    assertThrows(IllegalStateException.class, () -> hostile.decodeAll(again, got::add));
    assertEquals(0, again.remaining());
  }

  @Test
  void aHostileConnectionCannotPoisonTheNextOneThroughASharedBuffer() throws IOException {
    ByteBuffer shared = ByteBuffer.allocate(64 * 1024);
    FrameDecoder<Quote> hostile = QuoteCodec.INSTANCE.newDecoder();
    FrameDecoder<Quote> good = QuoteCodec.INSTANCE.newDecoder();
    List<Quote> got = new ArrayList<>();
    ReadableByteChannel bad = channel(HOSTILE);
    WireFormatException e = assertThrows(WireFormatException.class, () -> hostile.readFrom(bad, shared, got::add));
    assertEquals(ErrorCategory.FRAME_TOO_LONG, e.category());
    assertEquals(0, shared.position(), "readFrom leaves the shared buffer empty after a failure");
    assertEquals(shared.capacity(), shared.limit());
    ReadableByteChannel fine = channel(frames(A, B));
    assertEquals(2, good.readFrom(fine, shared, got::add));
    assertEquals(-1, good.readFrom(fine, shared, got::add), "end of stream, between frames");
    assertEquals(List.of(A, B), got);
    assertTrue(good.isIdle());
  }

  @Test
  void readFromReportsATruncatedEndAndEmptiesTheBuffer() throws IOException {
    ByteBuffer shared = ByteBuffer.allocate(1024);
    byte[] two = frames(A, B);
    ReadableByteChannel cut = channel(java.util.Arrays.copyOf(two, two.length - 3));
    FrameDecoder<Quote> d = QuoteCodec.INSTANCE.newDecoder();
    List<Quote> got = new ArrayList<>();
    assertEquals(1, d.readFrom(cut, shared, got::add));
    WireFormatException e = assertThrows(WireFormatException.class, () -> d.readFrom(cut, shared, got::add));
    assertEquals(ErrorCategory.TRUNCATED, e.category());
    assertEquals(two.length / 2 - 3, e.offset(), "where the second frame was cut");
    assertEquals(List.of(A), got);
    assertEquals(0, shared.position());
  }
}
