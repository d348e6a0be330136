package dev.wiremessage.benchmarks.codec;

import dev.wiremessage.benchmarks.Bench;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * An event carrying a JSON document of about 256 B or 4 KB: as opaque bytes, or parsed (wiremessageParsed, jackson).
 *
 * <p>Methods are {@code peer_operation}: {@code encode} into the peer's reused buffer,
 * {@code encodeArray} to a fresh {@code byte[]} frame, {@code decode} a prebuilt frame,
 * {@code roundTrip} (encode into the reused buffer, decode from it). Inputs rotate over
 * {@link Data#COUNT} prebuilt messages; JMH hands every returned value to a Blackhole. Only
 * the running method's peer is built, and {@code @Setup} checks that it round-trips every input.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class BlobBenchmark {
  @Param({"256", "4096"})
  public int size;

  private Peer<Object> peer;
  private Object[] messages;
  private byte[][] frames;
  private int i;

  @Setup
  public void setup(BenchmarkParams params) throws Exception {
    String name = Bench.peer(params);
    peer = BlobPeers.create(name);
    messages = Data.blobs(size, BlobPeers.parsed(name));
    peer.check(name, messages);
    frames = new byte[messages.length][];
    for (int k = 0; k < messages.length; k++) {
      frames[k] = peer.encodeArray(messages[k]);
    }
  }

  private int next() {
    return i = (i + 1) & (Data.COUNT - 1);
  }

  @Benchmark
  public int handwritten_encode() {
    return peer.encode(messages[next()]);
  }

  @Benchmark
  public byte[] handwritten_encodeArray() {
    return peer.encodeArray(messages[next()]);
  }

  @Benchmark
  public Object handwritten_decode() throws Exception {
    return peer.decode(frames[next()]);
  }

  @Benchmark
  public Object handwritten_roundTrip() throws Exception {
    return peer.roundTrip(messages[next()]);
  }
  @Benchmark
  public int wiremessage_encode() {
    return peer.encode(messages[next()]);
  }

  @Benchmark
  public byte[] wiremessage_encodeArray() {
    return peer.encodeArray(messages[next()]);
  }

  @Benchmark
  public Object wiremessage_decode() throws Exception {
    return peer.decode(frames[next()]);
  }

  @Benchmark
  public Object wiremessage_roundTrip() throws Exception {
    return peer.roundTrip(messages[next()]);
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
  @Benchmark
  public int protobuf_encode() {
    return peer.encode(messages[next()]);
  }

  @Benchmark
  public byte[] protobuf_encodeArray() {
    return peer.encodeArray(messages[next()]);
  }

  @Benchmark
  public Object protobuf_decode() throws Exception {
    return peer.decode(frames[next()]);
  }

  @Benchmark
  public Object protobuf_roundTrip() throws Exception {
    return peer.roundTrip(messages[next()]);
  }
  @Benchmark
  public int kryo_encode() {
    return peer.encode(messages[next()]);
  }

  @Benchmark
  public byte[] kryo_encodeArray() {
    return peer.encodeArray(messages[next()]);
  }

  @Benchmark
  public Object kryo_decode() throws Exception {
    return peer.decode(frames[next()]);
  }

  @Benchmark
  public Object kryo_roundTrip() throws Exception {
    return peer.roundTrip(messages[next()]);
  }
  @Benchmark
  public int fory_encode() {
    return peer.encode(messages[next()]);
  }

  @Benchmark
  public byte[] fory_encodeArray() {
    return peer.encodeArray(messages[next()]);
  }

  @Benchmark
  public Object fory_decode() throws Exception {
    return peer.decode(frames[next()]);
  }

  @Benchmark
  public Object fory_roundTrip() throws Exception {
    return peer.roundTrip(messages[next()]);
  }
  @Benchmark
  public int foryCompatible_encode() {
    return peer.encode(messages[next()]);
  }

  @Benchmark
  public byte[] foryCompatible_encodeArray() {
    return peer.encodeArray(messages[next()]);
  }

  @Benchmark
  public Object foryCompatible_decode() throws Exception {
    return peer.decode(frames[next()]);
  }

  @Benchmark
  public Object foryCompatible_roundTrip() throws Exception {
    return peer.roundTrip(messages[next()]);
  }
  @Benchmark
  public int jackson_encode() {
    return peer.encode(messages[next()]);
  }

  @Benchmark
  public byte[] jackson_encodeArray() {
    return peer.encodeArray(messages[next()]);
  }

  @Benchmark
  public Object jackson_decode() throws Exception {
    return peer.decode(frames[next()]);
  }

  @Benchmark
  public Object jackson_roundTrip() throws Exception {
    return peer.roundTrip(messages[next()]);
  }
}
