package dev.wiremessage.kafka;

import dev.wiremessage.runtime.WireCodec;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/**
 * A {@link WireSerializer} and a {@link WireDeserializer} of one codec, for Kafka Streams
 * ({@code Consumed.with}, {@code Produced.with}, {@code default.value.serde}) and for clients
 * that take a {@link Serde}.
 *
 * <pre>
 * Serde&lt;Quote&gt; quotes = WireSerde.of(QuoteCodec.INSTANCE);
 * builder.stream("quotes", Consumed.with(Serdes.String(), quotes))
 *        .mapValues(q -&gt; new Trade(q.symbol(), q.price()))
 *        .to("trades", Produced.with(Serdes.String(), WireSerde.of(TradeCodec.INSTANCE)));
 * </pre>
 *
 * <p>Record keys and values are the messages' payloads (see {@link WireSerializer}); a
 * {@code null} message is a {@code null} key or value both ways.
 *
 * @param <T> the message type: a record, or the sealed interface of a protocol
 */
public final class WireSerde<T> implements Serde<T> {
  /**
   * The config that names a record value's codec, for the no-argument classes: the class name
   * of a generated codec, such as {@code com.example.QuoteCodec} (or the {@code Class}).
   */
  public static final String VALUE_CODEC_CONFIG = "wiremessage.value.codec";

  /** The config that names a record key's codec, as {@link #VALUE_CODEC_CONFIG} does for values. */
  public static final String KEY_CODEC_CONFIG = "wiremessage.key.codec";

  private final WireSerializer<T> serializer;
  private final WireDeserializer<T> deserializer;

  /**
   * A serde whose codec {@link #configure(Map, boolean)} reads from the configs, for
   * {@code default.key.serde} / {@code default.value.serde} given as a class name.
   */
  public WireSerde() {
    this.serializer = new WireSerializer<>();
    this.deserializer = new WireDeserializer<>();
  }

  private WireSerde(WireCodec<T> codec) {
    this.serializer = new WireSerializer<>(codec);
    this.deserializer = new WireDeserializer<>(codec);
  }

  /**
   * {@return a serde of {@code codec}'s payloads}
   *
   * @param codec the codec (a generated {@code XCodec.INSTANCE}), not null
   * @param <T> the message type
   */
  public static <T> WireSerde<T> of(WireCodec<T> codec) {
    return new WireSerde<>(codec);
  }

  /**
   * Configures the serializer and the deserializer (see {@link WireSerializer#configure}).
   *
   * @param configs the client's configs
   * @param isKey whether this serde is for keys
   * @throws org.apache.kafka.common.config.ConfigException made without a codec, and the
   *     property is missing or does not name a generated codec
   */
  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    serializer.configure(configs, isKey);
    deserializer.configure(configs, isKey);
  }

  /** {@return the serializer (the same one each time)} */
  @Override
  public WireSerializer<T> serializer() {
    return serializer;
  }

  /** {@return the deserializer (the same one each time)} */
  @Override
  public WireDeserializer<T> deserializer() {
    return deserializer;
  }

  @Override
  public String toString() {
    return "WireSerde[" + serializer + ", " + deserializer + "]";
  }
}
