package dev.wiremessage.benchmarks.codec;

import dev.wiremessage.benchmarks.model.Quote;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * The Quote record (two short strings, a long, an int), ASCII and non-ASCII text.
 * The methods and settings are {@link CodecBenchmark}'s; this class adds the peers only it has.
 */
public class QuoteBenchmark extends CodecBenchmark<Quote> {
  @Param({"ascii", "nonAscii"})
  public String text;

  @Override
  Peer<Quote> peer(String name) throws Exception {
    return QuotePeers.create(name);
  }

  @Override
  Quote[] messages(String name) {
    return Data.quotes(text.equals("ascii"));
  }

  @Benchmark
  public int handwrittenByteBuffer_encode() {
    return peer.encode(messages[next()]);
  }

  @Benchmark
  public byte[] handwrittenByteBuffer_encodeArray() {
    return peer.encodeArray(messages[next()]);
  }

  @Benchmark
  public Object handwrittenByteBuffer_decode() throws Exception {
    return peer.decode(frames[next()]);
  }

  @Benchmark
  public Object handwrittenByteBuffer_roundTrip() throws Exception {
    return peer.roundTrip(messages[next()]);
  }

  @Benchmark
  public int wiremessageByteBuffer_encode() {
    return peer.encode(messages[next()]);
  }

  @Benchmark
  public byte[] wiremessageByteBuffer_encodeArray() {
    return peer.encodeArray(messages[next()]);
  }

  @Benchmark
  public Object wiremessageByteBuffer_decode() throws Exception {
    return peer.decode(frames[next()]);
  }

  @Benchmark
  public Object wiremessageByteBuffer_roundTrip() throws Exception {
    return peer.roundTrip(messages[next()]);
  }

  @Benchmark
  public Object wiremessageDecoder_roundTrip() throws Exception {
    return peer.roundTrip(messages[next()]);
  }
}
