package dev.wiremessage.benchmarks.socket;

import dev.wiremessage.benchmarks.Bench;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * One-way latency of one message on an idle connection (JMH's sample mode gives p50 and p99):
 * the benchmark thread sends one frame and flushes, then spins until the receiver thread has
 * decoded it. Every buffered writer flushes after each frame here, so the buffered variants
 * reduce to one flush per frame; the same links as {@link SocketThroughputBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class SocketLatencyBenchmark {
  private static final int COUNT = 1024;

  @Param({"32", "128"})
  public int frameBytes;

  private Link link;
  private int next;

  @Setup(Level.Trial)
  public void open(BenchmarkParams params) throws Exception {
    link = Links.open(Bench.method(params), Links.quotes(COUNT, frameBytes));
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    link.close();
  }

  private int index() {
    return next = (next + 1) & (COUNT - 1);
  }

  @Benchmark
  public void wiremessage_writePerFrame() throws Exception {
    link.sendAndAwait(index());
  }

  @Benchmark
  public void wiremessage_buffered() throws Exception {
    link.sendAndAwait(index());
  }

  @Benchmark
  public void wiremessage_nio() throws Exception {
    link.sendAndAwait(index());
  }

  @Benchmark
  public void handwritten_raw() throws Exception {
    link.sendAndAwait(index());
  }

  @Benchmark
  public void netty_pipeline() throws Exception {
    link.sendAndAwait(index());
  }
}
