package dev.wiremessage.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conformance runner. Reads the vectors file named by {@code -Dwiremessage.vectors}
 * (absolute path), else ../shared/conformance/vectors.json beside the checkout, else the copy
 * kept in this module's test resources; applies every vector; prints one line per failing
 * vector and then {@code N passed, N failed}.
 *
 * <p>{@code known-failures.txt} (test resources) may name vectors known to fail while work is
 * in progress, as protobuf's conformance suite does: the run fails on any other failure and on
 * a listed vector that now passes.
 */
class ConformanceTest {
  @TempDir Path work;

  @Test
  void everyVectorPasses() throws Exception {
    Source source = vectorsFile();
    System.out.println("conformance: " + source.description);
    JsonNode root = JsonMapper.builder().build().readTree(source.bytes);
    assertEquals("wiremessage conformance vectors", root.path("format").asString(""),
        "not a vectors file: " + source.description);
    List<Vector> vectors = Conformance.parse(root);
    assertTrue(!vectors.isEmpty(), "no vectors in " + source.description);

    Map<String, List<String>> failures = Conformance.run(vectors, work);

    Set<String> known = knownFailures();
    int failed = 0;
    List<String> unexpected = new ArrayList<>();
    for (Vector v : vectors) {
      List<String> problems = failures.get(v.name());
      if (problems.isEmpty()) {
        if (known.contains(v.name())) {
          unexpected.add(v.name() + " passes but is listed in known-failures.txt: remove it from the list");
        }
        continue;
      }
      failed++;
      System.out.println("FAIL " + v.name() + ": " + String.join("; ", problems));
      if (!known.contains(v.name())) {
        unexpected.add(v.name());
      }
    }
    System.out.println((vectors.size() - failed) + " passed, " + failed + " failed");
    if (!unexpected.isEmpty()) {
      fail("conformance failures not in known-failures.txt: " + unexpected);
    }
  }

  private record Source(String description, byte[] bytes) {}

  private static Source vectorsFile() throws IOException {
    String given = System.getProperty("wiremessage.vectors", "");
    if (!given.isBlank() && !given.startsWith("${")) {
      Path p = Path.of(given);
      assertTrue(p.isAbsolute(), "-Dwiremessage.vectors must be an absolute path: " + given);
      assertTrue(Files.isRegularFile(p), "-Dwiremessage.vectors: no such file " + given);
      return new Source(p.toString(), Files.readAllBytes(p));
    }
    String shared = System.getProperty("wiremessage.sharedVectors", "");
    if (!shared.isBlank() && !shared.startsWith("${") && Files.isRegularFile(Path.of(shared))) {
      Path p = Path.of(shared).normalize();
      return new Source(p.toString(), Files.readAllBytes(p));
    }
    try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance/vectors.json")) {
      assertTrue(in != null, "no vectors file: pass -Dwiremessage.vectors=/absolute/path.json");
      return new Source("the copy in conformance/src/test/resources/conformance/vectors.json", in.readAllBytes());
    }
  }

  private static Set<String> knownFailures() throws IOException {
    Set<String> names = new LinkedHashSet<>();
    try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance/known-failures.txt")) {
      if (in == null) {
        return names;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
    }
    return names;
  }
}
