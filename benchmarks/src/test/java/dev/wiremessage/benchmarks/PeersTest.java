package dev.wiremessage.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.benchmarks.codec.BlobPeers;
import dev.wiremessage.benchmarks.codec.Data;
import dev.wiremessage.benchmarks.codec.OrderPeers;
import dev.wiremessage.benchmarks.codec.Peer;
import dev.wiremessage.benchmarks.codec.QuotePeers;
import dev.wiremessage.benchmarks.model.BlobOpaque;
import dev.wiremessage.benchmarks.model.Order;
import dev.wiremessage.benchmarks.model.Quote;
import dev.wiremessage.benchmarks.model.QuoteCodec;
import dev.wiremessage.benchmarks.socket.Link;
import dev.wiremessage.benchmarks.socket.Links;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs what each benchmark's {@code @Setup} checks, once, so that the build catches a peer
 * that no longer round-trips (no benchmark runs here), and sends a few thousand messages over
 * every socket link.
 */
class PeersTest {
  static Stream<String> quotePeers() {
    return Arrays.stream(QuotePeers.NAMES);
  }

  @ParameterizedTest
  @MethodSource("quotePeers")
  void quotePeerRoundTrips(String name) throws Exception {
    for (boolean ascii : new boolean[] {true, false}) {
      Peer<Quote> peer = QuotePeers.create(name);
      peer.check(name, Data.quotes(ascii));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"handwritten", "handwrittenByteBuffer"})
  void theFloorWritesWiremessagesBytes(String name) throws Exception {
    Peer<Quote> peer = QuotePeers.create(name);
    for (Quote q : Data.quotes(false)) {
      byte[] frame = peer.encodeArray(q);
      assertTrue(Arrays.equals(QuoteCodec.INSTANCE.toFrame(q), frame), name + " " + q);
      assertEquals(q, QuoteCodec.INSTANCE.fromFrame(frame));
    }
  }

  static Stream<String> blobPeers() {
    return Arrays.stream(BlobPeers.NAMES);
  }

  @ParameterizedTest
  @MethodSource("blobPeers")
  void blobPeerRoundTrips(String name) throws Exception {
    for (int size : new int[] {256, 4096}) {
      Object[] messages = Data.blobs(size, BlobPeers.parsed(name));
      BlobPeers.create(name).check(name, messages);
      if (!BlobPeers.parsed(name)) {
        int length = ((BlobOpaque) messages[0]).data().length;
        assertTrue(length >= size - 40 && length <= size + 40, "document of " + length + " bytes for " + size);
      }
    }
  }

  static Stream<String> orderPeers() {
    return Arrays.stream(OrderPeers.NAMES);
  }

  @ParameterizedTest
  @MethodSource("orderPeers")
  void orderPeerRoundTrips(String name) throws Exception {
    Peer<Order> peer = OrderPeers.create(name);
    peer.check(name, Data.orders());
  }

  @ParameterizedTest
  @ValueSource(strings = {"wiremessage_writePerFrame", "wiremessage_buffered", "wiremessage_nio", "handwritten_raw",
    "netty_pipeline"})
  void linkDeliversEveryMessage(String method) throws Exception {
    Quote[] messages = Links.quotes(1024, 32);
    assertEquals(32, QuoteCodec.INSTANCE.toFrame(messages[0]).length);
    try (Link link = Links.open(method, messages)) {
      for (int round = 0; round < 20; round++) {
        link.send((round * 64) & 1023, 64, 8);
      }
      link.sendAndAwait(5); // waits for all 1281
    }
  }
}
