package dev.wiremessage.benchmarks.codec;

import org.apache.fory.Fory;
import org.apache.fory.config.Language;
import org.apache.fory.memory.MemoryBuffer;

/**
 * Apache Fory (Java mode, classes registered, codegen on, no reference tracking) with one
 * reused {@link MemoryBuffer}. {@code compatible = false} is the schema-consistent mode, the
 * fair peer; {@code true} is its builder's default, which writes type metadata.
 */
public final class ForyPeer<T> extends Peer<T> {
  private final Fory fory;
  private final Class<T> type;
  private final MemoryBuffer buf = MemoryBuffer.newHeapBuffer(64 * 1024);
  private final MemoryBuffer in = MemoryBuffer.newHeapBuffer(16);

  public ForyPeer(boolean compatible, Class<T> type, Class<?>... classes) {
    this.type = type;
    var builder = Fory.builder()
        .withLanguage(Language.JAVA)
        .requireClassRegistration(true)
        .withRefTracking(false)
        .withCodegen(true)
        .withAsyncCompilation(false)
        .suppressClassRegistrationWarnings(true);
    if (!compatible) {
      builder.withCompatible(false);
    }
    this.fory = builder.build();
    for (Class<?> c : classes) {
      fory.register(c);
    }
  }

  @Override
  public int encode(T message) {
    buf.writerIndex(0);
    fory.serialize(buf, message);
    return buf.writerIndex();
  }

  @Override
  public byte[] encodeArray(T message) {
    return fory.serialize(message);
  }

  @Override
  public T decode(byte[] frame) {
    in.pointTo(frame, 0, frame.length);
    in.readerIndex(0);
    return type.cast(fory.deserialize(in));
  }

  @Override
  public T decodeLast() {
    buf.readerIndex(0);
    return type.cast(fory.deserialize(buf));
  }
}
