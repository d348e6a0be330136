package dev.wiremessage.benchmarks.codec;

import dev.wiremessage.runtime.FrameDecoder;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.spi.AbstractWireCodec;
import dev.wiremessage.runtime.spi.FrameEncoder;
import java.nio.ByteBuffer;

/**
 * A generated codec as a user with their own buffers calls it, the hand-written floor's
 * operations one for one: frames encoded into one reused buffer ({@code FrameEncoder.of(codec)}, what
 * {@code FrameWriter} and {@code ChannelFrameWriter} call) and decoded where they lie
 * ({@code fromFrame(array, offset, length)}); {@code toFrame}/{@code fromFrame} for fresh
 * arrays.
 *
 * <p>{@link #throughDecoder} decodes as a socket reader does instead: one reused non-blocking
 * {@link FrameDecoder} fed a {@link ByteBuffer} (what {@code FrameReader} and a selector loop
 * call), so its numbers add the decoder's state and the buffer's position and limit.
 */
public final class WirePeer<T> extends Peer<T> {
  private final AbstractWireCodec<T> codec;
  private final FrameEncoder<T> encoder;
  private final FrameDecoder<T> decoder; // null: fromFrame
  private ByteBuffer view = ByteBuffer.allocate(0);
  private int length;

  public WirePeer(AbstractWireCodec<T> codec) {
    this(codec, false);
  }

  private WirePeer(AbstractWireCodec<T> codec, boolean throughDecoder) {
    this.codec = codec;
    this.encoder = FrameEncoder.of(codec);
    this.decoder = throughDecoder ? codec.newDecoder() : null;
  }

  /** The peer that decodes through a {@link FrameDecoder}. */
  public static <T> WirePeer<T> throughDecoder(AbstractWireCodec<T> codec) {
    return new WirePeer<>(codec, true);
  }

  @Override
  public int encode(T message) {
    return length = encoder.encode(message);
  }

  @Override
  public byte[] encodeArray(T message) {
    return codec.toFrame(message);
  }

  @Override
  public T decode(byte[] frame) throws WireFormatException {
    return decoder == null ? codec.fromFrame(frame) : decoder.decode(ByteBuffer.wrap(frame));
  }

  @Override
  public T decodeLast() throws WireFormatException {
    byte[] a = encoder.array();
    int off = encoder.offset();
    if (decoder == null) {
      return codec.fromFrame(a, off, length);
    }
    if (view.array() != a) {
      view = ByteBuffer.wrap(a);
    }
    view.limit(off + length).position(off);
    return decoder.decode(view);
  }
}
