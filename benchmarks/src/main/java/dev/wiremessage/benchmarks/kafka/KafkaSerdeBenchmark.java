package dev.wiremessage.benchmarks.kafka;

import dev.wiremessage.benchmarks.Bench;
import dev.wiremessage.benchmarks.codec.Data;
import dev.wiremessage.benchmarks.model.Quote;
import dev.wiremessage.benchmarks.model.QuoteCodec;
import dev.wiremessage.kafka.WireSerde;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Kafka record value's cost, as a producer and a consumer pay it, for the Quote record:
 *
 * <ul>
 *   <li>{@code jackson}: what a Kafka user has today, Jackson to a JSON string and Kafka's
 *       {@code StringSerializer} / {@code StringDeserializer} (the baseline of the ratios);
 *   <li>{@code wiremessageKafka}: {@code WireSerde.of(QuoteCodec.INSTANCE)};
 *   <li>{@code codec}: the codec's {@code encode(T)} / {@code decode(ByteBuffer)} without Kafka's
 *       interfaces, what the serde adds to.
 * </ul>
 *
 * <p>Operations: {@code encodeArray} is {@code Serializer.serialize(topic, headers, value)} (a
 * fresh {@code byte[]}, as the producer needs); {@code decode} is
 * {@code Deserializer.deserialize(topic, headers, ByteBuffer)} on a heap buffer, the call a
 * {@code KafkaConsumer} makes for each record; {@code roundTrip} is both.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class KafkaSerdeBenchmark {
  private static final String TOPIC = "quotes";

  @Param({"ascii", "nonAscii"})
  public String text;

  private Serializer<Quote> serializer;
  private Deserializer<Quote> deserializer;
  private final Headers headers = new RecordHeaders();
  private Quote[] messages;
  private ByteBuffer[] values;
  private int i;

  /** A peer by name: a serializer and a deserializer of Quote record values. */
  public static Serializer<Quote> serializer(String peer) {
    switch (peer) {
      case "jackson": {
        ObjectWriter writer = JsonMapper.builder().build().writerFor(Quote.class);
        StringSerializer strings = new StringSerializer();
        return (topic, q) -> q == null ? null : strings.serialize(topic, writer.writeValueAsString(q));
      }
      case "wiremessageKafka":
        return WireSerde.of(QuoteCodec.INSTANCE).serializer();
      case "codec":
        return (topic, q) -> QuoteCodec.INSTANCE.encode(q);
      default:
        throw new IllegalArgumentException(peer);
    }
  }

  /** The deserializer of {@link #serializer(String)}'s peer. */
  public static Deserializer<Quote> deserializer(String peer) {
    switch (peer) {
      case "jackson": {
        ObjectReader reader = JsonMapper.builder().build().readerFor(Quote.class);
        StringDeserializer strings = new StringDeserializer();
        return new Deserializer<>() {
          @Override
          public Quote deserialize(String topic, byte[] data) {
            return data == null ? null : reader.readValue(strings.deserialize(topic, data));
          }

          @Override
          public Quote deserialize(String topic, Headers headers, ByteBuffer data) {
            return data == null ? null : reader.readValue(strings.deserialize(topic, headers, data));
          }
        };
      }
      case "wiremessageKafka":
        return WireSerde.of(QuoteCodec.INSTANCE).deserializer();
      case "codec":
        return new Deserializer<>() {
          @Override
          public Quote deserialize(String topic, byte[] data) {
            return deserialize(topic, null, ByteBuffer.wrap(data));
          }

          @Override
          public Quote deserialize(String topic, Headers headers, ByteBuffer data) {
            try {
              int p = data.position();
              Quote q = QuoteCodec.INSTANCE.decode(data);
              data.position(p);
              return q;
            } catch (java.io.IOException e) {
              throw new IllegalStateException(e);
            }
          }
        };
      default:
        throw new IllegalArgumentException(peer);
    }
  }

  @Setup
  public void setup(BenchmarkParams params) {
    String peer = Bench.peer(params);
    setup(peer, text.equals("ascii"));
  }

  /** Builds the peer and its inputs, and checks that every message comes back equal. */
  public void setup(String peer, boolean ascii) {
    serializer = serializer(peer);
    deserializer = deserializer(peer);
    messages = Data.quotes(ascii);
    values = new ByteBuffer[messages.length];
    for (int k = 0; k < messages.length; k++) {
      byte[] v = serializer.serialize(TOPIC, headers, messages[k]);
      values[k] = ByteBuffer.wrap(Arrays.copyOf(v, v.length));
      Quote back = deserializer.deserialize(TOPIC, headers, values[k]);
      if (!messages[k].equals(back) || values[k].position() != 0) {
        throw new IllegalStateException(peer + ": " + messages[k] + " came back as " + back);
      }
    }
  }

  private int next() {
    return i = (i + 1) & (Data.COUNT - 1);
  }

  @Benchmark
  public byte[] jackson_encodeArray() {
    return serializer.serialize(TOPIC, headers, messages[next()]);
  }

  @Benchmark
  public Quote jackson_decode() {
    return deserializer.deserialize(TOPIC, headers, values[next()]);
  }

  @Benchmark
  public Quote jackson_roundTrip() {
    return deserializer.deserialize(TOPIC, headers, ByteBuffer.wrap(serializer.serialize(TOPIC, headers, messages[next()])));
  }

  @Benchmark
  public byte[] wiremessageKafka_encodeArray() {
    return serializer.serialize(TOPIC, headers, messages[next()]);
  }

  @Benchmark
  public Quote wiremessageKafka_decode() {
    return deserializer.deserialize(TOPIC, headers, values[next()]);
  }

  @Benchmark
  public Quote wiremessageKafka_roundTrip() {
    return deserializer.deserialize(TOPIC, headers, ByteBuffer.wrap(serializer.serialize(TOPIC, headers, messages[next()])));
  }

  @Benchmark
  public byte[] codec_encodeArray() {
    return serializer.serialize(TOPIC, headers, messages[next()]);
  }

  @Benchmark
  public Quote codec_decode() {
    return deserializer.deserialize(TOPIC, headers, values[next()]);
  }
}
