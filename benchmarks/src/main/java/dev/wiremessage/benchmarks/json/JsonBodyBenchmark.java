package dev.wiremessage.benchmarks.json;

import dev.wiremessage.runtime.JsonMapper;
import dev.wiremessage.runtime.WireCodec;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Format.JSON bodies (issue 14): the generated JSON code ({@code generated_}), the same codec
 * through the databind mapper it used before ({@code databindPath_}, {@code withJsonMapper(JsonMapper.jackson())}),
 * Jackson 3 databind alone on the body ({@code jackson_}, no framing), and hand-written code on
 * jackson-core's streaming API ({@code jacksonStreaming_}, no framing, no strictness: see {@link JacksonStreaming}). A frame is the 4-byte length and the body.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonBodyBenchmark {
  @Param({"data", "event"})
  public String message;

  private Object value;
  private WireCodec<Object> generated;
  private WireCodec<Object> databindPath;
  private tools.jackson.databind.ObjectReader jacksonReader;
  private tools.jackson.databind.ObjectWriter jacksonWriter;
  private byte[] frame;
  private byte[] body;
  private boolean isData;

  @SuppressWarnings("unchecked")
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    boolean data = message.equals("data");
    isData = data;
    value = data ? JsonModels.DATA : JsonModels.EVENT;
    generated = (WireCodec<Object>) (WireCodec<?>) (data ? JsonModels_DataCodec.INSTANCE : JsonModels_EventCodec.INSTANCE);
    databindPath = generated.withJsonMapper(JsonMapper.jackson());
    tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
    Class<?> type = value.getClass();
    jacksonReader = mapper.readerFor(type);
    jacksonWriter = mapper.writerFor(type);
    frame = generated.toFrame(value);
    body = java.util.Arrays.copyOfRange(frame, 4, frame.length);
    // every path reads every other path's bytes to the same value
    check(generated.fromFrame(databindPath.toFrame(value)));
    check(databindPath.fromFrame(frame));
    check(jacksonReader.readValue(body));
    check(generated.fromFrame(frame));
    check(JacksonStreaming.read(JacksonStreaming.write(value), data));
    check(JacksonStreaming.read(body, data));
  }

  private void check(Object read) {
    if (!value.equals(read)) {
      throw new IllegalStateException(message + ": read " + read + ", expected " + value);
    }
  }

  @Benchmark
  public byte[] generated_encode() {
    return generated.toFrame(value);
  }

  @Benchmark
  public Object generated_decode() throws Exception {
    return generated.fromFrame(frame);
  }

  @Benchmark
  public Object generated_roundTrip() throws Exception {
    return generated.fromFrame(generated.toFrame(value));
  }

  @Benchmark
  public byte[] databindPath_encode() {
    return databindPath.toFrame(value);
  }

  @Benchmark
  public Object databindPath_decode() throws Exception {
    return databindPath.fromFrame(frame);
  }

  @Benchmark
  public Object databindPath_roundTrip() throws Exception {
    return databindPath.fromFrame(databindPath.toFrame(value));
  }

  @Benchmark
  public byte[] jacksonStreaming_encode() {
    return JacksonStreaming.write(value);
  }

  @Benchmark
  public Object jacksonStreaming_decode() {
    return JacksonStreaming.read(body, isData);
  }

  @Benchmark
  public Object jacksonStreaming_roundTrip() {
    return JacksonStreaming.read(JacksonStreaming.write(value), isData);
  }

  @Benchmark
  public byte[] jackson_encode() {
    return jacksonWriter.writeValueAsBytes(value);
  }

  @Benchmark
  public Object jackson_decode() {
    return jacksonReader.readValue(body);
  }

  @Benchmark
  public Object jackson_roundTrip() {
    return jacksonReader.readValue(jacksonWriter.writeValueAsBytes(value));
  }
}
