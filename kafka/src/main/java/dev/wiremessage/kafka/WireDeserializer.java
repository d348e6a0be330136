package dev.wiremessage.kafka;

import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireFormatException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads each record's key or value as one payload of its codec (what {@link WireSerializer}
 * writes: no frame header). A {@code null} value (a tombstone) stays {@code null}.
 *
 * <h2>Bad bytes</h2>
 *
 * <p>Bytes that break the wire format (a record of another type, of a newer incompatible
 * version, or garbage) throw Kafka's {@link SerializationException}, whose
 * {@linkplain Throwable#getCause() cause} is the runtime's {@link WireFormatException} (its
 * category, record, component and offset), so Kafka's own handling applies:
 *
 * <ul>
 *   <li>{@code KafkaConsumer.poll} throws a
 *       {@link org.apache.kafka.common.errors.RecordDeserializationException} naming the
 *       partition and offset; records before it are returned first. Skip it with
 *       {@code consumer.seek(e.topicPartition(), e.offset() + 1)} and poll again;
 *       {@link #formatError(Throwable)} finds the {@code WireFormatException}.
 *   <li>Kafka Streams passes it to its {@code deserialization.exception.handler}:
 *       {@code LogAndContinueExceptionHandler} logs the record and skips it.
 * </ul>
 *
 * <p>The decoder never allocates more than the bytes the record holds, whatever a length
 * inside the payload claims. The consumer's {@code ByteBuffer} is decoded where it lies,
 * without copying it into an array first.
 *
 * <p>Construct it with a codec ({@code new WireDeserializer<>(QuoteCodec.INSTANCE)}), or with
 * no argument and the codec's class name in {@value WireSerde#VALUE_CODEC_CONFIG} (or
 * {@value WireSerde#KEY_CODEC_CONFIG}). Thread-safe once configured.
 *
 * @param <T> the message type: a record, or the sealed interface of a protocol
 */
public final class WireDeserializer<T> implements Deserializer<T> {
  private WireCodec<T> codec;

  /**
   * A deserializer whose codec {@link #configure(Map, boolean)} reads from the configs, for
   * {@code key.deserializer} / {@code value.deserializer} given as a class name.
   */
  public WireDeserializer() {}

  /**
   * A deserializer of {@code codec}'s payloads.
   *
   * @param codec the codec (a generated {@code XCodec.INSTANCE}), not null
   */
  public WireDeserializer(WireCodec<T> codec) {
    this.codec = Objects.requireNonNull(codec, "codec");
  }

  /**
   * Reads the codec from {@value WireSerde#KEY_CODEC_CONFIG} or
   * {@value WireSerde#VALUE_CODEC_CONFIG} when this deserializer was made without one;
   * otherwise does nothing.
   *
   * @param configs the client's configs
   * @param isKey whether this deserializer reads keys
   * @throws org.apache.kafka.common.config.ConfigException the property is missing or does not
   *     name a generated codec
   */
  @Override
  @SuppressWarnings("unchecked")
  public void configure(Map<String, ?> configs, boolean isKey) {
    if (codec == null) {
      codec = (WireCodec<T>) CodecConfig.codec(configs, isKey);
    }
  }

  /**
   * {@return the message whose payload is {@code data}, or null for a null {@code data}}
   *
   * @param topic the topic, named in errors
   * @param data one payload, consumed exactly; null for a tombstone
   * @throws SerializationException caused by a {@link WireFormatException} when {@code data}
   *     breaks the wire format
   */
  @Override
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    try {
      return codec().decode(data);
    } catch (WireFormatException e) {
      throw failure(topic, e);
    }
  }

  /**
   * {@return the message whose payload lies between {@code data}'s position and limit, or null
   * for a null {@code data}}: decoded in place (a heap buffer is not copied); the buffer's
   * position is left where it was.
   *
   * @param topic the topic, named in errors
   * @param headers the record's headers (not used)
   * @param data one payload, consumed exactly; null for a tombstone
   * @throws SerializationException caused by a {@link WireFormatException} when {@code data}
   *     breaks the wire format
   */
  @Override
  public T deserialize(String topic, Headers headers, ByteBuffer data) {
    if (data == null) {
      return null;
    }
    int position = data.position();
    try {
      return codec().decode(data);
    } catch (WireFormatException e) {
      throw failure(topic, e);
    } finally {
      data.position(position);
    }
  }

  private static SerializationException failure(String topic, WireFormatException e) {
    return new SerializationException("topic " + topic + ": " + e.getMessage(), e);
  }

  /**
   * {@return the {@link WireFormatException} in {@code e}'s chain of causes, or null}: for a
   * consumer's {@link org.apache.kafka.common.errors.RecordDeserializationException}, the
   * {@link SerializationException} this deserializer threw, or a Kafka Streams error.
   *
   * @param e what a consumer's {@code poll} or a handler received
   */
  public static WireFormatException formatError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof WireFormatException w) {
        return w;
      }
    }
    return null;
  }

  /**
   * {@return the codec}
   *
   * @throws IllegalStateException made without a codec and not configured yet
   */
  public WireCodec<T> codec() {
    WireCodec<T> c = codec;
    if (c == null) {
      throw new IllegalStateException("WireDeserializer: no codec (construct it with one, or call configure"
          + " with " + WireSerde.VALUE_CODEC_CONFIG + " or " + WireSerde.KEY_CODEC_CONFIG + ")");
    }
    return c;
  }

  @Override
  public String toString() {
    return "WireDeserializer[" + codec + "]";
  }
}
