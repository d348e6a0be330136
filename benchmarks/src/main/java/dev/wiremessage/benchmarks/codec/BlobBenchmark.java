package dev.wiremessage.benchmarks.codec;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * An event carrying a JSON document of about 256 B or 4 KB: as opaque bytes, or parsed (wiremessageParsed, jackson).
 * The methods and settings are {@link CodecBenchmark}'s; this class adds the peers only it has.
 */
public class BlobBenchmark extends CodecBenchmark<Object> {
  @Param({"256", "4096"})
  public int size;

  @Override
  Peer<Object> peer(String name) throws Exception {
    return BlobPeers.create(name);
  }

  @Override
  Object[] messages(String name) {
    return Data.blobs(size, BlobPeers.parsed(name));
  }

  @Benchmark
  public int wiremessageParsed_encode() {
    return peer.encode(messages[next()]);
  }

  @Benchmark
  public byte[] wiremessageParsed_encodeArray() {
    return peer.encodeArray(messages[next()]);
  }

  @Benchmark
  public Object wiremessageParsed_decode() throws Exception {
    return peer.decode(frames[next()]);
  }

  @Benchmark
  public Object wiremessageParsed_roundTrip() throws Exception {
    return peer.roundTrip(messages[next()]);
  }
}
