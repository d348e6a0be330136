package dev.wiremessage.benchmarks.codec;

import dev.wiremessage.runtime.FrameDecoder;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.spi.AbstractWireCodec;
import dev.wiremessage.runtime.spi.FrameEncoder;
import java.nio.ByteBuffer;

/**
 * A generated codec as a socket reader drives it: frames encoded into one reused buffer, as
 * {@link WirePeer} does, and decoded by one reused non-blocking {@link FrameDecoder} from a
 * {@link ByteBuffer} (what {@code FrameReader} and a selector loop call), so its numbers add the
 * decoder's state and the buffer's position and limit to {@link WirePeer}'s.
 */
public final class DecoderPeer<T> extends Peer<T> {
  private final AbstractWireCodec<T> codec;
  private final FrameEncoder<T> encoder;
  private final FrameDecoder<T> decoder;
  private ByteBuffer view = ByteBuffer.allocate(0);
  private int length;

  public DecoderPeer(AbstractWireCodec<T> codec) {
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
    return decoder.decode(ByteBuffer.wrap(frame));
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
