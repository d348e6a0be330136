package dev.wiremessage.netty;

import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireEncodeException;
import dev.wiremessage.runtime.spi.FrameEncoder;
import dev.wiremessage.runtime.spi.FrameTarget;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.MessageToByteEncoder;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Writes each outbound message of type {@code T} as one whole frame of a codec (header and
 * payload, or escaped payload and delimiter) straight into the outbound {@link ByteBuf}.
 * Messages of other types pass through untouched.
 *
 * <pre>
 * ctx.writeAndFlush(new Quote("AAPL", 18942, 300, "XNAS"));
 *   -&gt; ByteBuf (direct, from the channel's allocator), 29 bytes:
 *      00 00 00 19 | 04 41 41 50 4C | 00 00 00 00 00 00 49 FE | 00 00 01 2C | 00 00 00 04 58 4E 41 53
 *      ^ header, written last into the 4 bytes left free before the payload
 * </pre>
 *
 * <p>The generated codec writes the payload with absolute puts into the {@code ByteBuf}'s
 * memory (an NIO view of its writable bytes, {@code nioBuffer(index, length)}), after room for
 * the header, then writes the header (or, for delimited framing, escapes the payload in place
 * and appends the delimiter). No array is allocated or copied per message (beyond what a JSON
 * component's text needs); the buffer is the allocator's default {@code ioBuffer()} (or
 * {@code heapBuffer()}), grown with {@code ensureWritable} when a frame outgrows it. A VARINT
 * header's size is only known at the end: the encoder guesses the previous frame's, and moves
 * the payload inside the buffer when the guess is wrong.
 *
 * <p>A message that cannot be encoded (a null component, a value out of range, a frame over
 * the codec's {@code maxFrameBytes}, a delimiter inside an unescaped payload) fails the
 * write's future with an {@link EncoderException} whose cause is the runtime's
 * {@link WireEncodeException}; the buffer's writer index is put back where it was, nothing is
 * written, and the channel stays usable. That is a bug of the caller, not of the peer.
 *
 * <p>One encoder per channel (it keeps per-message state; Netty calls it on the channel's
 * event loop only).
 *
 * @param <T> the message type: a record, or the sealed interface of a protocol
 */
public class WireMessageEncoder<T> extends MessageToByteEncoder<T> {
  private final WireCodec<T> codec;
  private final FrameEncoder<T> frames;
  private final Target target = new Target();
  /** The length of the last frame written, to size the next buffer; 0 before the first. */
  private int lastFrame;

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

  /**
   * A buffer the size of the previous frame (Netty's default 256 bytes before the first), so
   * that a stream of similar messages never grows one; a larger frame grows it in place.
   */
  @Override
  protected ByteBuf allocateBuffer(ChannelHandlerContext ctx, T message, boolean preferDirect) {
    int capacity = lastFrame == 0 ? 256 : lastFrame;
    return preferDirect ? ctx.alloc().ioBuffer(capacity) : ctx.alloc().heapBuffer(capacity);
  }

  /** Appends the frame of {@code message} at {@code out}'s writer index; on an error, writes nothing. */
  @Override
  protected void encode(ChannelHandlerContext ctx, T message, ByteBuf out) {
    int start = out.writerIndex();
    if (out.nioBufferCount() != 1) { // a composite: its NIO view would be a copy
      int n = frames.encode(message);
      out.writeBytes(frames.array(), frames.offset(), n);
      return;
    }
    target.out = out;
    target.start = start;
    boolean done = false;
    try {
      int n = frames.encode(message, target);
      out.writerIndex(start + n);
      lastFrame = n;
      done = true;
    } finally {
      target.out = null;
      if (!done) {
        out.writerIndex(start);
      }
    }
  }

  /** The outbound buffer as the runtime's {@link FrameTarget}: the frame from {@code start}. */
  private static final class Target implements FrameTarget {
    ByteBuf out;
    int start;

    @Override
    public ByteBuffer room(int kept, int minBytes) {
      ByteBuf b = out;
      b.writerIndex(start + kept); // what ensureWritable keeps if it moves the buffer
      b.ensureWritable(minBytes - kept);
      return b.nioBuffer(start, b.capacity() - start);
    }
  }
}
