package dev.wiremessage.benchmarks.codec;

import dev.wiremessage.benchmarks.Bench;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * What every codec benchmark shares: the settings, the inputs, the {@code @Setup} that builds
 * and checks only the running method's peer, and the methods of the peers every message has.
 *
 * <p>Methods are {@code peer_operation}: {@code encode} into the peer's reused buffer,
 * {@code encodeArray} to a fresh {@code byte[]} frame, {@code decode} a prebuilt frame,
 * {@code roundTrip} (encode into the reused buffer, decode from it). Inputs rotate over
 * {@link Data#COUNT} prebuilt messages; JMH hands every returned value to a Blackhole. A
 * subclass names the message, its parameters, and the peers only it has.
 *
 * @param <M> the message type
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public abstract class CodecBenchmark<M> {
  protected Peer<M> peer;
  protected M[] messages;
  protected byte[][] frames;
  private int i;

  /** The peer named {@code name} for this message. */
  abstract Peer<M> peer(String name) throws Exception;

  /** The inputs for the peer named {@code name}. */
  abstract M[] messages(String name);

  @Setup
  public void setup(BenchmarkParams params) throws Exception {
    String name = Bench.peer(params);
    peer = peer(name);
    messages = messages(name);
    peer.check(name, messages);
    frames = new byte[messages.length][];
    for (int k = 0; k < messages.length; k++) {
      frames[k] = peer.encodeArray(messages[k]);
    }
  }

  protected final int next() {
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
