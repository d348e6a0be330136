package dev.wiremessage.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing with Jazzer. In a normal {@code mvn verify} these run in regression
 * mode: each target replays its seeds in {@code src/test/resources/dev/wiremessage/fuzz/
 * DecoderFuzzTestInputs/<target>/} (every crash ever found is kept there). With
 * {@code JAZZER_FUZZ=1} one target fuzzes for {@code maxDuration}
 * ({@code JAZZER_FUZZ=1 mvn -pl examples surefire:test -Dtest='DecoderFuzzTest#binaryPayloads'});
 * the long runs use {@link FuzzMain} through {@code examples/fuzz.sh}; see docs/reliability.md.
 */
class DecoderFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void lengthPrefixedFrames(FuzzedDataProvider data) throws Exception {
    Targets.lengthPrefixed(data.consumeInt(), data.consumeInts(4), data.consumeRemainingAsBytes());
  }

  @FuzzTest(maxDuration = "10s")
  void delimitedFrames(FuzzedDataProvider data) throws Exception {
    Targets.delimited(data.consumeInt(), data.consumeInts(4), data.consumeRemainingAsBytes());
  }

  @FuzzTest(maxDuration = "10s")
  void protocolStreams(FuzzedDataProvider data) throws Exception {
    Targets.protocolStreams(data.consumeInt(), data.consumeInts(4), data.consumeRemainingAsBytes());
  }

  @FuzzTest(maxDuration = "10s")
  void binaryPayloads(FuzzedDataProvider data) throws Exception {
    Targets.binaryPayloads(data.consumeInt(), data.consumeRemainingAsBytes());
  }

  @FuzzTest(maxDuration = "10s")
  void jsonPayloads(FuzzedDataProvider data) throws Exception {
    Targets.jsonPayloads(data.consumeInt(), data.consumeRemainingAsBytes());
  }
}
