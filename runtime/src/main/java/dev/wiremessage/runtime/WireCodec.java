package dev.wiremessage.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

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
 */
public interface WireCodec<T> {
  /** The message type. */
  Class<T> type();

  /** The framing of this codec, with its frame limit. */
  Framing framing();

  /** This codec with another frame limit (bytes, at least 1). */
  WireCodec<T> withMaxFrameBytes(int maxFrameBytes);

  /**
   * The most messages nested inside one another that this codec decodes or encodes on one
   * path, the top-level message counting as 1 (default 64). A recursive record such as
   * {@code record Node(int v, Optional<Node> next)} nested deeper fails as {@code malformed}
   * instead of exhausting the stack.
   */
  int maxDepth();

  /** This codec with another nesting-depth limit ({@code > 0}; see {@link #maxDepth()}). */
  WireCodec<T> withMaxDepth(int maxDepth);

  /** This codec with another JSON mapper for {@code @JsonBlob} and {@code Format.JSON}. */
  WireCodec<T> withJsonMapper(JsonMapper mapper);

  /** The payload of {@code message} (no frame). */
  byte[] encode(T message);

  /**
   * Writes the payload of {@code message} into {@code out} at its position, advancing it.
   * Throws {@link java.nio.BufferOverflowException} when it does not fit, leaving the
   * position where it was.
   */
  void encode(T message, ByteBuffer out);

  /** Decodes a payload that must be consumed exactly. */
  T decode(byte[] payload) throws WireFormatException;

  /** Decodes the payload between {@code payload}'s position and limit, consuming it all. */
  T decode(ByteBuffer payload) throws WireFormatException;

  /** One complete frame: header and payload, or escaped payload and delimiter. */
  byte[] toFrame(T message);

  /** Exactly one complete frame, no bytes left over. */
  T fromFrame(byte[] frame) throws WireFormatException;

  /**
   * Writes one frame in one {@code out.write} call; nothing is written when encoding fails. To
   * send many messages, {@link #writer(OutputStream)} buffers them into few calls.
   */
  void write(OutputStream out, T message) throws IOException;

  /**
   * Blocks for one frame and decodes it; {@code null} at a clean end of stream (between
   * frames). Reads no byte past the frame. For delimited framing it reads a byte at a time:
   * give it a {@link java.io.BufferedInputStream}. To read many messages from one stream,
   * {@link #reader(InputStream)} is faster: it reads many frames per system call.
   */
  T read(InputStream in) throws IOException;

  /** A non-blocking decoder for one connection, fed bytes in chunks of any size. */
  FrameDecoder<T> newDecoder();

  /**
   * A buffered reader of this codec's frames from {@code in} (64 KiB buffer; see
   * {@link FrameReader#FrameReader(WireCodec, InputStream, int)} for another size).
   */
  default FrameReader<T> reader(InputStream in) {
    return new FrameReader<>(this, in);
  }

  /**
   * A buffered writer of this codec's frames to {@code out}, sending on {@code flush()} (64 KiB
   * buffer; see {@link FrameWriter#FrameWriter(WireCodec, OutputStream, int)} for another size).
   */
  default FrameWriter<T> writer(OutputStream out) {
    return new FrameWriter<>(this, out);
  }

  /**
   * A queuing writer of this codec's frames to a non-blocking {@code channel} (4 MiB queue
   * bound; see {@link ChannelFrameWriter#ChannelFrameWriter(WireCodec, WritableByteChannel, int)}).
   */
  default ChannelFrameWriter<T> channelWriter(WritableByteChannel channel) {
    return new ChannelFrameWriter<>(this, channel);
  }
}
