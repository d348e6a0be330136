package dev.wiremessage.benchmarks.codec;

import dev.wiremessage.benchmarks.model.Order;

/**
 * A protocol of three message types (NewOrder, Cancel, Fill) behind a tag, mixed 2:1:1.
 * The methods and settings are {@link CodecBenchmark}'s; this class adds the peers only it has.
 */
public class OrderBenchmark extends CodecBenchmark<Order> {

  @Override
  Peer<Order> peer(String name) throws Exception {
    return OrderPeers.create(name);
  }

  @Override
  Order[] messages(String name) {
    return Data.orders();
  }
}
