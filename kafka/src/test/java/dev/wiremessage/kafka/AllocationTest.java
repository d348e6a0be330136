package dev.wiremessage.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.kafka.Messages.Quote;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * Bytes allocated per record, measured on this thread after a warm-up: the serializer's only
 * array is the one Kafka is given (one copy out of the codec's scratch buffer), and the
 * deserializer decodes the consumer's buffer without copying it.
 */
class AllocationTest {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  /** A 2,000-byte venue: the payload's array dwarfs everything else a record allocates. */
  private static final Quote BIG = new Quote("AAPL", 18942, 300, "X".repeat(2000));
  private static final int ROUNDS = 5;
  private static final int PER_ROUND = 2000;

  /** The heap size of a byte[n]: a 16-byte header, padded to 8 bytes. */
  private static long arrayBytes(int n) {
    return (16 + n + 7) & ~7L;
  }

  @Test
  void serializerAllocatesOneArrayOfThePayloadsSizePerRecord() {
    WireSerializer<Quote> serializer = new WireSerializer<>(Messages_QuoteCodec.INSTANCE);
    int payload = serializer.serialize("t", BIG).length;
    assertEquals(2021, payload);
    long best = Long.MAX_VALUE;
    for (int round = 0; round < ROUNDS + 5; round++) {
      long before = THREADS.getCurrentThreadAllocatedBytes();
      long sink = 0;
      for (int i = 0; i < PER_ROUND; i++) {
        sink += serializer.serialize("t", BIG).length;
      }
      long perRecord = (THREADS.getCurrentThreadAllocatedBytes() - before) / PER_ROUND;
      assertEquals((long) payload * PER_ROUND, sink);
      best = Math.min(best, perRecord);
    }
    System.out.println("serialize: " + best + " B per record, payload array " + arrayBytes(payload));
    // one array of the payload's size, plus small change; a second copy would double it
    assertTrue(best < arrayBytes(payload) + 200, best + " B per record, an array is " + arrayBytes(payload));
  }

  @Test
  void deserializerDecodesTheConsumersBufferWithoutCopyingIt() {
    WireSerializer<Quote> serializer = new WireSerializer<>(Messages_QuoteCodec.INSTANCE);
    WireDeserializer<Quote> deserializer = new WireDeserializer<>(Messages_QuoteCodec.INSTANCE);
    byte[] value = serializer.serialize("t", BIG);
    ByteBuffer buffer = ByteBuffer.wrap(value);
    RecordHeaders headers = new RecordHeaders();
    long best = Long.MAX_VALUE;
    for (int round = 0; round < ROUNDS + 5; round++) {
      long before = THREADS.getCurrentThreadAllocatedBytes();
      long sink = 0;
      for (int i = 0; i < PER_ROUND; i++) {
        sink += deserializer.deserialize("t", headers, buffer).venue().length();
      }
      long perRecord = (THREADS.getCurrentThreadAllocatedBytes() - before) / PER_ROUND;
      assertEquals(2000L * PER_ROUND, sink);
      best = Math.min(best, perRecord);
    }
    System.out.println("deserialize(ByteBuffer): " + best + " B per record, value " + value.length);
    // the venue string (Latin-1: its 2,000 bytes) and the record; a copy of the value would add 2,048
    assertTrue(best < arrayBytes(2000) + 300, best + " B per record, a copy of the value is " + arrayBytes(value.length));
  }
}
