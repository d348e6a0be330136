package dev.wiremessage.conformance;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conformance runner. Reads the vectors file named by {@code -Dwiremessage.vectors}
 * (absolute path) alone; without it, both {@code vectors.json} (wire format 1) and
 * {@code evolution.json} (wire format 1.1, version 2 files) from ../shared/conformance beside
 * the checkout, else the copies kept in this module's test resources. For each file it applies
 * every vector, prints one line per failing vector and then {@code N passed, N failed}.
 *
 * <p>{@code known-failures.txt} (test resources) may name vectors known to fail while work is
 * in progress, as protobuf's conformance suite does: the run fails on any other failure and on
 * a listed vector that now passes.
 */
class ConformanceTest {
  /** The files run by default, in this order. */
  static final List<String> DEFAULT_FILES = List.of("vectors.json", "evolution.json");

  @TempDir Path work;

  @TestFactory
  Stream<DynamicTest> everyVectorPasses() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    int i = 0;
    for (Source source : vectorsFiles()) {
      Path dir = work.resolve("file" + i++);
      tests.add(DynamicTest.dynamicTest(source.name, () -> runFile(source, dir)));
    }
    return tests.stream();
  }

  private static void runFile(Source source, Path work) throws IOException {
    System.out.println("conformance: " + source.description);
    JsonNode root = JsonMapper.builder().build().readTree(source.bytes);
    List<Vector> vectors = Conformance.parse(root);
    assertTrue(!vectors.isEmpty(), "no vectors in " + source.description);

    Map<String, List<String>> failures = Conformance.run(vectors, work);
    List<String> unexpected = report(vectors, failures, "", source.name);

    String peer = System.getProperty(PythonPeer.PROPERTY, "");
    if (!peer.equals("java")) {
      String python = PythonPeer.python3();
      if (python == null) {
        System.out.println("conformance: no python3 on the PATH: the generated Python peer was not run ("
            + source.name + ")");
        assertTrue(!peer.equals("python"), "-D" + PythonPeer.PROPERTY + "=python needs python3 on the PATH");
      } else {
        System.out.println("conformance: the same vectors through the generated Python (" + python + ")");
        unexpected.addAll(report(vectors, PythonPeer.run(vectors, work.resolve("python"), failures), "python:",
            source.name + ", python"));
      }
    }
    if (!unexpected.isEmpty()) {
      fail("conformance failures not in known-failures.txt: " + unexpected);
    }
  }

  /**
   * Prints one line per failing vector and {@code N passed, N failed (label)}; returns the
   * failures not in known-failures.txt (where a Python peer's entries start with {@code python:})
   * and the listed vectors that pass.
   */
  private static List<String> report(List<Vector> vectors, Map<String, List<String>> failures, String prefix,
      String label) throws IOException {
    Set<String> known = knownFailures();
    int failed = 0;
    List<String> unexpected = new ArrayList<>();
    for (Vector v : vectors) {
      String name = prefix + v.name();
      List<String> problems = failures.get(v.name());
      if (problems.isEmpty()) {
        if (known.contains(name)) {
          unexpected.add(name + " passes but is listed in known-failures.txt: remove it from the list");
        }
        continue;
      }
      failed++;
      System.out.println("FAIL " + name + ": " + String.join("; ", problems));
      if (!known.contains(name)) {
        unexpected.add(name);
      }
    }
    System.out.println((vectors.size() - failed) + " passed, " + failed + " failed (" + label + ")");
    return unexpected;
  }

  /** A vectors file: its file name, where it came from, its bytes. */
  record Source(String name, String description, byte[] bytes) {}

  /** The files to run: the one of -Dwiremessage.vectors, else vectors.json and evolution.json. */
  static List<Source> vectorsFiles() throws IOException {
    String given = System.getProperty("wiremessage.vectors", "");
    if (!given.isBlank() && !given.startsWith("${")) {
      Path p = Path.of(given);
      assertTrue(p.isAbsolute(), "-Dwiremessage.vectors must be an absolute path: " + given);
      assertTrue(Files.isRegularFile(p), "-Dwiremessage.vectors: no such file " + given);
      return List.of(new Source(p.getFileName().toString(), p.toString(), Files.readAllBytes(p)));
    }
    String shared = System.getProperty("wiremessage.sharedConformance", "");
    List<Source> sources = new ArrayList<>();
    for (String name : DEFAULT_FILES) {
      Path p = shared.isBlank() || shared.startsWith("${") ? null : Path.of(shared, name).normalize();
      if (p != null && Files.isRegularFile(p)) {
        sources.add(new Source(name, p.toString(), Files.readAllBytes(p)));
        continue;
      }
      try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance/" + name)) {
        assertTrue(in != null, "no " + name + ": pass -Dwiremessage.vectors=/absolute/path.json");
        sources.add(new Source(name, "the copy in conformance/src/test/resources/conformance/" + name, in.readAllBytes()));
      }
    }
    return sources;
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
