package dev.wiremessage.runtime.spi;

import java.nio.ByteBuffer;

/**
 * A caller's growable buffer that {@link FrameEncoder#encode(Object, FrameTarget)} writes one
 * frame straight into, with no array in between: wiremessage-netty's encoder implements it over
 * the outbound {@code ByteBuf} (direct or heap). The runtime knows only {@link ByteBuffer}.
 *
 * <p>The encoder asks for room before it writes, and again whenever the room runs out. It
 * writes with absolute puts, index {@code 0} being the frame's first byte: first the payload
 * after room for the header, then the header (or the delimiter, after escaping in place). When
 * {@code encode} returns {@code n}, the frame is bytes {@code [0, n)} of the last buffer
 * returned; when it throws, the bytes written are garbage and the caller discards them.
 *
 * <pre>
 * room(0, 5)          -&gt; [hdr? ....... 256 bytes of room ........]
 * room(256, 1030)     -&gt; [hdr? payload so far | ... 1024+ more bytes ...]   (grown, bytes kept)
 * encode returns 1029 -&gt; [00 00 04 01 | 1025 bytes of payload] = the frame, from index 0
 * </pre>
 *
 * <p>Used by one encoder at a time, during one {@code encode} call.
 */
public interface FrameTarget {
  /**
   * A buffer with at least {@code minBytes} bytes of room from index {@code 0} (its limit), and
   * the same first {@code kept} bytes as the buffer this target returned before (the same
   * memory, or a copy when the target had to move to grow). Growing geometrically, as Netty's
   * {@code ensureWritable} does, keeps a large frame's cost linear.
   *
   * @param kept bytes at the start of the previous buffer to carry over; 0 on the first call
   * @param minBytes the limit the encoder needs, more than {@code kept} (except on the first
   *     call)
   * @return a writable buffer whose index 0 is the frame's first byte and whose writes reach the
   *     target (a view, not a copy); its position is ignored and its byte order is set to big-endian
   */
  ByteBuffer room(int kept, int minBytes);
}
