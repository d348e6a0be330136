package dev.wiremessage.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wiremessage.kafka.Versions.PriceV1;
import dev.wiremessage.kafka.Versions.PriceV2;
import dev.wiremessage.kafka.Versions.TickV1;
import dev.wiremessage.kafka.Versions.TickV2;
import dev.wiremessage.runtime.ErrorCategory;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * docs/kafka.md's evolution section, record value by record value: what a consumer of one
 * version makes of a value a producer of another version wrote (the value is the payload, and
 * the payload ends where the record ends).
 */
class EvolutionOnATopicTest {
  private static <T> T consume(WireDeserializer<T> d, byte[] value) {
    return d.deserialize("prices", new RecordHeaders(), ByteBuffer.wrap(value));
  }

  @Test
  void newConsumersReadOldRecordsWithTheNewComponentsAbsent() {
    byte[] old = new WireSerializer<>(Versions_PriceV1Codec.INSTANCE).serialize("prices", new PriceV1("AAPL", 18942));
    assertEquals(new PriceV2("AAPL", 18942, Optional.empty()), consume(new WireDeserializer<>(Versions_PriceV2Codec.INSTANCE), old));
    byte[] oldTick = new WireSerializer<>(Versions_TickV1Codec.INSTANCE).serialize("ticks", new TickV1("AAPL", 1));
    assertEquals(new TickV2("AAPL", 1, Optional.empty()), consume(new WireDeserializer<>(Versions_TickV2Codec.INSTANCE), oldTick));
  }

  @Test
  void oldConsumersOfAnExtensibleMessageSkipWhatNewProducersAppended() {
    byte[] value = new WireSerializer<>(Versions_PriceV2Codec.INSTANCE)
        .serialize("prices", new PriceV2("AAPL", 18942, Optional.of("XNAS")));
    assertEquals(new PriceV1("AAPL", 18942), consume(new WireDeserializer<>(Versions_PriceV1Codec.INSTANCE), value));
  }

  @Test
  void oldConsumersOfAMessageThatIsNotExtensibleGetABadRecord() {
    byte[] value = new WireSerializer<>(Versions_TickV2Codec.INSTANCE)
        .serialize("ticks", new TickV2("AAPL", 1, Optional.of("XNAS")));
    SerializationException e = assertThrows(SerializationException.class,
        () -> consume(new WireDeserializer<>(Versions_TickV1Codec.INSTANCE), value));
    assertEquals(ErrorCategory.MALFORMED, WireDeserializer.formatError(e).category());
    // a new record whose new component is absent still has the presence byte: old consumers reject it too
    byte[] absent = new WireSerializer<>(Versions_TickV2Codec.INSTANCE).serialize("ticks", new TickV2("AAPL", 1, Optional.empty()));
    assertThrows(SerializationException.class, () -> consume(new WireDeserializer<>(Versions_TickV1Codec.INSTANCE), absent));
  }
}
