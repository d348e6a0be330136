package dev.wiremessage.benchmarks.codec;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;

/**
 * Kryo 5 with every class registered (records through its {@code RecordSerializer}), one
 * reused {@link Output} and {@link Input}. A protocol (an interface) is written with its class id.
 */
public final class KryoPeer<T> extends Peer<T> {
  private final Kryo kryo = new Kryo();
  private final Class<T> type;
  private final boolean polymorphic;
  private final Output output = new Output(64 * 1024);
  private final Input input = new Input();

  public KryoPeer(Class<T> type, Class<?>... classes) {
    this.type = type;
    this.polymorphic = type.isInterface();
    kryo.setRegistrationRequired(true);
    kryo.setReferences(false);
    for (Class<?> c : classes) {
      kryo.register(c);
    }
    kryo.register(byte[].class);
  }

  @Override
  public int encode(T message) {
    output.reset();
    write(message);
    return output.position();
  }

  private void write(T message) {
    if (polymorphic) {
      kryo.writeClassAndObject(output, message);
    } else {
      kryo.writeObject(output, message);
    }
  }

  @Override
  public byte[] encodeArray(T message) {
    encode(message);
    return output.toBytes();
  }

  @Override
  public T decode(byte[] frame) {
    input.setBuffer(frame, 0, frame.length);
    return read();
  }

  @Override
  public T decodeLast() {
    input.setBuffer(output.getBuffer(), 0, output.position());
    return read();
  }

  private T read() {
    return polymorphic ? type.cast(kryo.readClassAndObject(input)) : kryo.readObject(input, type);
  }
}
