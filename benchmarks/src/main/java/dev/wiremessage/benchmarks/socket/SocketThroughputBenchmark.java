package dev.wiremessage.benchmarks.socket;

import dev.wiremessage.benchmarks.Bench;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Messages per second over one loopback connection: the benchmark thread sends batches of
 * {@value #BATCH} frames of {@code frameBytes} bytes, a receiver thread decodes and counts them;
 * TCP's flow control holds the sender to the receiver's pace. Methods are
 * {@code peer_transport}; one operation is one message.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class SocketThroughputBenchmark {
  static final int BATCH = 64;
  private static final int COUNT = 1024;

  @Param({"32", "128"})
  public int frameBytes;

  private Link link;
  private int next;

  /** How often the buffered writer flushes, in frames. */
  @State(Scope.Thread)
  public static class Flush {
    @Param({"1", "8", "64"})
    public int flushEvery;
  }

  @Setup(Level.Trial)
  public void open(BenchmarkParams params) throws Exception {
    link = Links.open(Bench.method(params), Links.quotes(COUNT, frameBytes));
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    link.close();
  }

  private int start() {
    int s = next;
    next = (s + BATCH) & (COUNT - 1);
    return s;
  }

  /** {@code QuoteCodec.write(socketOut, m)}: one write call per frame. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void wiremessage_writePerFrame() throws Exception {
    link.send(start(), BATCH, 1);
  }

  /** A FrameWriter flushed every 1, 8 or 64 frames. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void wiremessage_buffered(Flush flush) throws Exception {
    link.send(start(), BATCH, flush.flushEvery);
  }

  /** ChannelFrameWriter and a selector loop with the non-blocking FrameDecoder; flushed every 64 frames. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void wiremessage_nio() throws Exception {
    link.send(start(), BATCH, BATCH);
  }

  /** The floor: prebuilt frames through a 64 KiB BufferedOutputStream flushed every 64, a DataInputStream. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void handwritten_raw() throws Exception {
    link.send(start(), BATCH, BATCH);
  }

  /** Netty 4.2 NIO with LengthFieldPrepender / LengthFieldBasedFrameDecoder; flushed every 64 frames. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void netty_pipeline() throws Exception {
    link.send(start(), BATCH, BATCH);
  }
}
