package dev.wiremessage.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Parses a vectors file (version 1 or 2) and applies every vector. */
final class Conformance {
  static final String FORMAT = "wiremessage conformance vectors";

  private Conformance() {}

  /** The file's vectors; a file of another format or version is an error, not an empty run. */
  static List<Vector> parse(JsonNode root) {
    if (!FORMAT.equals(root.path("format").asString(""))) {
      throw new IllegalArgumentException("not a vectors file: format is " + root.path("format"));
    }
    int version = root.path("version").asInt(-1);
    if (version != 1 && version != 2) {
      throw new IllegalArgumentException("vectors file version " + root.path("version")
          + ": this runner reads versions 1 and 2");
    }
    List<Vector> vectors = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode node : root.required("vectors").values()) {
      Vector v = Vector.fromJson(node, version);
      if (!names.add(v.name())) {
        throw new IllegalArgumentException("duplicate vector name " + v.name());
      }
      vectors.add(v);
    }
    return vectors;
  }

  /**
   * Every vector's problems, by name. Baselines are compiled first (in one javac run when they
   * can be), their descriptors collected into one directory (descriptors are named by binary
   * name, so each vector's package keeps its own), and then every vector's sources compile with
   * {@code -Awiremessage.baseline=} that directory; runnable vectors in one javac run when they
   * can be.
   */
  static Map<String, List<String>> run(List<Vector> vectors, Path work) {
    VectorCompiler compiler = new VectorCompiler(work);
    Map<String, List<String>> problems = new LinkedHashMap<>();
    Map<String, Vector> applicable = new LinkedHashMap<>();
    for (int i = 0; i < vectors.size(); i++) {
      Vector v = vectors.get(i);
      if (v.unsupported() != null) {
        problems.put(v.name(), List.of("cannot apply: " + v.unsupported()));
      } else {
        applicable.put(VectorCompiler.packageOf(i), v);
      }
    }
    Path baselineDir = compileBaselines(compiler, applicable, work.resolve("baseline"), problems);
    Map<String, Vector> runnable = new LinkedHashMap<>();
    for (Map.Entry<String, Vector> e : applicable.entrySet()) {
      Vector v = e.getValue();
      if (problems.containsKey(v.name())) {
        continue;
      }
      if (v.isCompileVector()) {
        VectorCompiler.Result result = compiler.compile(Map.of(e.getKey(), v), false, v.hasBaseline() ? baselineDir : null);
        problems.put(v.name(), VectorRunner.checkCompileVector(v, result));
      } else {
        runnable.put(e.getKey(), v);
      }
    }
    if (runnable.isEmpty()) {
      return ordered(vectors, problems);
    }
    VectorCompiler.Result all = compiler.compile(runnable, false, baselineDir);
    for (Map.Entry<String, Vector> e : runnable.entrySet()) {
      Vector v = e.getValue();
      VectorCompiler.Result result = all.success() ? all
          : compiler.compile(Map.of(e.getKey(), v), false, v.hasBaseline() ? baselineDir : null);
      if (!result.success()) {
        problems.put(v.name(), List.of("does not compile" + (v.hasBaseline() ? " against its baseline" : "") + ": "
            + result.describeErrors()));
        continue;
      }
      try {
        problems.put(v.name(), v.direction().equals("compatible")
            ? VectorRunner.checkCompatible(v, result.loader(), e.getKey())
            : VectorRunner.check(v, result.loader(), e.getKey()));
      } catch (ReflectiveOperationException | RuntimeException | LinkageError ex) {
        problems.put(v.name(), List.of("cannot apply: " + ex));
      }
    }
    return ordered(vectors, problems);
  }

  /**
   * Compiles the baselines of the vectors that have one into {@code dir} (their layout
   * descriptors), and returns it; null when no vector has a baseline. A vector whose baseline
   * does not compile, or writes no descriptor, gets a problem: it cannot be applied.
   */
  private static Path compileBaselines(VectorCompiler compiler, Map<String, Vector> vectors, Path dir,
      Map<String, List<String>> problems) {
    Map<String, Vector> withBaseline = new LinkedHashMap<>();
    vectors.forEach((pkg, v) -> {
      if (v.hasBaseline()) {
        withBaseline.put(pkg, v);
      }
    });
    if (withBaseline.isEmpty()) {
      return null;
    }
    VectorCompiler.Result all = compiler.compile(withBaseline, true, null);
    List<String> written = new ArrayList<>();
    if (all.success()) {
      written.addAll(VectorCompiler.collectDescriptors(all, dir));
    }
    for (Map.Entry<String, Vector> e : withBaseline.entrySet()) {
      String pkg = e.getKey();
      Vector v = e.getValue();
      if (!all.success()) {
        VectorCompiler.Result one = compiler.compile(Map.of(pkg, v), true, null);
        if (!one.success()) {
          problems.put(v.name(), List.of("cannot apply: the baseline does not compile: " + one.describeErrors()));
          continue;
        }
        written.addAll(VectorCompiler.collectDescriptors(one, dir));
      }
      if (written.stream().noneMatch(name -> name.startsWith(pkg + "."))) {
        problems.put(v.name(), List.of("cannot apply: compiling the baseline wrote no layout descriptor under "
            + VectorCompiler.DESCRIPTORS + "/" + pkg + ".*"));
      }
    }
    return dir;
  }

  private static Map<String, List<String>> ordered(List<Vector> vectors, Map<String, List<String>> problems) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (Vector v : vectors) {
      result.put(v.name(), problems.getOrDefault(v.name(), List.of("not applied")));
    }
    return result;
  }
}
