package dev.wiremessage.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing with Jazzer. In a normal {@code mvn verify} these run in regression
 * mode: each target replays its files in {@code src/test/resources/dev/wiremessage/fuzz/
 * DecoderFuzzTestInputs/<target>/} (seeds, and every crash ever found). With
 * {@code JAZZER_FUZZ=1} one target fuzzes for {@code maxDuration}
 * ({@code JAZZER_FUZZ=1 mvn -pl examples surefire:test -Dtest='DecoderFuzzTest#binaryPayloads'});
 * the long runs use {@link FuzzMain} through {@code examples/fuzz.sh}; see docs/reliability.md.
 * An input's format is {@link Targets}'s: a codec selector byte (and a chunk byte for streams),
 * then the bytes.
 */
class DecoderFuzzTest {
  static final String DICTIONARY = "/dev/wiremessage/fuzz/wiremessage.dict";

  @FuzzTest(maxDuration = "10s")
  @DictionaryFile(resourcePath = DICTIONARY)
  void lengthPrefixedFrames(byte[] data) throws Exception {
    Targets.run("lengthPrefixedFrames", data);
  }

  @FuzzTest(maxDuration = "10s")
  @DictionaryFile(resourcePath = DICTIONARY)
  void delimitedFrames(byte[] data) throws Exception {
    Targets.run("delimitedFrames", data);
  }

  @FuzzTest(maxDuration = "10s")
  @DictionaryFile(resourcePath = DICTIONARY)
  void protocolStreams(byte[] data) throws Exception {
    Targets.run("protocolStreams", data);
  }

  @FuzzTest(maxDuration = "10s")
  @DictionaryFile(resourcePath = DICTIONARY)
  void binaryPayloads(byte[] data) throws Exception {
    Targets.run("binaryPayloads", data);
  }

  @FuzzTest(maxDuration = "10s")
  @DictionaryFile(resourcePath = DICTIONARY)
  void jsonPayloads(byte[] data) throws Exception {
    Targets.run("jsonPayloads", data);
  }
}
