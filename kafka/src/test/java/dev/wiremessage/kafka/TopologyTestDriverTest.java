package dev.wiremessage.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.kafka.Messages.Account;
import dev.wiremessage.kafka.Messages.Ledger;
import dev.wiremessage.kafka.Messages.Market;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;

/**
 * {@link LedgerTopology} in Kafka's TopologyTestDriver: Market in, Ledger out, keys through the
 * no-argument {@link WireSerde} configured as {@code default.key.serde}; a poisoned record
 * skipped by {@link LogAndContinueExceptionHandler} (and counted in {@code dropped-records-total}),
 * or failing the task without it.
 */
class TopologyTestDriverTest {
  private static Properties config(boolean logAndContinue) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "ledger-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, WireSerde.class.getName());
    p.put(WireSerde.KEY_CODEC_CONFIG, Messages_AccountCodec.class.getName());
    if (logAndContinue) {
      p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
    }
    return p;
  }

  @Test
  void readsOneProtocolAndWritesAnotherSkippingAPoisonedRecord() {
    WireSerde<Account> keys = WireSerde.of(Messages_AccountCodec.INSTANCE);
    try (TopologyTestDriver driver = new TopologyTestDriver(LedgerTopology.build(null), config(true))) {
      TestInputTopic<Account, Market> in = driver.createInputTopic(LedgerTopology.IN,
          keys.serializer(), WireSerde.of(Messages_MarketCodec.INSTANCE).serializer());
      TestInputTopic<byte[], byte[]> raw = driver.createInputTopic(LedgerTopology.IN,
          new ByteArraySerializer(), new ByteArraySerializer());
      TestOutputTopic<Account, Ledger> out = driver.createOutputTopic(LedgerTopology.OUT,
          keys.deserializer(), WireSerde.of(Messages_LedgerCodec.INSTANCE).deserializer());

      List<KeyValue<Account, Ledger>> expected = new ArrayList<>();
      for (long n = 0; n < 600; n++) {
        if (n == 300) { // a Quote tag, then a symbol of 4 bytes of which 1 is there
          raw.pipeInput(keys.serializer().serialize("market", new Account(1)), new byte[] {1, 4, 'A'});
        }
        if (n == 400) {
          in.pipeInput(new Account(7), null);
          expected.add(KeyValue.pair(new Account(7), null));
        }
        in.pipeInput(new Account(n % 10), Messages.market(n));
        expected.add(KeyValue.pair(new Account(n % 10), LedgerTopology.ledger(Messages.market(n))));
      }
      assertEquals(expected, out.readKeyValuesToList());
      assertEquals(1.0, dropped(driver));
    }
  }

  @Test
  void withoutAHandlerThePoisonedRecordFailsTheTaskWithTheFormatErrorInside() {
    WireSerde<Account> keys = WireSerde.of(Messages_AccountCodec.INSTANCE);
    try (TopologyTestDriver driver = new TopologyTestDriver(LedgerTopology.build(keys), config(false))) {
      TestInputTopic<byte[], byte[]> raw = driver.createInputTopic(LedgerTopology.IN,
          new ByteArraySerializer(), new ByteArraySerializer());
      StreamsException e = assertThrows(StreamsException.class,
          () -> raw.pipeInput(keys.serializer().serialize("market", new Account(1)), new byte[] {1, 4, 'A'}));
      SerializationException cause = assertInstanceOf(SerializationException.class, e.getCause());
      WireFormatException bad = WireDeserializer.formatError(e);
      assertNotNull(bad, () -> "no WireFormatException in " + e);
      assertEquals(ErrorCategory.MALFORMED, bad.category());
      assertTrue(cause.getMessage().startsWith("topic market: "), cause.getMessage());
    }
  }

  private static Object dropped(TopologyTestDriver driver) {
    for (var entry : driver.metrics().entrySet()) {
      if (entry.getKey().name().equals("dropped-records-total") && entry.getKey().tags().containsKey("task-id")) {
        Metric m = entry.getValue();
        return m.metricValue();
      }
    }
    return "no dropped-records-total metric";
  }
}
