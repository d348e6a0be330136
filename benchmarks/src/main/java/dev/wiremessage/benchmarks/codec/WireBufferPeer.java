package dev.wiremessage.benchmarks.codec;

import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireFormatException;
import java.nio.ByteBuffer;

/**
 * A generated codec through the public {@link WireCodec} buffer methods: {@code encode(T, ByteBuffer)}
 * (the payload, into a reused heap buffer) and {@code decode(ByteBuffer)}.
 */
public final class WireBufferPeer<T> extends Peer<T> {
  private final WireCodec<T> codec;
  private final ByteBuffer buf = ByteBuffer.allocate(64 * 1024);

  public WireBufferPeer(WireCodec<T> codec) {
    this.codec = codec;
  }

  @Override
  public int encode(T message) {
    buf.clear();
    codec.encode(message, buf);
    return buf.position();
  }

  @Override
  public byte[] encodeArray(T message) {
    return codec.encode(message);
  }

  @Override
  public T decode(byte[] frame) throws WireFormatException {
    return codec.decode(frame);
  }

  @Override
  public T decodeLast() throws WireFormatException {
    buf.flip();
    return codec.decode(buf);
  }
}
