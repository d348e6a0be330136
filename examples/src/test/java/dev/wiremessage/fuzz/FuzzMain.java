package dev.wiremessage.fuzz;

/**
 * The same targets for Jazzer's command line ({@code examples/fuzz.sh}), where the number of
 * inputs ({@code -runs}) can be set: the target is the system property
 * {@code wiremessage.fuzz.target}, one of the {@link DecoderFuzzTest} method names, given to
 * {@code java} itself ({@code java -Dwiremessage.fuzz.target=jsonPayloads -cp ...
 * com.code_intelligence.jazzer.Jazzer}): Jazzer's {@code --jvm_args} do not reach this JVM.
 */
public final class FuzzMain {
  /** No default: a run of the wrong target must not pass for a run of this one. */
  private static final String TARGET = System.getProperty("wiremessage.fuzz.target", "");

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
