/**
 * Kafka serializers, deserializers and serdes for wiremessage codecs: {@code WireSerializer},
 * {@code WireDeserializer} and {@code WireSerde}. The Kafka clients are the application's to
 * bring ({@code kafka-clients} has no module descriptor: its automatic module name is
 * {@code kafka.clients}, from the jar's name).
 */
module dev.wiremessage.kafka {
  requires transitive dev.wiremessage.runtime;
  requires transitive kafka.clients;

  exports dev.wiremessage.kafka;
}
