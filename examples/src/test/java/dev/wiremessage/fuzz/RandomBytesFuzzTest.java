package dev.wiremessage.fuzz;

import dev.wiremessage.runtime.WireCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A short, deterministic fuzz run in every build: for each target, a fixed number of inputs
 * from a seeded generator, through the same {@link Oracle} as the Jazzer fuzz tests. Not
 * coverage-guided; its inputs are random bytes, valid encodings of random values and the
 * target's seed files, and those mutated (bytes flipped, cut, repeated, lengths set to
 * extremes, dictionary tokens written in), so they get past the first check of a header or a
 * count. A failure prints the seed and the input in the targets' format: save its bytes as a
 * file in {@code DecoderFuzzTestInputs/<target>/} and every build replays it.
 */
class RandomBytesFuzzTest {
  static final int INPUTS = Integer.getInteger("wiremessage.fuzz.inputs", 4000);
  static final long SEED = Long.getLong("wiremessage.fuzz.seed", 0x5EEDL);
  /** {@code -Dwiremessage.fuzz.keepGoing=true}: run every input and list all that failed, not only the first. */
  static final boolean KEEP_GOING = Boolean.getBoolean("wiremessage.fuzz.keepGoing");

  @Test
  void lengthPrefixedFrames() throws Exception {
    run("lengthPrefixedFrames");
  }

  @Test
  void delimitedFrames() throws Exception {
    run("delimitedFrames");
  }

  @Test
  void protocolStreams() throws Exception {
    run("protocolStreams");
  }

  @Test
  void binaryPayloads() throws Exception {
    run("binaryPayloads");
  }

  @Test
  void jsonPayloads() throws Exception {
    run("jsonPayloads");
  }

  /** Per codec of the target: valid frames or payloads, and the seed files that select it. */
  private static List<List<byte[]>> pools(String target) {
    List<WireCodec<?>> codecs = Targets.codecs(target);
    List<List<byte[]>> pools = new ArrayList<>();
    for (WireCodec<?> c : codecs) {
      pools.add(new ArrayList<>(Targets.isStream(target) ? Samples.frames(c) : Samples.payloads(c)));
    }
    int skip = Targets.isStream(target) ? 2 : 1;
    for (byte[] seed : seeds(target)) {
      if (seed.length >= skip) {
        pools.get((seed[0] & 0xFF) % codecs.size()).add(java.util.Arrays.copyOfRange(seed, skip, seed.length));
      }
    }
    return pools;
  }

  /** The target's seed files ({@code seed-*}) in the regression inputs. */
  static List<byte[]> seeds(String target) {
    try {
      var url = RandomBytesFuzzTest.class.getResource("DecoderFuzzTestInputs/" + target);
      if (url == null) {
        return List.of();
      }
      try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
        return files.filter(f -> f.getFileName().toString().startsWith("seed-")).sorted().map(f -> {
          try {
            return Files.readAllBytes(f);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }).toList();
      }
    } catch (IOException | URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private static void run(String name) throws Exception {
    List<List<byte[]>> valid = pools(name);
    SplittableRandom random = new SplittableRandom(SEED ^ name.hashCode());
    boolean stream = Targets.isStream(name);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < INPUTS; i++) {
      int selector = random.nextInt(256);
      List<byte[]> pool = valid.get(selector % valid.size());
      byte[] input = Mutator.input(random, pool);
      int head = stream ? 2 : 1;
      byte[] data = new byte[head + input.length];
      data[0] = (byte) selector;
      if (stream) {
        data[1] = (byte) random.nextInt(256);
      }
      System.arraycopy(input, 0, data, head, input.length);
      try {
        Targets.run(name, data);
      } catch (Throwable t) {
        AssertionError e = new AssertionError(name + " input " + i + " (seed " + SEED + "): " + HexFormat.of().formatHex(data), t);
        if (!KEEP_GOING) {
          throw e;
        }
        failures.add(e.getMessage() + "\n  " + t);
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(failures.size() + " of " + INPUTS + " inputs failed:\n" + String.join("\n", failures));
    }
  }
}
