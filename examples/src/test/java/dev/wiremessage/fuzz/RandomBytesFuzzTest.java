package dev.wiremessage.fuzz;

import dev.wiremessage.properties.Codecs;
import dev.wiremessage.runtime.WireCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A short, deterministic fuzz run in every build: for each target, a fixed number of inputs
 * from a seeded generator, through the same {@link Oracle} as the Jazzer fuzz tests. Not
 * coverage-guided; its inputs are random bytes, valid encodings of random values, and those
 * encodings mutated (bytes flipped, cut, repeated, lengths set to extremes), so they get past
 * the first check of a header or a count. A failure prints the seed and the input.
 */
class RandomBytesFuzzTest {
  static final int INPUTS = Integer.getInteger("wiremessage.fuzz.inputs", 4000);
  static final long SEED = Long.getLong("wiremessage.fuzz.seed", 0x5EEDL);

  interface Target {
    void run(int selector, int[] chunks, byte[] input) throws Exception;
  }

  @Test
  void lengthPrefixedFrames() throws Exception {
    run("lengthPrefixedFrames", Targets::lengthPrefixed, framesOf(Targets.LENGTH_PREFIXED));
  }

  @Test
  void delimitedFrames() throws Exception {
    run("delimitedFrames", Targets::delimited, framesOf(Targets.DELIMITED));
  }

  @Test
  void protocolStreams() throws Exception {
    run("protocolStreams", Targets::protocolStreams, framesOf(Targets.PROTOCOLS));
  }

  @Test
  void binaryPayloads() throws Exception {
    run("binaryPayloads", (s, c, in) -> Targets.binaryPayloads(s, in), Codecs.samplePayloads(Targets.BINARY));
  }

  @Test
  void jsonPayloads() throws Exception {
    run("jsonPayloads", (s, c, in) -> Targets.jsonPayloads(s, in), Codecs.samplePayloads(Targets.JSON));
  }

  /** Valid streams to mutate: a few frames of each codec, from messages decoded out of random bytes. */
  private static List<List<byte[]>> framesOf(List<WireCodec<?>> codecs) {
    List<List<byte[]>> out = new ArrayList<>();
    for (WireCodec<?> c : codecs) {
      out.add(Samples.frames(c));
    }
    return out;
  }

  private static void run(String name, Target target, List<List<byte[]>> valid) throws Exception {
    SplittableRandom random = new SplittableRandom(SEED ^ name.hashCode());
    for (int i = 0; i < INPUTS; i++) {
      int selector = random.nextInt(1 << 16);
      List<byte[]> pool = valid.get(Math.floorMod(selector, valid.size()));
      byte[] input = Mutator.input(random, pool);
      int[] chunks = random.ints(4, 0, 1 << 16).toArray();
      try {
        target.run(selector, chunks, input);
      } catch (Throwable t) {
        throw new AssertionError(name + " input " + i + " (seed " + SEED + ", selector " + selector + "): "
            + java.util.HexFormat.of().formatHex(input), t);
      }
    }
  }
}
