package dev.wiremessage.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The layout descriptors are enough to speak the format. The success vectors of the
 * conformance files are compiled with the processor; then, from the descriptors the processor
 * wrote and nothing else (no Java class, no generated codec), {@link DescriptorEncoder}
 * rebuilds the frame of every vector that encodes (direction both or encode) from its
 * {@code value}, and {@link DescriptorDecoder} reads the {@code value} of every vector that
 * decodes (both or decode) from its frame, older and newer versions' frames included.
 */
class DescriptorCodecTest {
  @TempDir Path work;

  @TestFactory
  Stream<DynamicTest> rebuildsEveryFrameFromTheDescriptorsAlone() throws Exception {
    return perFile("encode", Vector::encodes, (v, encoder, type) -> {
      byte[] frame = encoder.frame(type, v.value());
      return Arrays.equals(frame, v.frame()) ? null : "wrote " + Hex.encode(frame) + ", expected " + Hex.encode(v.frame());
    });
  }

  @TestFactory
  Stream<DynamicTest> readsEveryValueFromTheDescriptorsAlone() throws Exception {
    return perFile("decode", Vector::decodes, (v, encoder, type) -> {
      DescriptorDecoder decoder = new DescriptorDecoder(encoder::descriptor);
      JsonNode value = decoder.frame(type, v.frame());
      return decoder.same(type, v.value(), value) ? null : "read " + value + ", expected " + v.value();
    });
  }

  /** One check of a vector: null when it holds, else what went wrong. */
  private interface Check {
    String apply(Vector v, DescriptorEncoder descriptors, String binaryName);
  }

  private Stream<DynamicTest> perFile(String what, Predicate<Vector> direction, Check check) throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    int i = 0;
    for (ConformanceTest.Source source : ConformanceTest.vectorsFiles()) {
      Path dir = work.resolve(what + i++);
      tests.add(DynamicTest.dynamicTest(source.name(), () -> run(source, dir, what, direction, check)));
    }
    return tests.stream();
  }

  private static void run(ConformanceTest.Source source, Path work, String what, Predicate<Vector> direction,
      Check check) {
    List<Vector> all = Conformance.parse(JsonMapper.builder().build().readTree(source.bytes()));
    Map<String, Vector> chosen = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Vector v = all.get(i);
      if (v.error() == null && direction.test(v) && v.frame().length > 0 && v.value() != null && !v.value().isNull()) {
        chosen.put(VectorCompiler.packageOf(i), v);
      }
    }
    assertTrue(!chosen.isEmpty(), "no vector to " + what + " in " + source.description());
    VectorCompiler.Result compiled = new VectorCompiler(work).compile(chosen);
    assertTrue(compiled.success(), "the vectors do not compile: " + compiled.describeErrors());
    DescriptorEncoder descriptors = new DescriptorEncoder(compiled.classes().resolve(VectorCompiler.DESCRIPTORS));

    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Vector> e : chosen.entrySet()) {
      Vector v = e.getValue();
      try {
        String problem = check.apply(v, descriptors, e.getKey() + "." + v.type());
        if (problem != null) {
          wrong.add(v.name() + ": " + problem);
        }
      } catch (RuntimeException ex) {
        wrong.add(v.name() + ": " + ex);
      }
    }
    wrong.forEach(w -> System.out.println("DESCRIPTOR FAIL (" + what + ") " + w));
    System.out.println("descriptors alone: " + what + "d " + (chosen.size() - wrong.size()) + " of " + chosen.size()
        + " vectors (" + source.name() + ")");
    assertEquals(List.of(), wrong);
  }
}
