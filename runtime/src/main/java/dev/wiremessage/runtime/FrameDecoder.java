package dev.wiremessage.runtime;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * Non-blocking decoder for one connection: feed it what a channel read gave, in chunks of
 * any size, and take whole messages out. Not thread-safe: one per connection, used by one
 * thread at a time (its selector's).
 *
 * <pre>
 * ByteBuffer buf = ByteBuffer.allocate(64 * 1024);     // one per connection, or one per selector thread
 * // on OP_READ:
 * int n = channel.read(buf);
 * buf.flip();
 * decoder.decodeAll(buf, this::handle);               // consumes all of buf
 * buf.clear();                                        // (or compact(): nothing is left in it)
 * if (n &lt; 0) { decoder.finish(); channel.close(); }   // truncated if it ended inside a frame
 * </pre>
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
 * the connection's stream is out of step: close it.
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
   * all of {@code in}. A failure stops it: the messages before it were handed out.
   *
   * @param in bytes from the channel, between position and limit; consumed entirely
   * @param handler receives each message, on the calling thread
   * @return the number of messages handed to {@code handler}, 0 or more
   * @throws WireFormatException frame-too-long or malformed, as for {@link #decode}
   */
  default int decodeAll(ByteBuffer in, Consumer<? super T> handler) throws WireFormatException {
    int count = 0;
    for (T m; (m = decode(in)) != null; ) {
      handler.accept(m);
      count++;
    }
    return count;
  }

  /**
   * True between frames: no byte of an unfinished frame is held.
   *
   * @return {@code true} when a stream ending now would end cleanly
   */
  boolean isIdle();

  /**
   * Call at end of stream: throws {@code truncated} when a frame was begun.
   *
   * @throws WireFormatException truncated: the stream ended inside a header or a payload
   */
  void finish() throws WireFormatException;
}
