package dev.wiremessage.kafka;

import dev.wiremessage.kafka.Messages.Account;
import dev.wiremessage.kafka.Messages.Activity;
import dev.wiremessage.kafka.Messages.Everything;
import dev.wiremessage.kafka.Messages.Fill;
import dev.wiremessage.kafka.Messages.Ledger;
import dev.wiremessage.kafka.Messages.Market;
import dev.wiremessage.kafka.Messages.Quote;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/** A Kafka Streams topology that reads one protocol (Market) and writes another (Ledger). */
final class LedgerTopology {
  static final String IN = "market";
  static final String OUT = "ledger";

  private LedgerTopology() {}

  /**
   * {@code IN} to {@code OUT}, each value mapped by {@link #ledger(Market)}.
   *
   * @param keys the key serde; null: {@code default.key.serde} from the Streams config
   */
  static Topology build(Serde<Account> keys) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(IN, Consumed.with(keys, WireSerde.of(Messages_MarketCodec.INSTANCE)))
        .mapValues(LedgerTopology::ledger)
        .to(OUT, Produced.with(keys, WireSerde.of(Messages_LedgerCodec.INSTANCE)));
    return builder.build();
  }

  /** A quote becomes a fill of its whole quantity; other messages an activity; a tombstone stays one. */
  static Ledger ledger(Market m) {
    if (m == null) {
      return null;
    }
    if (m instanceof Quote q) {
      return new Fill(q.symbol(), q.price() * q.qty());
    }
    if (m instanceof Everything e) {
      return new Activity(3, e.tags());
    }
    return new Activity(2, List.of());
  }
}
