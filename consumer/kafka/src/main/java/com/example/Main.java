package com.example;

import dev.wiremessage.kafka.WireDeserializer;
import dev.wiremessage.kafka.WireSerde;
import dev.wiremessage.kafka.WireSerializer;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * docs/kafka.md's serializers as Kafka calls them, without a broker: a Quote serialized by a
 * serializer made with the codec, read back by a no-argument deserializer configured by class
 * name (as Kafka configures value.deserializer), a tombstone, and bad bytes.
 */
public final class Main {
  public static void main(String[] args) {
    Quote quote = new Quote("AAPL", 18942, 300, "XNAS");
    byte[] value = new WireSerializer<>(QuoteCodec.INSTANCE).serialize("quotes", quote);
    String hex = HexFormat.of().formatHex(value);
    System.out.println("Quote record value: " + hex);
    check(hex.equals("04" + "4141504c" + "00000000000049fe" + "0000012c" + "00000004" + "584e4153"),
        "docs/kafka.md's bytes (the payload, no frame header)");

    WireDeserializer<Quote> deserializer = new WireDeserializer<>();
    deserializer.configure(Map.of(WireSerde.VALUE_CODEC_CONFIG, "com.example.QuoteCodec"), false);
    Quote back = deserializer.deserialize("quotes", new RecordHeaders(), ByteBuffer.wrap(value));
    System.out.println("received " + back);
    check(quote.equals(back), "the message sent");
    check(deserializer.deserialize("quotes", (byte[]) null) == null, "a tombstone");
    try {
      deserializer.deserialize("quotes", new byte[] {4, 'A'});
      check(false, "an error for bad bytes");
    } catch (SerializationException e) {
      System.out.println("bad bytes: " + e.getMessage());
      check(WireDeserializer.formatError(e) != null, "a WireFormatException cause");
    }
    System.out.println("kafka consumer OK");
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("MISMATCH: not " + what);
    }
  }
}
