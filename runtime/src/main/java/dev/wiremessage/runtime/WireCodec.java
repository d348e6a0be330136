package dev.wiremessage.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.Arrays;
import java.util.Objects;

/**
 * Encodes messages of type {@code T} to bytes and back, and frames them on a byte stream.
 * Generated codecs ({@code LoginCodec.INSTANCE}) implement it. Codecs are immutable and
 * thread-safe: share one; {@link #withMaxFrameBytes(int)}, {@link #withMaxDepth(int)} and
 * {@link #withJsonMapper(JsonMapper)} return a new codec. What holds per-connection state is
 * made per connection and is not thread-safe: {@link #newDecoder()}, {@link #reader},
 * {@link #writer}, {@link #channelWriter}.
 *
 * <pre>
 * payload: the message's components, as the wire format says
 * frame:   header + payload      (LengthPrefixed)   or   payload' + delimiter   (Delimited)
 * </pre>
 *
 * @param <T> the message type: a {@code @WireMessage} record, or a protocol's sealed interface
 */
public interface WireCodec<T> {
  /**
   * The message type.
   *
   * @return the record's class, or the protocol's sealed interface
   */
  Class<T> type();

  /**
   * The framing of this codec, with its frame limit.
   *
   * @return the framing: from the record's framing annotation unless changed with
   *     {@link #withMaxFrameBytes(int)}
   */
  Framing framing();

  /**
   * This codec with another frame limit.
   *
   * @param maxFrameBytes the largest payload (escaped payload, for delimiters) read or written,
   *     in bytes; at least 1, else {@link IllegalArgumentException}
   * @return a new codec; this one keeps its limit
   */
  WireCodec<T> withMaxFrameBytes(int maxFrameBytes);

  /**
   * The most messages nested inside one another that this codec decodes or encodes on one
   * path, the top-level message counting as 1 (default 64). A recursive record such as
   * {@code record Node(int v, Optional<Node> next)} nested deeper fails as {@code malformed}
   * instead of exhausting the stack.
   *
   * @return the nesting-depth limit, 1..256
   */
  int maxDepth();

  /**
   * This codec with another nesting-depth limit (see {@link #maxDepth()}).
   *
   * @param maxDepth the new limit, 1..256 ({@code CodecSettings.MAX_MAX_DEPTH}: that deep fits a
   *     512 KiB thread stack), else {@link IllegalArgumentException}
   *     ({@code maxDepth: 1048576 (expected: 1..256)})
   * @return a new codec; this one keeps its limit
   */
  WireCodec<T> withMaxDepth(int maxDepth);

  /**
   * This codec with another JSON mapper for {@code @JsonBlob} and {@code Format.JSON}.
   *
   * @param mapper the mapper, not null; nested codecs use it too
   * @return a new codec; this one keeps its mapper
   */
  WireCodec<T> withJsonMapper(JsonMapper mapper);

  /**
   * The payload of {@code message} (no frame).
   *
   * @param message the message, not null
   * @return the payload's bytes
   * @throws WireEncodeException when {@code message} cannot be encoded
   */
  byte[] encode(T message);

  /**
   * Writes the payload of {@code message} into {@code out} at its position, advancing it.
   * Throws {@link java.nio.BufferOverflowException} when it does not fit, leaving the
   * position where it was.
   *
   * @param message the message, not null
   * @param out where the payload goes, from its position
   * @throws WireEncodeException when {@code message} cannot be encoded; {@code out} is unchanged
   */
  void encode(T message, ByteBuffer out);

  /**
   * Decodes a payload that must be consumed exactly.
   *
   * @param payload one payload: no header, no delimiter
   * @return the message
   * @throws WireFormatException malformed: the payload breaks the wire format, ends inside a
   *     component, or has bytes left after the last one
   */
  T decode(byte[] payload) throws WireFormatException;

  /**
   * Decodes the payload between {@code payload}'s position and limit, consuming it all.
   *
   * @param payload one payload between position and limit; on success its position is its limit
   * @return the message
   * @throws WireFormatException malformed, as for {@link #decode(byte[])}
   */
  T decode(ByteBuffer payload) throws WireFormatException;

  /**
   * One complete frame: header and payload, or escaped payload and delimiter.
   *
   * @param message the message, not null
   * @return the frame's bytes, ready to send
   * @throws WireEncodeException when {@code message} cannot be encoded, its payload is over the
   *     frame limit, or (delimited, not escaped) it holds the delimiter
   */
  byte[] toFrame(T message);

  /**
   * Decodes exactly one complete frame, no bytes left over.
   *
   * @param frame one frame: header and payload, or escaped payload and delimiter
   * @return the message
   * @throws WireFormatException frame-too-long (a header above the limit, or no delimiter within
   *     it), truncated ({@code frame} ends inside the frame) or malformed (bytes after the frame,
   *     or a payload that breaks the wire format)
   */
  T fromFrame(byte[] frame) throws WireFormatException;

  /**
   * Decodes exactly one complete frame that lies in {@code buf[offset, offset+length)}, such as a
   * frame a {@link dev.wiremessage.runtime.spi.FrameEncoder} left in its array, or one a caller
   * cut out of its own buffer; the bytes are not modified, and nothing is copied to find them.
   * Offsets in errors count from {@code offset}. This default copies the range and calls
   * {@link #fromFrame(byte[])}; generated codecs decode in place.
   *
   * @param buf the array holding the frame
   * @param offset index of the frame's first byte
   * @param length the frame's length: header and payload, or escaped payload and delimiter
   * @return the message
   * @throws IndexOutOfBoundsException the range is not inside {@code buf}
   * @throws WireFormatException as {@link #fromFrame(byte[])}
   */
  default T fromFrame(byte[] buf, int offset, int length) throws WireFormatException {
    Objects.checkFromIndexSize(offset, length, buf.length);
    return fromFrame(Arrays.copyOfRange(buf, offset, offset + length));
  }

  /**
   * Writes one frame in one {@code out.write} call; nothing is written when encoding fails. To
   * send many messages, {@link #writer(OutputStream)} buffers them into few calls.
   *
   * @param out the stream; not flushed
   * @param message the message, not null
   * @throws WireEncodeException when {@code message} cannot be encoded; nothing was written
   * @throws IOException from {@code out}
   */
  void write(OutputStream out, T message) throws IOException;

  /**
   * Blocks for one frame and decodes it; {@code null} at a clean end of stream (between
   * frames). Reads no byte past the frame. For delimited framing it reads a byte at a time:
   * give it a {@link java.io.BufferedInputStream}. To read many messages from one stream,
   * {@link #reader(InputStream)} is faster: it reads many frames per system call.
   *
   * <p>Do not mix it with a {@link #reader(InputStream)} on the same stream: the reader reads
   * ahead, and bytes it holds are invisible to {@code read}, which would then start in the
   * middle of a frame. Once a stream has a reader, read it only through that reader.
   *
   * @param in the stream, positioned at the start of a frame
   * @return the message, or {@code null} at a clean end of stream
   * @throws WireFormatException frame-too-long, truncated (the stream ended inside the frame) or
   *     malformed; the stream is then out of step
   * @throws IOException from {@code in}
   */
  T read(InputStream in) throws IOException;

  /**
   * A non-blocking decoder for one connection, fed bytes in chunks of any size.
   *
   * @return a new decoder, holding no bytes, with this codec's limits
   */
  FrameDecoder<T> newDecoder();

  /**
   * A buffered reader of this codec's frames from {@code in} (64 KiB buffer; see
   * {@link FrameReader#FrameReader(WireCodec, InputStream, int)} for another size).
   *
   * <p>The reader reads ahead: up to its buffer's size past the frame it returns. Read the
   * stream only through it from then on; {@link #read(InputStream)}, or any other reader of
   * {@code in}, would lose the bytes it holds ({@link FrameReader#buffered()} counts them).
   *
   * @param in the stream to read; the reader may read ahead in it
   * @return a new reader; closing it closes {@code in}
   */
  default FrameReader<T> reader(InputStream in) {
    return new FrameReader<>(this, in);
  }

  /**
   * A buffered writer of this codec's frames to {@code out}, sending on {@code flush()} (64 KiB
   * buffer; see {@link FrameWriter#FrameWriter(WireCodec, OutputStream, int)} for another size).
   *
   * @param out the stream to write
   * @return a new writer; closing it flushes and closes {@code out}
   */
  default FrameWriter<T> writer(OutputStream out) {
    return new FrameWriter<>(this, out);
  }

  /**
   * A queuing writer of this codec's frames to a non-blocking {@code channel} (4 MiB queue
   * bound; see {@link ChannelFrameWriter#ChannelFrameWriter(WireCodec, WritableByteChannel, int)}).
   *
   * @param channel the channel, usually a non-blocking {@link java.nio.channels.SocketChannel}
   * @return a new writer with an empty queue
   */
  default ChannelFrameWriter<T> channelWriter(WritableByteChannel channel) {
    return new ChannelFrameWriter<>(this, channel);
  }
}
