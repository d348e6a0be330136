package dev.wiremessage.kafka;

import dev.wiremessage.FixedInt;
import dev.wiremessage.Length;
import dev.wiremessage.Since;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;
import java.util.Optional;

/** Two versions of two messages, as producers and consumers built a year apart declare them. */
final class Versions {
  private Versions() {}

  /** Version 1 of an extensible message. */
  @WireMessage(extensible = true)
  record PriceV1(@Utf8(length = Length.U8) String symbol, @FixedInt(bytes = 8) long price) {}

  /** Version 2: a venue appended. */
  @WireMessage(extensible = true)
  record PriceV2(@Utf8(length = Length.U8) String symbol, @FixedInt(bytes = 8) long price,
                 @Since(2) Optional<String> venue) {}

  /** Version 1 of a message that is not extensible. */
  @WireMessage
  record TickV1(@Utf8(length = Length.U8) String symbol, @FixedInt(bytes = 8) long price) {}

  /** Its version 2. */
  @WireMessage
  record TickV2(@Utf8(length = Length.U8) String symbol, @FixedInt(bytes = 8) long price,
                @Since(2) Optional<String> venue) {}
}
