package dev.wiremessage.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * The same targets for Jazzer's command line ({@code examples/fuzz.sh}), where the number of
 * inputs ({@code -runs}) can be set: the target is the system property
 * {@code wiremessage.fuzz.target}, one of the {@link DecoderFuzzTest} method names.
 */
public final class FuzzMain {
  private static final String TARGET = System.getProperty("wiremessage.fuzz.target", "binaryPayloads");

  private FuzzMain() {}

  /** Jazzer calls it once before fuzzing: the warm-up of {@link Targets} is not an input's time. */
  public static void fuzzerInitialize() {
    Targets.LENGTH_PREFIXED.size();
  }

  public static void fuzzerTestOneInput(FuzzedDataProvider data) throws Exception {
    switch (TARGET) {
      case "lengthPrefixedFrames" -> Targets.lengthPrefixed(data.consumeInt(), data.consumeInts(4), data.consumeRemainingAsBytes());
      case "delimitedFrames" -> Targets.delimited(data.consumeInt(), data.consumeInts(4), data.consumeRemainingAsBytes());
      case "protocolStreams" -> Targets.protocolStreams(data.consumeInt(), data.consumeInts(4), data.consumeRemainingAsBytes());
      case "binaryPayloads" -> Targets.binaryPayloads(data.consumeInt(), data.consumeRemainingAsBytes());
      case "jsonPayloads" -> Targets.jsonPayloads(data.consumeInt(), data.consumeRemainingAsBytes());
      default -> throw new IllegalArgumentException("wiremessage.fuzz.target: " + TARGET);
    }
  }
}
