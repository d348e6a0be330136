package dev.wiremessage.benchmarks.codec;

import dev.wiremessage.runtime.FrameDecoder;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.spi.FrameEncoder;
import dev.wiremessage.runtime.spi.AbstractWireCodec;
import java.nio.ByteBuffer;

/**
 * A generated codec through the paths the runtime's writers and readers use: frames encoded
 * into one reused buffer ({@code newFrameEncoder()}, what {@code FrameWriter} and
 * {@code ChannelFrameWriter} call) and decoded by a reused non-blocking {@link FrameDecoder}
 * (what {@code FrameReader} and a selector loop call); {@code toFrame}/{@code fromFrame} for
 * fresh arrays.
 */
public final class WirePeer<T> extends Peer<T> {
  private final AbstractWireCodec<T> codec;
  private final FrameEncoder<T> encoder;
  private final FrameDecoder<T> decoder;
  private ByteBuffer view = ByteBuffer.allocate(0);
  private int length;

  public WirePeer(AbstractWireCodec<T> codec) {
    this.codec = codec;
    this.encoder = codec.newFrameEncoder();
    this.decoder = codec.newDecoder();
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
    byte[] a = encoder.array();
    if (view.array() != a) {
      view = ByteBuffer.wrap(a);
    }
    int off = encoder.offset();
    view.limit(off + length).position(off);
    return decoder.decode(view);
  }
}
