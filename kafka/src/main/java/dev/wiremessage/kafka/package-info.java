/**
 * Kafka 4 serialization for any wiremessage codec: {@link dev.wiremessage.kafka.WireSerializer}
 * (a message to its payload), {@link dev.wiremessage.kafka.WireDeserializer} (a payload to its
 * message; bad bytes as Kafka's {@code SerializationException} caused by the
 * {@code WireFormatException}) and {@link dev.wiremessage.kafka.WireSerde} (both, for Kafka
 * Streams). A record's key or value is the message's payload, without a frame header: Kafka
 * records are delimited already.
 */
package dev.wiremessage.kafka;
