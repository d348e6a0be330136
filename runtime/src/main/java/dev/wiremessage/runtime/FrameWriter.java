package dev.wiremessage.runtime;

import dev.wiremessage.runtime.spi.FrameEncoder;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes messages to a blocking {@link OutputStream} through one buffer: {@link #write}
 * appends a frame, {@link #flush()} sends all buffered frames in one {@code out.write} call,
 * so a client that sends a hundred small messages and then flushes makes one system call.
 *
 * <pre>
 * write(m1) write(m2) write(m3)   -&gt; buffer: | frame 1 | frame 2 | frame 3 |
 * flush()                         -&gt; out.write(buffer, 0, 3 frames); out.flush()
 *
 * try (FrameWriter&lt;Quote&gt; writer = QuoteCodec.INSTANCE.writer(socket.getOutputStream())) {
 *   for (Quote q : quotes) writer.write(q);
 * } // close() flushes
 * </pre>
 *
 * <p>A frame that does not fit the rest of the buffer first sends what is buffered; a frame
 * as large as the buffer or larger then goes out directly, in one call of its own. Frames are
 * never split across calls by this writer. A message that cannot be encoded throws
 * {@link WireEncodeException} and leaves the buffer as it was: nothing of a failed frame is
 * ever sent. Encoding reuses one scratch buffer; a write allocates nothing beyond what the
 * message's encoding itself needs (JSON text, for instance).
 *
 * <p>After an {@link IOException} from the stream, what reached the peer is unknown: close
 * the connection. Not thread-safe: one writer per connection, used by one thread at a time.
 *
 * @param <T> the message type of the codec
 */
public final class FrameWriter<T> implements Closeable, Flushable {
  /** The default buffer: 64 KiB. */
  public static final int DEFAULT_BUFFER_SIZE = 64 * 1024;

  private final FrameEncoder<T> encoder;
  private final OutputStream out;
  private final byte[] buf;
  private int count;
  private boolean closed;

  /**
   * A writer with a {@value #DEFAULT_BUFFER_SIZE}-byte buffer.
   *
   * @param codec encodes and frames the messages, with its frame limit
   * @param out the stream to write; closed by {@link #close()}
   */
  public FrameWriter(WireCodec<T> codec, OutputStream out) {
    this(codec, out, DEFAULT_BUFFER_SIZE);
  }

  /**
   * A writer whose buffer holds {@code bufferSize} bytes: the most one {@code out.write} of
   * buffered frames sends.
   *
   * @param codec encodes and frames the messages, with its frame limit
   * @param out the stream to write; closed by {@link #close()}
   * @param bufferSize the buffer's size, &gt; 0; a frame as large or larger goes out on its own
   */
  public FrameWriter(WireCodec<T> codec, OutputStream out, int bufferSize) {
    Objects.requireNonNull(codec, "codec");
    this.out = Objects.requireNonNull(out, "out");
    if (bufferSize <= 0) {
      throw new IllegalArgumentException("bufferSize: " + bufferSize + " (expected: > 0)");
    }
    this.encoder = FrameEncoder.of(codec);
    this.buf = new byte[bufferSize];
  }

  /**
   * Appends the frame of {@code message} to the buffer, first sending the buffer when the
   * frame does not fit in what is left of it. Call {@link #flush()} to send.
   *
   * @param message the message, not null
   * @throws WireEncodeException when {@code message} cannot be encoded; nothing was buffered
   * @throws IOException from the stream, when sending what was buffered; or the writer is closed
   */
  public void write(T message) throws IOException {
    if (closed) {
      throw new IOException("writer closed");
    }
    int n = encoder.encode(message);
    byte[] frame = encoder.array();
    int off = encoder.offset();
    if (n > buf.length - count) {
      drain();
      if (n >= buf.length) {
        out.write(frame, off, n);
        return;
      }
    }
    System.arraycopy(frame, off, buf, count, n);
    count += n;
  }

  /** Sends the buffered frames in one {@code out.write} call, then flushes the stream. */
  @Override
  public void flush() throws IOException {
    if (closed) {
      throw new IOException("writer closed");
    }
    drain();
    out.flush();
  }

  private void drain() throws IOException {
    int n = count;
    if (n > 0) {
      count = 0; // after a failed write the stream is unusable: do not send these bytes twice
      out.write(buf, 0, n);
    }
  }

  /**
   * Bytes buffered and not yet sent.
   *
   * @return 0 up to the buffer's size
   */
  public int buffered() {
    return count;
  }

  /** Flushes, then closes the stream (also when the flush fails). Closing twice does nothing. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (OutputStream o = out) {
      drain();
      o.flush();
    }
  }
}
