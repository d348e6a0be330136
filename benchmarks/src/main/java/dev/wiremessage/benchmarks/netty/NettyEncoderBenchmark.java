package dev.wiremessage.benchmarks.netty;

import dev.wiremessage.Length;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;
import dev.wiremessage.netty.WireMessageEncoder;
import dev.wiremessage.runtime.spi.FrameEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
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

/**
 * The two ways wiremessage-netty can put a frame into the outbound (pooled, direct)
 * {@code ByteBuf}: {@code direct}, the encoder as it ships (the generated codec writes payload
 * and header straight into the buffer's memory through {@code FrameTarget}, a second writer);
 * {@code copy}, the array writer every other path uses, then one {@code writeBytes} of the
 * frame. The issue asks for one write path unless the numbers show the second pays for its
 * code: ns/op and B/op ({@code -prof gc}) at 32 B and 4 KiB frames decide.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class NettyEncoderBenchmark {
  /** A frame of {@code 4 + text} bytes: U32 header, then the text (REST: no length). */
  @WireMessage
  public record Chunk(long id, @Utf8(length = Length.REST) String text) {}

  /** The frame's size in bytes, header included. */
  @Param({"32", "4096"})
  public int frameBytes;

  private Chunk message;
  private ByteBuf out;
  private Encoder direct;
  private FrameEncoder<Chunk> frames;

  /** Exposes the shipped encoder's {@code encode}, which does not use its context. */
  static final class Encoder extends WireMessageEncoder<Chunk> {
    Encoder() {
      super(NettyEncoderBenchmark_ChunkCodec.INSTANCE, true);
    }

    void encodeInto(Chunk m, ByteBuf b) {
      encode(null, m, b);
    }
  }

  @Setup(Level.Trial)
  public void setup() {
    message = new Chunk(42, "x".repeat(frameBytes - 4 - 8));
    out = PooledByteBufAllocator.DEFAULT.directBuffer(2 * frameBytes);
    direct = new Encoder();
    frames = FrameEncoder.of(NettyEncoderBenchmark_ChunkCodec.INSTANCE);
    if (direct_encode() != frameBytes || copy_encode() != frameBytes) {
      throw new IllegalStateException("frame is not " + frameBytes + " bytes");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    out.release();
  }

  /** The shipped path: straight into the ByteBuf's memory. */
  @Benchmark
  public int direct_encode() {
    out.clear();
    direct.encodeInto(message, out);
    return out.writerIndex();
  }

  /** The array writer's frame, copied once into the ByteBuf. */
  @Benchmark
  public int copy_encode() {
    out.clear();
    int n = frames.encode(message);
    out.writeBytes(frames.array(), frames.offset(), n);
    return out.writerIndex();
  }
}
