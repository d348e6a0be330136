package dev.wiremessage.netty;

import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireEncodeException;
import dev.wiremessage.runtime.spi.FrameEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.MessageToByteEncoder;
import java.util.Objects;

/**
 * Writes each outbound message of type {@code T} as one whole frame of a codec (header and
 * payload, or escaped payload and delimiter) into one outbound {@link ByteBuf} of exactly the
 * frame's size. Messages of other types pass through untouched.
 *
 * <pre>
 * ctx.writeAndFlush(new Quote("AAPL", 18942, 300, "XNAS"));
 *   -&gt; ByteBuf (direct, from the channel's allocator), 29 bytes:
 *      00 00 00 19 | 04 41 41 50 4C | 00 00 00 00 00 00 49 FE | 00 00 01 2C | 00 00 00 04 58 4E 41 53
 * </pre>
 *
 * <p>No array is allocated per message (beyond what a JSON component's text needs): the codec encodes the frame, header included, into
 * one scratch array that this handler keeps and reuses (the runtime's frame encoder, the same
 * one {@link dev.wiremessage.runtime.FrameWriter} uses), and the finished frame is copied once
 * into the {@code ByteBuf}. That copy is the only one: with the direct buffers Netty's
 * socket transports want, encoding straight into the {@code ByteBuf} would not save it (a
 * heap {@code ByteBuf} is copied to direct memory by the transport instead).
 *
 * <p>A message that cannot be encoded (a null component, a value out of range, a delimiter
 * inside an unescaped payload) fails the write's future with an {@link EncoderException}
 * whose cause is the runtime's {@link WireEncodeException}; nothing is written, and the
 * channel stays usable. That is a bug of the caller, not of the peer.
 *
 * <p>One encoder per channel (its scratch array is not thread-safe; Netty calls it on the
 * channel's event loop only).
 *
 * @param <T> the message type: a record, or the sealed interface of a protocol
 */
public class WireMessageEncoder<T> extends MessageToByteEncoder<T> {
  private final WireCodec<T> codec;
  private final FrameEncoder<T> frames;
  /** The length of the frame {@link #allocateBuffer} just encoded, written by {@link #encode}. */
  private int pending = -1;

  /**
   * An encoder of {@code codec}'s frames into direct buffers (Netty's default for outbound bytes).
   *
   * @param codec the codec (a generated {@code XCodec.INSTANCE}); its frame limit holds for writes
   */
  public WireMessageEncoder(WireCodec<T> codec) {
    this(codec, true);
  }

  /**
   * An encoder of {@code codec}'s frames into direct or heap buffers.
   *
   * @param codec the codec (a generated {@code XCodec.INSTANCE}); its frame limit holds for writes
   * @param preferDirect direct buffers from the channel's allocator when true, heap buffers when false
   */
  public WireMessageEncoder(WireCodec<T> codec, boolean preferDirect) {
    super(Objects.requireNonNull(codec, "codec").type(), preferDirect);
    this.codec = codec;
    this.frames = FrameEncoder.of(codec);
  }

  /** {@return the codec this encoder encodes with} */
  public final WireCodec<T> codec() {
    return codec;
  }

  /** Encodes the frame first, so that the buffer is allocated at its exact size. */
  @Override
  protected ByteBuf allocateBuffer(ChannelHandlerContext ctx, T message, boolean preferDirect) {
    pending = -1;
    int length = frames.encode(message); // WireEncodeException: before any buffer exists
    pending = length;
    return preferDirect ? ctx.alloc().ioBuffer(length) : ctx.alloc().heapBuffer(length);
  }

  @Override
  protected void encode(ChannelHandlerContext ctx, T message, ByteBuf out) {
    int length = pending;
    pending = -1;
    if (length < 0) { // only when a subclass allocates its own buffer
      length = frames.encode(message);
    }
    out.writeBytes(frames.array(), frames.offset(), length);
  }
}
