package dev.wiremessage.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Parses a vectors file and applies every vector. */
final class Conformance {
  private Conformance() {}

  static List<Vector> parse(JsonNode root) {
    List<Vector> vectors = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode node : root.required("vectors").values()) {
      Vector v = Vector.fromJson(node);
      if (!names.add(v.name())) {
        throw new IllegalArgumentException("duplicate vector name " + v.name());
      }
      vectors.add(v);
    }
    return vectors;
  }

  /** Every vector's problems, by name; compiles all runnable vectors in one javac run when it can. */
  static Map<String, List<String>> run(List<Vector> vectors, Path work) {
    VectorCompiler compiler = new VectorCompiler(work);
    Map<String, List<String>> problems = new LinkedHashMap<>();
    Map<String, Vector> runnable = new LinkedHashMap<>();
    for (int i = 0; i < vectors.size(); i++) {
      Vector v = vectors.get(i);
      String pkg = VectorCompiler.packageOf(i);
      if (v.isCompileVector()) {
        problems.put(v.name(), VectorRunner.checkCompileVector(v, compiler.compile(Map.of(pkg, v))));
      } else {
        runnable.put(pkg, v);
      }
    }
    if (runnable.isEmpty()) {
      return problems;
    }
    VectorCompiler.Result all = compiler.compile(runnable);
    for (Map.Entry<String, Vector> e : runnable.entrySet()) {
      Vector v = e.getValue();
      VectorCompiler.Result result = all.success() ? all : compiler.compile(Map.of(e.getKey(), v));
      if (!result.success()) {
        problems.put(v.name(), List.of("does not compile: " + result.describeErrors()));
        continue;
      }
      try {
        problems.put(v.name(), VectorRunner.check(v, result.loader(), e.getKey()));
      } catch (ReflectiveOperationException | RuntimeException | LinkageError ex) {
        problems.put(v.name(), List.of("cannot apply: " + ex));
      }
    }
    return problems;
  }

}
