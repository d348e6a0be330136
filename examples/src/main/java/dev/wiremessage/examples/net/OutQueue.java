package dev.wiremessage.examples.net;

import dev.wiremessage.runtime.WireCodec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;

/**
 * The frames waiting to go to one non-blocking peer, at most {@code maxQueuedBytes} of them;
 * {@link #flush()} writes as much as the channel takes, gathering several frames per call.
 */
final class OutQueue<T> {
  private static final int GATHER = 64;

  private final WireCodec<T> codec;
  private final SocketChannel channel;
  private final int maxQueuedBytes;
  private final ArrayDeque<ByteBuffer> frames = new ArrayDeque<>();
  private final ByteBuffer[] batch = new ByteBuffer[GATHER];
  private long queued;

  OutQueue(WireCodec<T> codec, SocketChannel channel, int maxQueuedBytes) {
    this.codec = codec;
    this.channel = channel;
    this.maxQueuedBytes = maxQueuedBytes;
  }

  /** Queues the frame of {@code message}; false (nothing queued) when it would pass the bound. */
  boolean enqueue(T message) {
    byte[] frame = codec.toFrame(message);
    if (queued + frame.length > maxQueuedBytes) {
      return false;
    }
    frames.add(ByteBuffer.wrap(frame));
    queued += frame.length;
    return true;
  }

  /** Writes until the queue is empty (true) or the channel is full (false). */
  boolean flush() throws IOException {
    while (!frames.isEmpty()) {
      int n = 0;
      long offered = 0;
      for (ByteBuffer b : frames) {
        if (n == GATHER) {
          break;
        }
        batch[n++] = b;
        offered += b.remaining();
      }
      long written = channel.write(batch, 0, n);
      queued -= written;
      while (!frames.isEmpty() && !frames.peek().hasRemaining()) {
        frames.poll();
      }
      java.util.Arrays.fill(batch, 0, n, null);
      if (written < offered) {
        return false;
      }
    }
    return true;
  }
}
