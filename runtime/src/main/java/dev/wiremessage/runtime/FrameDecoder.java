package dev.wiremessage.runtime;

import java.nio.ByteBuffer;

/**
 * Non-blocking decoder for one connection (not thread-safe): feed it what a channel read
 * gave, in chunks of any size, and take whole messages out.
 *
 * <pre>
 * ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
 * while (channel.read(buf) &gt; 0) {
 *   buf.flip();
 *   for (T m; (m = decoder.decode(buf)) != null; ) handle(m);
 *   buf.compact();
 * }
 * </pre>
 *
 * It keeps its parse state between calls (the header is parsed once, a delimiter scan resumes
 * where it stopped), never signals "need more bytes" by throwing, and fails as
 * frame-too-long before buffering past the frame limit. After a {@link WireFormatException}
 * the connection's stream is out of step: close it.
 */
public interface FrameDecoder<T> {
  /**
   * Consumes bytes from {@code in} up to the end of the next complete frame and returns its
   * message; returns {@code null} when {@code in} ran out first (all of it consumed).
   */
  T decode(ByteBuffer in) throws WireFormatException;

  /** True between frames: no byte of an unfinished frame is held. */
  boolean isIdle();

  /** Call at end of stream: throws {@code truncated} when a frame was begun. */
  void finish() throws WireFormatException;
}
