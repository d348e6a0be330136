package dev.wiremessage.netty;

import dev.wiremessage.runtime.FrameDecoder;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireFormatException;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.DecoderException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;

/**
 * Splits a channel's bytes into the frames of a codec and decodes each into a message of type
 * {@code T}, for any framing the codec has (a length prefix of any kind, a delimiter, escaped or
 * not). It runs the runtime's non-blocking {@link FrameDecoder}, so it keeps the runtime's
 * guarantees: a header over the codec's frame limit fails before a payload byte is buffered,
 * a line without its delimiter fails once it passes the limit, and no buffer grows past the
 * bytes that actually arrived.
 *
 * <pre>
 * ch.pipeline().addLast(
 *     new WireMessageDecoder&lt;&gt;(QuoteCodec.INSTANCE.withMaxFrameBytes(64 * 1024)),
 *     new WireMessageEncoder&lt;&gt;(QuoteCodec.INSTANCE),
 *     new QuoteHandler());     // channelRead gets Quote; closes the channel in exceptionCaught
 *
 *  channel bytes:  | 00 00 00 19 04 41 41 50 4C ... | 00 00 00 19 ...
 *                  +----------- frame 1 -----------+----- frame 2 ...
 *  channelRead:            Quote[AAPL, ...]                Quote[...]
 * </pre>
 *
 * <h2>Errors</h2>
 *
 * <p>A bad frame surfaces as Netty's decoders report theirs: the next handlers'
 * {@code exceptionCaught} receives a {@link DecoderException} whose {@linkplain
 * Throwable#getCause() cause} is the runtime's {@link WireFormatException}, with its
 * {@linkplain WireFormatException#category() category} ({@code frame-too-long},
 * {@code malformed}, and {@code truncated} when the channel closes inside a frame), record and
 * component. {@link #formatError(Throwable)} unwraps it. Messages decoded before the bad frame
 * in the same read are still passed on, in order.
 *
 * <p>After a failure the stream is out of step: this decoder drops every further byte and
 * decodes nothing more, and the channel should be closed (it does not close the channel
 * itself, so that a handler can log or answer first):
 *
 * <pre>
 * public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
 *   WireFormatException bad = WireMessageDecoder.formatError(cause);
 *   log.info("dropped " + ctx.channel().remoteAddress() + ": " + (bad != null ? bad.getMessage() : cause));
 *   ctx.close();
 * }
 * </pre>
 *
 * <p>One decoder per channel (it holds the connection's unfinished frame), as for every
 * {@link ByteToMessageDecoder}. Bytes of an unfinished frame live in the runtime's decoder,
 * not in Netty's cumulation buffer: if this handler is removed from the pipeline mid-frame,
 * those bytes are dropped.
 *
 * @param <T> the message type: a record, or the sealed interface of a protocol
 */
public class WireMessageDecoder<T> extends ByteToMessageDecoder {
  private final WireCodec<T> codec;
  private final FrameDecoder<T> frames;
  private boolean failed;
  private boolean ended;

  /**
   * A decoder of {@code codec}'s frames, with its framing and frame limit.
   *
   * @param codec the codec (a generated {@code XCodec.INSTANCE}); {@code codec.withMaxFrameBytes(n)}
   *     for another limit
   */
  public WireMessageDecoder(WireCodec<T> codec) {
    this.codec = Objects.requireNonNull(codec, "codec");
    this.frames = codec.newDecoder();
  }

  /** {@return the codec this decoder decodes with} */
  public final WireCodec<T> codec() {
    return codec;
  }

  /** {@return true between frames: no byte of an unfinished frame is held (and no failure happened)} */
  public final boolean isIdle() {
    return !failed && frames.isIdle();
  }

  /**
   * {@return the {@link WireFormatException} behind {@code cause} as this decoder reports it}:
   * the cause of a {@link DecoderException}, or {@code cause} itself; null when {@code cause}
   * is something else (an I/O error of the channel, a handler's bug...).
   *
   * @param cause what {@code exceptionCaught} received
   */
  public static WireFormatException formatError(Throwable cause) {
    if (cause instanceof WireFormatException e) {
      return e;
    }
    if (cause instanceof DecoderException && cause.getCause() instanceof WireFormatException e) {
      return e;
    }
    return null;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws WireFormatException {
    int n = in.readableBytes();
    if (n == 0) {
      return;
    }
    if (failed || ended) {
      in.skipBytes(n);
      return;
    }
    int from = in.readerIndex();
    // The runtime's decoder takes every byte it is given (an unfinished frame's are copied into
    // it), so Netty's cumulation is empty after each call and never holds a frame twice.
    in.skipBytes(n);
    try {
      if (in.nioBufferCount() == 1) {
        frames.decodeAll(in.internalNioBuffer(from, n), out::add);
      } else {
        for (ByteBuffer b : in.nioBuffers(from, n)) {
          frames.decodeAll(b, out::add);
        }
      }
    } catch (WireFormatException | RuntimeException e) {
      failed = true;
      throw e;
    }
  }

  @Override
  protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws WireFormatException {
    decode(ctx, in, out);
    if (!failed && !ended) {
      ended = true; // Netty calls this on input shutdown and again on channelInactive
      frames.finish();
    }
  }
}
