package dev.wiremessage.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.benchmarks.codec.Data;
import dev.wiremessage.benchmarks.kafka.KafkaSerdeBenchmark;
import dev.wiremessage.benchmarks.model.Quote;
import dev.wiremessage.benchmarks.model.QuoteCodec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** KafkaSerdeBenchmark's setup check for every peer (no benchmark runs here). */
class KafkaPeersTest {
  @ParameterizedTest
  @ValueSource(strings = {"jackson", "wiremessageKafka", "codec"})
  void kafkaPeerRoundTrips(String peer) {
    new KafkaSerdeBenchmark().setup(peer, true);
    new KafkaSerdeBenchmark().setup(peer, false);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void theSerdeWritesTheCodecsPayload(boolean ascii) {
    for (Quote q : Data.quotes(ascii)) {
      assertArrayEquals(QuoteCodec.INSTANCE.encode(q), KafkaSerdeBenchmark.serializer("wiremessageKafka").serialize("t", q));
      String json = new String(KafkaSerdeBenchmark.serializer("jackson").serialize("t", q), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(json.startsWith("{\"symbol\":\"" + q.symbol() + "\","), json);
    }
  }
}
