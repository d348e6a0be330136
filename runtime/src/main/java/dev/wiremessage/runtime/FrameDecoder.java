package dev.wiremessage.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.function.Consumer;

/**
 * Non-blocking decoder for one connection: feed it what a channel read gave, in chunks of
 * any size, and take whole messages out. Not thread-safe: one per connection, used by one
 * thread at a time (its selector's).
 *
 * <pre>
 * ByteBuffer buf = ByteBuffer.allocate(64 * 1024);     // one per selector thread, shared by its connections
 * // on OP_READ of a connection:
 * try {
 *   if (decoder.readFrom(channel, buf, this::handle) &lt; 0) {   // -1: end of stream (finish() done)
 *     channel.close();
 *   }
 * } catch (WireFormatException e) {                     // frame-too-long, truncated, malformed
 *   log(e); channel.close();                            // only this connection is lost
 * }
 * </pre>
 *
 * <p>{@link #readFrom} is one {@code channel.read} into {@code buf}, then {@link #decodeAll},
 * and leaves {@code buf} empty on every outcome, failures included, so a buffer shared by many
 * connections never carries one connection's bytes into another's. Calling {@link #decodeAll}
 * yourself is the same: it consumes all of its input even when it throws; clear the buffer
 * after it in a {@code finally} all the same.
 *
 * <p>A frame that lies whole in a heap buffer is decoded straight from its array; a frame
 * split across reads is gathered in the decoder as its bytes arrive (in segments of at most
 * 64 KiB, whatever its header announced) and decoded once complete. Since the decoder keeps
 * every byte it was given, the caller's buffer can be shared by all connections of a selector
 * thread: it is empty again after every call.
 *
 * <p>It keeps its parse state between calls (the header is parsed once, a delimiter scan resumes
 * where it stopped), never signals "need more bytes" by throwing, and fails as
 * frame-too-long before buffering past the frame limit. After a {@link WireFormatException}
 * the connection's stream is out of step: close it. A frame never decodes to {@code null}: a
 * payload that would is malformed.
 *
 * @param <T> the message type of the codec
 */
public interface FrameDecoder<T> {
  /**
   * Consumes bytes from {@code in} up to the end of the next complete frame and returns its
   * message; returns {@code null} when {@code in} ran out first (all of it consumed).
   *
   * @param in bytes from the channel, between position and limit; its position advances past
   *     what was consumed
   * @return the next message, or {@code null} when no frame is complete yet
   * @throws WireFormatException frame-too-long or malformed; then the decoder refuses further
   *     calls ({@link IllegalStateException})
   */
  T decode(ByteBuffer in) throws WireFormatException;

  /**
   * Decodes every complete frame in {@code in}, handing each message to {@code handler} in
   * order, and keeps the unfinished rest; returns how many messages it handed out. Consumes
   * all of {@code in}, also when it throws: a failure stops it (the messages before it were
   * handed out) and the bytes after the failure are dropped with the connection's stream, so
   * none of them stays in a shared buffer. An exception from {@code handler} leaves {@code in}'s
   * position after the frame of the message it was handed.
   *
   * @param in bytes from the channel, between position and limit; consumed entirely
   * @param handler receives each message, on the calling thread
   * @return the number of messages handed to {@code handler}, 0 or more
   * @throws WireFormatException frame-too-long or malformed, as for {@link #decode}
   */
  default int decodeAll(ByteBuffer in, Consumer<? super T> handler) throws WireFormatException {
    int count = 0;
    while (true) {
      T m;
      try {
        m = decode(in);
      } catch (WireFormatException | RuntimeException e) {
        in.position(in.limit());
        throw e;
      }
      if (m == null) {
        return count;
      }
      handler.accept(m);
      count++;
    }
  }

  /**
   * One read of {@code channel} into {@code buffer}, then {@link #decodeAll}; at the end of the
   * stream, {@link #finish()}. {@code buffer} is empty (position 0, limit its capacity) when
   * this returns or throws, whatever happened, so one buffer can serve every connection of a
   * selector thread: a failed connection's bytes never reach another's decoder.
   *
   * @param channel the connection, usually a non-blocking {@link java.nio.channels.SocketChannel}
   * @param buffer a read buffer, empty (as after {@code clear()}), possibly shared with other
   *     connections' decoders on the same thread
   * @param handler receives each message, on the calling thread
   * @return the number of messages handed to {@code handler}, or -1 at the end of the stream
   *     (after a clean {@link #finish()}: close the channel)
   * @throws WireFormatException frame-too-long, truncated (the stream ended inside a frame) or
   *     malformed: close the channel
   * @throws IOException from {@code channel}
   */
  default int readFrom(ReadableByteChannel channel, ByteBuffer buffer, Consumer<? super T> handler)
      throws IOException {
    buffer.clear();
    try {
      int n = channel.read(buffer);
      buffer.flip();
      int count = decodeAll(buffer, handler);
      if (n < 0) {
        finish();
        return -1;
      }
      return count;
    } finally {
      buffer.clear();
    }
  }

  /**
   * True between frames: no byte of an unfinished frame is held, and the decoder has not
   * failed.
   *
   * @return {@code true} when a stream ending now would end cleanly; {@code false} after a
   *     failure
   */
  boolean isIdle();

  /**
   * Call at end of stream: throws {@code truncated} when a frame was begun.
   *
   * @throws WireFormatException truncated: the stream ended inside a header or a payload
   */
  void finish() throws WireFormatException;
}
