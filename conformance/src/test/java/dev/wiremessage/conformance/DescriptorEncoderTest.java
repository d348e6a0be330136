package dev.wiremessage.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The layout descriptors are enough to speak the format: every success vector of the
 * conformance files with a frame and a value to encode (direction both or encode) is compiled
 * with the processor, and {@link DescriptorEncoder} rebuilds its frame from the descriptors the
 * processor wrote and the vector's {@code value} only, never through the generated codec.
 */
class DescriptorEncoderTest {
  @TempDir Path work;

  @TestFactory
  Stream<DynamicTest> rebuildsEveryFrameFromTheDescriptorsAlone() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    int i = 0;
    for (ConformanceTest.Source source : ConformanceTest.vectorsFiles()) {
      Path dir = work.resolve("file" + i++);
      tests.add(DynamicTest.dynamicTest(source.name(), () -> rebuild(source, dir)));
    }
    return tests.stream();
  }

  private static void rebuild(ConformanceTest.Source source, Path work) {
    List<Vector> all = Conformance.parse(JsonMapper.builder().build().readTree(source.bytes()));
    Map<String, Vector> encodable = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Vector v = all.get(i);
      if (v.error() == null && v.encodes() && v.frame().length > 0 && v.value() != null && !v.value().isNull()) {
        encodable.put(VectorCompiler.packageOf(i), v);
      }
    }
    assertTrue(!encodable.isEmpty(), "no vector to encode in " + source.description());
    VectorCompiler.Result compiled = new VectorCompiler(work).compile(encodable);
    assertTrue(compiled.success(), "the vectors do not compile: " + compiled.describeErrors());
    DescriptorEncoder encoder = new DescriptorEncoder(compiled.classes().resolve(VectorCompiler.DESCRIPTORS));

    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Vector> e : encodable.entrySet()) {
      Vector v = e.getValue();
      try {
        byte[] frame = encoder.frame(e.getKey() + "." + v.type(), v.value());
        if (!Arrays.equals(frame, v.frame())) {
          wrong.add(v.name() + ": wrote " + Hex.encode(frame) + ", expected " + Hex.encode(v.frame()));
        }
      } catch (RuntimeException ex) {
        wrong.add(v.name() + ": " + ex);
      }
    }
    wrong.forEach(w -> System.out.println("DESCRIPTOR FAIL " + w));
    System.out.println("descriptor encoder: " + (encodable.size() - wrong.size()) + " of " + encodable.size()
        + " frames rebuilt from descriptors (" + source.name() + ")");
    assertEquals(List.of(), wrong);
  }
}
