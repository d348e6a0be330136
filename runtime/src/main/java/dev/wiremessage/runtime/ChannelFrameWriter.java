package dev.wiremessage.runtime;

import dev.wiremessage.runtime.spi.FrameEncoder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Objects;

/**
 * Writes messages to a non-blocking channel (a {@link java.nio.channels.SocketChannel} in a
 * {@link java.nio.channels.Selector} loop): {@link #enqueue} encodes a frame into a queue,
 * {@link #flush()} writes as much of the queue as the channel takes and keeps the rest for the
 * next call.
 *
 * <pre>
 * queue (a ring buffer):   | ..sent.. | frame 3 (rest) | frame 4 | frame 5 |  free  |
 *                                      ^ head                                ^ tail
 * flush(): channel.write(head..tail); when the queued bytes wrap around the end of the ring,
 *          one gathering write of both parts (GatheringByteChannel)
 *
 * if (!writer.enqueue(reply)) { close(channel); }           // the peer does not read: drop it
 * if (!writer.flush()) key.interestOps(OP_READ | OP_WRITE);  // rest on OP_WRITE
 * // on OP_WRITE: if (writer.flush()) key.interestOps(OP_READ);
 * </pre>
 *
 * <p><b>The queue bound.</b> At most {@link #maxQueuedBytes()} bytes wait in the queue, so a
 * peer that stops reading cannot make a server buffer without limit. {@link #enqueue} returns
 * {@code false} (and queues nothing) when the frame does not fit what is left; the usual answer
 * is to close that connection (the check comes after encoding, so retrying a refused message
 * encodes it again). A frame larger than the whole bound could never be queued:
 * that throws {@link IllegalArgumentException}. The queue starts at 64 KiB (at most the bound)
 * and grows when needed; once it has drained it goes back to its first buffer.
 *
 * <p>A message that cannot be encoded throws {@link WireEncodeException} and queues nothing.
 * Encoding reuses one scratch buffer and the queue is reused, so enqueueing allocates nothing
 * beyond what the message's encoding itself needs. After an {@link IOException} from the
 * channel, close it.
 *
 * <p>Not thread-safe: one writer per connection, used by the thread of its selector (or under
 * the caller's lock).
 *
 * @param <T> the message type of the codec
 */
public final class ChannelFrameWriter<T> {
  /** The default bound on queued bytes: 4 MiB. */
  public static final int DEFAULT_MAX_QUEUED_BYTES = 4 << 20;
  private static final int FIRST_BUFFER = 64 * 1024;

  private final FrameEncoder<T> encoder;
  private final WritableByteChannel channel;
  private final GatheringByteChannel gathering; // the same channel, or null
  private final int maxQueued;
  /** The first ring, direct (a socket write from it needs no copy); kept for the writer's life. */
  private ByteBuffer first;
  private ByteBuffer ring;
  /** Two views of the ring for writes: the queued bytes up to its end, and those wrapped to its start. */
  private final ByteBuffer[] views = new ByteBuffer[2];
  private int head;
  private int size;

  /**
   * A writer with a queue of at most {@value #DEFAULT_MAX_QUEUED_BYTES} bytes.
   *
   * @param codec encodes and frames the messages
   * @param channel the channel to write, usually a non-blocking socket; never closed by the writer
   */
  public ChannelFrameWriter(WireCodec<T> codec, WritableByteChannel channel) {
    this(codec, channel, DEFAULT_MAX_QUEUED_BYTES);
  }

  /**
   * A writer whose queue holds at most {@code maxQueuedBytes} bytes.
   *
   * @param codec encodes and frames the messages
   * @param channel the channel to write, usually a non-blocking socket; never closed by the writer
   * @param maxQueuedBytes the bound on queued bytes, &gt; 0; also the largest frame it can send
   */
  public ChannelFrameWriter(WireCodec<T> codec, WritableByteChannel channel, int maxQueuedBytes) {
    Objects.requireNonNull(codec, "codec");
    this.channel = Objects.requireNonNull(channel, "channel");
    if (maxQueuedBytes <= 0) {
      throw new IllegalArgumentException("maxQueuedBytes: " + maxQueuedBytes + " (expected: > 0)");
    }
    this.gathering = channel instanceof GatheringByteChannel g ? g : null;
    this.maxQueued = maxQueuedBytes;
    this.encoder = FrameEncoder.of(codec);
  }

  /**
   * Encodes {@code message} and queues its frame; returns {@code false}, queuing nothing, when
   * the frame does not fit in {@link #maxQueuedBytes()} with what is queued already.
   *
   * @param message the message, not null
   * @return {@code true} when queued; {@code false} when the queue is too full (nothing queued)
   * @throws WireEncodeException when {@code message} cannot be encoded; nothing was queued
   * @throws IllegalArgumentException when the frame alone is larger than {@link #maxQueuedBytes()}
   */
  public boolean enqueue(T message) {
    int n = encoder.encode(message);
    if (n > maxQueued) {
      throw new IllegalArgumentException("frame of " + n + " bytes is larger than maxQueuedBytes " + maxQueued
          + "; it can never be queued (raise maxQueuedBytes to at least the largest frame)");
    }
    if (n > maxQueued - size) {
      return false;
    }
    ensureCapacity(size + n);
    byte[] src = encoder.array();
    int off = encoder.offset();
    int cap = ring.capacity();
    int tail = head + size;
    if (tail >= cap) {
      tail -= cap;
    }
    int k = Math.min(n, cap - tail);
    ring.put(tail, src, off, k);
    if (k < n) {
      ring.put(0, src, off + k, n - k);
    }
    size += n;
    return true;
  }

  private void ensureCapacity(int needed) {
    if (ring == null) {
      first = ByteBuffer.allocateDirect(Math.min(FIRST_BUFFER, maxQueued));
      use(first);
    }
    int cap = ring.capacity();
    if (needed <= cap) {
      return;
    }
    // Rare (a burst the peer is slow to take): a heap ring, the queue moved to its start.
    int newCap = (int) Math.min(maxQueued, Math.max(needed, 2L * cap));
    ByteBuffer bigger = ByteBuffer.allocate(newCap);
    int k = Math.min(size, cap - head);
    bigger.put(0, ring, head, k);
    bigger.put(k, ring, 0, size - k);
    head = 0;
    use(bigger);
  }

  /** Whether {@code r} is the first ring itself (identity: ByteBuffer.equals compares contents). */
  @SuppressWarnings("ReferenceEquality")
  private boolean isFirst(ByteBuffer r) {
    return r == first;
  }

  private void use(ByteBuffer r) {
    ring = r;
    views[0] = r.duplicate();
    views[1] = r.duplicate();
  }

  /**
   * Writes queued bytes until the queue is empty or the channel takes less than it was
   * offered (its send buffer is full). Returns {@code true} when nothing is left queued;
   * otherwise wait for {@code OP_WRITE} and call again. Bytes go out in the order they were
   * queued.
   *
   * @return {@code true} when the queue is empty; {@code false} when bytes wait for {@code OP_WRITE}
   * @throws IOException from the channel; then close it
   */
  public boolean flush() throws IOException {
    while (size > 0) {
      int cap = ring.capacity();
      int end = head + size;
      int offered;
      long written;
      ByteBuffer a = views[0];
      if (end <= cap) {
        a.limit(end).position(head);
        offered = size;
        written = channel.write(a);
      } else {
        a.limit(cap).position(head);
        if (gathering != null) {
          ByteBuffer b = views[1];
          b.limit(end - cap).position(0);
          offered = size;
          written = gathering.write(views, 0, 2);
        } else {
          offered = cap - head;
          written = channel.write(a);
        }
      }
      head = (int) ((head + written) % cap);
      size -= (int) written;
      if (written < offered) {
        break;
      }
    }
    if (size == 0) {
      head = 0;
      if (!isFirst(ring)) {
        use(first); // let a burst's big ring go
      }
      return true;
    }
    return false;
  }

  /**
   * Whether bytes wait to be written: keep {@code OP_WRITE} interest while this is true.
   *
   * @return {@code true} when {@link #queuedBytes()} &gt; 0
   */
  public boolean hasPending() {
    return size > 0;
  }

  /**
   * Bytes queued and not yet written.
   *
   * @return 0..{@link #maxQueuedBytes()}
   */
  public int queuedBytes() {
    return size;
  }

  /**
   * The bound on {@link #queuedBytes()}.
   *
   * @return the bound given to the constructor, or {@value #DEFAULT_MAX_QUEUED_BYTES}
   */
  public int maxQueuedBytes() {
    return maxQueued;
  }
}
