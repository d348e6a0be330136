package dev.wiremessage.fuzz;

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
    if (!Targets.NAMES.contains(TARGET)) {
      throw new IllegalArgumentException("wiremessage.fuzz.target: " + TARGET + " (expected one of " + Targets.NAMES + ")");
    }
  }

  public static void fuzzerTestOneInput(byte[] data) throws Exception {
    Targets.run(TARGET, data);
  }
}
