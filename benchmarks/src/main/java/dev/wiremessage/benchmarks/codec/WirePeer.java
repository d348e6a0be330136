package dev.wiremessage.benchmarks.codec;

import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.spi.FrameEncoder;
import dev.wiremessage.runtime.spi.AbstractWireCodec;

/**
 * A generated codec as a user with their own buffers calls it, the hand-written floor's
 * operations one for one: frames encoded into one reused buffer ({@code newFrameEncoder()}, what
 * {@code FrameWriter} and {@code ChannelFrameWriter} call) and decoded where they lie
 * ({@code fromFrame(array, offset, length)}); {@code toFrame}/{@code fromFrame} for fresh
 * arrays. {@link DecoderPeer} decodes through the non-blocking {@code FrameDecoder} instead.
 */
public final class WirePeer<T> extends Peer<T> {
  private final AbstractWireCodec<T> codec;
  private final FrameEncoder<T> encoder;
  private int length;

  public WirePeer(AbstractWireCodec<T> codec) {
    this.codec = codec;
    this.encoder = codec.newFrameEncoder();
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
    return codec.fromFrame(frame);
  }

  @Override
  public T decodeLast() throws WireFormatException {
    return codec.fromFrame(encoder.array(), encoder.offset(), length);
  }
}
