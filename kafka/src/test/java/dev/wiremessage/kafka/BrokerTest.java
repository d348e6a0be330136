package dev.wiremessage.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.kafka.Messages.Account;
import dev.wiremessage.kafka.Messages.Ledger;
import dev.wiremessage.kafka.Messages.Market;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireFormatException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a real broker in this JVM: Kafka's KRaft test kit, one combined broker and controller
 * node on 127.0.0.1 ephemeral ports, closed after the class. Producers and consumers are
 * Kafka's own clients with this module's serializers.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class BrokerTest {
  private static final WireSerde<Account> KEYS = WireSerde.of(Messages_AccountCodec.INSTANCE);
  private static final WireSerde<Market> MARKET = WireSerde.of(Messages_MarketCodec.INSTANCE);
  private static final Duration WAIT = Duration.ofSeconds(120);

  private static KafkaClusterTestKit cluster;

  @BeforeAll
  static void startBroker() throws Exception {
    cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
            .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
        .setConfigProp("offsets.topic.replication.factor", "1") // consumer groups on one node
        .setConfigProp("offsets.topic.num.partitions", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static void createTopic(String name, int partitions) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(60, TimeUnit.SECONDS);
      // Every partition with a leader before a producer starts: once (JDK 25, a clean CI run) a
      // producer that started earlier kept partition 0's first batches until they expired.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (true) {
        TopicDescription d;
        try {
          d = admin.describeTopics(List.of(name)).allTopicNames().get(60, TimeUnit.SECONDS).get(name);
        } catch (ExecutionException e) {
          // Just created: the broker's metadata may not list the topic yet (seen once under load).
          if (!(e.getCause() instanceof UnknownTopicOrPartitionException)
              || System.nanoTime() > deadline) {
            throw e;
          }
          Thread.sleep(50);
          continue;
        }
        if (d.partitions().size() == partitions && d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
          return;
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the partitions of " + name + " have no leader after 60 s: " + d);
        }
        Thread.sleep(50);
      }
    }
  }

  private static Map<String, Object> producerConfig() {
    Map<String, Object> p = new HashMap<>();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    return p;
  }

  private static Map<String, Object> consumerConfig(String group) {
    Map<String, Object> c = new HashMap<>();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    c.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
    return c;
  }

  private static long index(ConsumerRecord<?, ?> r) {
    return ByteBuffer.wrap(r.headers().lastHeader("n").value()).getLong();
  }

  private static byte[] header(long n) {
    return ByteBuffer.allocate(8).putLong(n).array();
  }

  @Test
  void hundredThousandMessagesOfAProtocolAcrossThreePartitionsArriveUnchanged() throws Exception {
    int count = 100_000;
    createTopic("market-100k", 3);
    ConcurrentLinkedQueue<Exception> sendErrors = new ConcurrentLinkedQueue<>();
    try (KafkaProducer<Account, Market> producer = new KafkaProducer<>(producerConfig(), KEYS.serializer(), MARKET.serializer())) {
      for (long n = 0; n < count; n++) {
        ProducerRecord<Account, Market> r = new ProducerRecord<>("market-100k", new Account(n % 1000), Messages.market(n));
        r.headers().add("n", header(n));
        producer.send(r, (meta, e) -> {
          if (e != null) {
            sendErrors.add(e);
          }
        });
      }
      producer.flush();
    }
    assertEquals(List.of(), List.copyOf(sendErrors));

    BitSet seen = new BitSet(count);
    Map<Account, Integer> partitionOfKey = new HashMap<>();
    Map<Account, Long> lastOfKey = new HashMap<>();
    int[] perPartition = new int[3];
    int received = 0;
    try (KafkaConsumer<Account, Market> consumer = new KafkaConsumer<>(consumerConfig("all"), KEYS.deserializer(), MARKET.deserializer())) {
      consumer.subscribe(List.of("market-100k"));
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (received < count && System.nanoTime() < deadline) {
        for (ConsumerRecord<Account, Market> r : consumer.poll(Duration.ofMillis(200))) {
          long n = index(r);
          assertEquals(new Account(n % 1000), r.key());
          assertEquals(Messages.market(n), r.value(), () -> "message " + n);
          assertEquals(MARKET.serializer().serialize("t", r.value()).length, r.serializedValueSize());
          assertTrue(!seen.get((int) n), () -> "message " + n + " twice");
          seen.set((int) n);
          // one key, one partition, in the order sent
          assertEquals(partitionOfKey.computeIfAbsent(r.key(), k -> r.partition()), r.partition());
          Long last = lastOfKey.put(r.key(), n);
          assertTrue(last == null || last < n, () -> "message " + n + " after " + last);
          perPartition[r.partition()]++;
          received++;
        }
      }
    }
    assertEquals(count, received);
    assertEquals(count, seen.cardinality());
    for (int p = 0; p < 3; p++) {
      assertTrue(perPartition[p] > count / 10, () -> "partitions: " + java.util.Arrays.toString(perPartition));
    }
  }

  @Test
  void poisonedRecordInTheMiddleIsReportedWithItsOffsetAndSkipped() throws Exception {
    createTopic("poisoned", 1);
    long poisonOffset;
    try (KafkaProducer<Account, Market> producer = new KafkaProducer<>(producerConfig(), KEYS.serializer(), MARKET.serializer());
         KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(producerConfig(), new ByteArraySerializer(), new ByteArraySerializer())) {
      for (long n = 0; n < 50; n++) {
        producer.send(new ProducerRecord<>("poisoned", new Account(n), Messages.market(n))).get();
      }
      // a Quote's tag, then a symbol of 4 bytes of which 1 is there
      poisonOffset = raw.send(new ProducerRecord<>("poisoned", KEYS.serializer().serialize("poisoned", new Account(50)),
          new byte[] {1, 4, 'A'})).get().offset();
      producer.send(new ProducerRecord<>("poisoned", new Account(51), null)).get(); // a tombstone
      for (long n = 52; n < 100; n++) {
        producer.send(new ProducerRecord<>("poisoned", new Account(n), Messages.market(n))).get();
      }
    }
    assertEquals(50, poisonOffset);

    // configured as Kafka Connect or the console tools configure it: class names and properties
    Map<String, Object> config = consumerConfig("skip");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, WireDeserializer.class.getName());
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, WireDeserializer.class.getName());
    config.put(WireSerde.KEY_CODEC_CONFIG, "dev.wiremessage.kafka.Messages_AccountCodec");
    config.put(WireSerde.VALUE_CODEC_CONFIG, "dev.wiremessage.kafka.Messages_MarketCodec");
    List<ConsumerRecord<Account, Market>> records = new ArrayList<>();
    List<RecordDeserializationException> reports = new ArrayList<>();
    try (KafkaConsumer<Account, Market> consumer = new KafkaConsumer<>(config)) {
      consumer.subscribe(List.of("poisoned"));
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (records.size() < 99 && System.nanoTime() < deadline) {
        try {
          consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        } catch (RecordDeserializationException e) {
          reports.add(e);
          consumer.seek(e.topicPartition(), e.offset() + 1); // skip it, go on
        }
      }
    }
    assertEquals(1, reports.size());
    RecordDeserializationException e = reports.get(0);
    assertEquals(new TopicPartition("poisoned", 0), e.topicPartition());
    assertEquals(poisonOffset, e.offset());
    assertEquals(RecordDeserializationException.DeserializationExceptionOrigin.VALUE, e.origin());
    SerializationException cause = assertInstanceOf(SerializationException.class, e.getCause());
    WireFormatException bad = assertInstanceOf(WireFormatException.class, cause.getCause());
    assertEquals(bad, WireDeserializer.formatError(e));
    assertEquals(ErrorCategory.MALFORMED, bad.category());
    assertEquals("Quote", bad.messageType());

    assertEquals(99, records.size());
    for (ConsumerRecord<Account, Market> r : records) {
      long n = r.key().id();
      assertEquals(n, r.offset()); // keys 0..49, the poison at 50 (key 50), the tombstone at 51, then 52..99
      assertTrue(r.offset() != poisonOffset);
      if (n == 51) {
        assertNull(r.value(), "the tombstone");
      } else {
        assertEquals(Messages.market(n), r.value());
      }
    }
  }

  @Test
  void streamsTopologyReadsOneProtocolAndWritesAnotherOnTheBroker(@TempDir Path state) throws Exception {
    createTopic(LedgerTopology.IN, 1);
    createTopic(LedgerTopology.OUT, 1);
    int count = 300;
    try (KafkaProducer<Account, Market> producer = new KafkaProducer<>(producerConfig(), KEYS.serializer(), MARKET.serializer());
         KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(producerConfig(), new ByteArraySerializer(), new ByteArraySerializer())) {
      for (long n = 0; n < count; n++) {
        if (n == count / 2) {
          raw.send(new ProducerRecord<>(LedgerTopology.IN, KEYS.serializer().serialize("k", new Account(0)), new byte[] {3, 0})).get();
        }
        producer.send(new ProducerRecord<>(LedgerTopology.IN, new Account(n), Messages.market(n)));
      }
      producer.flush();
    }

    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "ledger");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createDirectories(state.resolve("streams")).toString());
    p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");

    List<Ledger> out = new ArrayList<>();
    try (KafkaStreams streams = new KafkaStreams(LedgerTopology.build(KEYS), p);
         KafkaConsumer<Account, Ledger> consumer = new KafkaConsumer<>(consumerConfig("ledger-reader"),
             KEYS.deserializer(), WireSerde.of(Messages_LedgerCodec.INSTANCE).deserializer())) {
      streams.start();
      consumer.subscribe(Set.of(LedgerTopology.OUT));
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (out.size() < count && System.nanoTime() < deadline) {
        for (ConsumerRecord<Account, Ledger> r : consumer.poll(Duration.ofMillis(200))) {
          assertEquals(LedgerTopology.ledger(Messages.market(r.key().id())), r.value());
          out.add(r.value());
        }
      }
      assertEquals(KafkaStreams.State.RUNNING, streams.state(), "the poisoned record did not stop the application");
      double dropped = streams.metrics().entrySet().stream()
          .filter(m -> m.getKey().name().equals("dropped-records-total") && m.getKey().tags().containsKey("task-id"))
          .mapToDouble(m -> ((Number) m.getValue().metricValue()).doubleValue()).sum();
      assertEquals(1.0, dropped);
      streams.close(Duration.ofSeconds(30));
    }
    List<Ledger> expected = new ArrayList<>();
    for (long n = 0; n < count; n++) {
      expected.add(LedgerTopology.ledger(Messages.market(n)));
    }
    assertEquals(expected, out);
  }
}
