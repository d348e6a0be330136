package dev.wiremessage.kafka;

import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireEncodeException;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes each message as its codec's payload: the bytes of the wire format's components, with
 * no frame header (a Kafka record carries its own length). A {@code null} message (a
 * tombstone) stays {@code null}.
 *
 * <pre>
 * new Quote("AAPL", 18942, 300, "XNAS")
 *   -&gt; record value, 25 bytes:
 *      04 41 41 50 4C | 00 00 00 00 00 00 49 FE | 00 00 01 2C | 00 00 00 04 58 4E 41 53
 *      (the frame on a socket would have 00 00 00 19 in front)
 * </pre>
 *
 * <p>The payload is written into the codec's per-thread scratch buffer and copied once into
 * the array Kafka is given, of the payload's exact size: one copy per record. A message that
 * cannot be encoded (a null component, a value out of range) fails {@code send} with Kafka's
 * {@link SerializationException}, whose cause is the runtime's {@link WireEncodeException}.
 *
 * <p>Construct it with a codec ({@code new WireSerializer<>(QuoteCodec.INSTANCE)}), or, where
 * Kafka instantiates it from a class name, with no argument and the codec's class name in
 * {@value WireSerde#VALUE_CODEC_CONFIG} (or {@value WireSerde#KEY_CODEC_CONFIG} for keys).
 * Thread-safe once configured: a producer may share it across threads.
 *
 * @param <T> the message type: a record, or the sealed interface of a protocol
 */
public final class WireSerializer<T> implements Serializer<T> {
  private WireCodec<T> codec;

  /**
   * A serializer whose codec {@link #configure(Map, boolean)} reads from the configs, for
   * {@code key.serializer} / {@code value.serializer} given as a class name.
   */
  public WireSerializer() {}

  /**
   * A serializer of {@code codec}'s payloads.
   *
   * @param codec the codec (a generated {@code XCodec.INSTANCE}), not null
   */
  public WireSerializer(WireCodec<T> codec) {
    this.codec = Objects.requireNonNull(codec, "codec");
  }

  /**
   * Reads the codec from {@value WireSerde#KEY_CODEC_CONFIG} or
   * {@value WireSerde#VALUE_CODEC_CONFIG} when this serializer was made without one;
   * otherwise does nothing.
   *
   * @param configs the client's configs
   * @param isKey whether this serializer writes keys
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
   * {@return the payload of {@code data}, or null for a null {@code data}}
   *
   * @param topic the topic, named in errors
   * @param data the message; null for a tombstone
   * @throws SerializationException caused by a {@link WireEncodeException} when {@code data}
   *     cannot be encoded
   * @throws IllegalStateException this serializer was made without a codec and not configured
   */
  @Override
  public byte[] serialize(String topic, T data) {
    if (data == null) {
      return null;
    }
    try {
      return codec().encode(data);
    } catch (WireEncodeException e) {
      throw new SerializationException("topic " + topic + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@return the codec}
   *
   * @throws IllegalStateException made without a codec and not configured yet
   */
  public WireCodec<T> codec() {
    WireCodec<T> c = codec;
    if (c == null) {
      throw new IllegalStateException("WireSerializer: no codec (construct it with one, or call configure"
          + " with " + WireSerde.VALUE_CODEC_CONFIG + " or " + WireSerde.KEY_CODEC_CONFIG + ")");
    }
    return c;
  }

  @Override
  public String toString() {
    return "WireSerializer[" + codec + "]";
  }
}
