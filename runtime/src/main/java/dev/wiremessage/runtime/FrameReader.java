package dev.wiremessage.runtime;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Reads messages from a blocking {@link InputStream} (a socket's, a file's) through one read
 * buffer: each {@code in.read} fills as much of the buffer as the stream gives, and
 * {@link #read()} hands out the frames in it one message at a time, so a burst of small
 * frames costs one system call, not one per frame or per field.
 *
 * <pre>
 * in.read #1 -&gt; | frame 1 | frame 2 | frame 3 (first half) |     buffer (64 KiB by default)
 * in.read #2 -&gt; | (second half) | frame 4 |
 * read() -&gt; m1, m2, m3, m4, then null at a clean end of stream
 *
 * try (FrameReader&lt;Quote&gt; reader = QuoteCodec.INSTANCE.reader(socket.getInputStream())) {
 *   for (Quote q; (q = reader.read()) != null; ) handle(q);
 * }
 * </pre>
 *
 * <p>The parsing is the codec's {@link FrameDecoder}: the frame limit holds before anything is
 * buffered past it, and a header that announces a large payload costs only the bytes that
 * actually arrive. Errors are {@link WireFormatException}s: {@code frame-too-long},
 * {@code truncated} (the stream ended inside a frame) and {@code malformed}; after one the
 * stream is out of step, and further reads throw {@link IllegalStateException}.
 *
 * <p>Not thread-safe: one reader per connection, used by one thread at a time. It may read
 * ahead of the message it returns, so do not read the same stream around it.
 *
 * @param <T> the message type of the codec
 */
public final class FrameReader<T> implements Closeable {
  /** The default read buffer: 64 KiB. */
  public static final int DEFAULT_BUFFER_SIZE = 64 * 1024;

  private final FrameDecoder<T> decoder;
  private final InputStream in;
  private final ByteBuffer buf;
  private boolean eof;
  private Exception failure;

  /**
   * A reader with a {@value #DEFAULT_BUFFER_SIZE}-byte buffer.
   *
   * @param codec decodes the frames, with its frame limit
   * @param in the stream to read; closed by {@link #close()}
   */
  public FrameReader(WireCodec<T> codec, InputStream in) {
    this(codec, in, DEFAULT_BUFFER_SIZE);
  }

  /**
   * A reader whose buffer holds {@code bufferSize} bytes: the most one {@code in.read} asks for.
   *
   * @param codec decodes the frames, with its frame limit
   * @param in the stream to read; closed by {@link #close()}
   * @param bufferSize the read buffer's size, &gt; 0; frames larger than it are still read
   */
  public FrameReader(WireCodec<T> codec, InputStream in, int bufferSize) {
    Objects.requireNonNull(codec, "codec");
    this.in = Objects.requireNonNull(in, "in");
    if (bufferSize <= 0) {
      throw new IllegalArgumentException("bufferSize: " + bufferSize + " (expected: > 0)");
    }
    this.decoder = codec.newDecoder();
    this.buf = ByteBuffer.allocate(bufferSize).limit(0);
  }

  /**
   * Blocks for the next message; {@code null} at a clean end of stream (between frames), and
   * on every call after it.
   *
   * @return the next message, or {@code null} at a clean end of stream
   * @throws WireFormatException frame-too-long, truncated or malformed; later calls throw
   *     {@link IllegalStateException}
   * @throws IOException from the stream
   */
  public T read() throws IOException {
    if (failure != null) {
      throw new IllegalStateException(
          "this reader failed earlier (" + failure.getMessage() + "); its stream is out of step: close it", failure);
    }
    try {
      while (true) {
        if (buf.hasRemaining()) {
          T m = decoder.decode(buf);
          if (m != null) {
            return m;
          }
          // decode consumed all of it: the buffer is free again
        }
        if (eof) {
          return null;
        }
        int n = in.read(buf.array(), 0, buf.capacity());
        if (n < 0) {
          eof = true;
          buf.limit(0);
          decoder.finish();
          return null;
        }
        buf.position(0).limit(n);
      }
    } catch (WireFormatException | RuntimeException e) {
      failure = e;
      throw e;
    }
  }

  /**
   * Bytes read from the stream and not yet handed out as messages (a frame being gathered is not
   * counted).
   *
   * @return 0 up to the buffer's size
   */
  public int buffered() {
    return buf.remaining();
  }

  /** Closes the stream. */
  @Override
  public void close() throws IOException {
    eof = true;
    in.close();
  }
}
