package dev.wiremessage.conformance;

import dev.wiremessage.tool.DescriptorSet;
import dev.wiremessage.tool.PythonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies vectors to the generated Python (wiremessage-tool's {@code python} command), as the
 * runner applies them to the Java codecs: each vector's sources are compiled with the processor,
 * a Python module is generated from the layout descriptors they produced, and python3
 * ({@code python_peer.py}) decodes every frame (whole, through {@code Connection} one byte per
 * {@code recv}, and through {@code AsyncConnection}) and encodes every value. Decoded values are
 * compared here, with the descriptors' rules ({@link DescriptorDecoder#same}).
 */
final class PythonPeer {
  /** The system property choosing the peers: {@code java}, {@code python}, or both when unset. */
  static final String PROPERTY = "wiremessage.peer";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PythonPeer() {}

  /** The python3 version line, or null when there is no python3 to run. */
  static String python3() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /**
   * Every vector's problems through Python, by name. Compile vectors (no frame, no descriptor)
   * take the Java run's verdict, {@code javaProblems}.
   */
  static Map<String, List<String>> run(List<Vector> vectors, Path work, Map<String, List<String>> javaProblems)
      throws IOException {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    Map<String, Vector> runnable = new LinkedHashMap<>();
    for (int i = 0; i < vectors.size(); i++) {
      Vector v = vectors.get(i);
      if (v.unsupported() != null || v.isCompileVector()) {
        problems.put(v.name(), javaProblems.getOrDefault(v.name(), List.of("not applied")));
      } else {
        runnable.put(VectorCompiler.packageOf(i), v);
      }
    }
    VectorCompiler.Result compiled = new VectorCompiler(work.resolve("javac")).compile(runnable);
    Path modules = Files.createDirectories(work.resolve("python"));
    ArrayNode cases = NODES.arrayNode();
    Map<String, String> typeOf = new LinkedHashMap<>();
    DescriptorEncoder descriptors = null;
    if (compiled.success()) {
      Path dir = compiled.classes().resolve(VectorCompiler.DESCRIPTORS);
      descriptors = new DescriptorEncoder(dir);
      DescriptorSet all = DescriptorSet.load(dir);
      for (Map.Entry<String, Vector> e : runnable.entrySet()) {
        String pkg = e.getKey();
        Vector v = e.getValue();
        String module = pkg.replace('.', '_');
        String type = pkg + "." + v.type();
        try {
          List<String> roots = all.names().stream().filter(n -> n.startsWith(pkg + ".")).toList();
          Files.writeString(modules.resolve(module + ".py"), new PythonGenerator(all).generate(roots),
              StandardCharsets.UTF_8);
        } catch (RuntimeException ex) {
          problems.put(v.name(), List.of("cannot generate Python: " + ex));
          continue;
        }
        typeOf.put(v.name(), type);
        ObjectNode c = cases.addObject();
        c.put("name", v.name()).put("module", module).put("type", type).put("frame", Hex.encode(v.frame()))
            .put("direction", v.direction()).put("error", v.error());
        c.set("value", v.value() == null ? NODES.nullNode() : javaBitPatterns(descriptors, type, v.value()));
      }
    } else {
      runnable.values().forEach(v -> problems.put(v.name(), List.of("does not compile: " + compiled.describeErrors())));
    }
    if (!cases.isEmpty()) {
      for (JsonNode r : runPython(work, modules, cases).values()) {
        String name = r.path("name").asString("");
        List<String> p = new ArrayList<>();
        r.path("problems").values().forEach(x -> p.add(x.asString("")));
        Vector v = runnable.values().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        JsonNode decoded = r.get("decoded");
        if (v.decodes() && v.error() == null && decoded != null && !decoded.isNull()) {
          DescriptorDecoder reader = new DescriptorDecoder(descriptors::descriptor);
          if (!reader.same(typeOf.get(name), v.value(), decoded)) {
            p.add("decoded " + decoded + ", expected " + v.value());
          }
        }
        problems.put(name, p);
      }
    }
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    for (Vector v : vectors) {
      ordered.put(v.name(), problems.getOrDefault(v.name(), List.of("not applied by python3")));
    }
    return ordered;
  }

  private static JsonNode runPython(Path work, Path modules, ArrayNode cases) throws IOException {
    Path driver = work.resolve("python_peer.py");
    try (InputStream in = PythonPeer.class.getResourceAsStream("/conformance/python_peer.py")) {
      Files.write(driver, in.readAllBytes());
    }
    Path input = work.resolve("cases.json");
    Path output = work.resolve("results.json");
    JSON.writeValue(input.toFile(), cases);
    ProcessBuilder pb = new ProcessBuilder("python3", driver.toString(), input.toString(), output.toString())
        .redirectErrorStream(true);
    pb.environment().put("PYTHONPATH", modules.toString());
    pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    try {
      Process p = pb.start();
      String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.isRegularFile(output)) {
        p.destroyForcibly();
        throw new IOException("python3 python_peer.py failed: " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return JSON.readTree(output.toFile());
  }

  /**
   * The value with every negative integer of an unsigned encoding as the unsigned number it
   * stands for: a Java {@code int} with {@code @FixedInt(bytes = 4, unsigned = true)} holds the
   * bit pattern (-1 for FF FF FF FF), a Python {@code int} the number (4294967295).
   */
  static JsonNode javaBitPatterns(DescriptorEncoder descriptors, String type, JsonNode value) {
    JsonNode d = descriptors.descriptor(type);
    if (d.path("kind").asString("").equals("protocol") && value.isObject()) {
      String member = value.path("@type").asString("");
      for (JsonNode m : d.path("members").values()) {
        String t = m.path("type").asString("");
        if (t.endsWith("." + member) || t.endsWith("$" + member)) {
          return javaBitPatterns(descriptors, t, value);
        }
      }
      return value;
    }
    if (!value.isObject() || d.path("format").asString("").equals("JSON")) {
      return value;
    }
    ObjectNode out = ((ObjectNode) value).deepCopy();
    for (JsonNode c : d.path("components").values()) {
      String name = c.path("name").asString("");
      if (out.has(name)) {
        out.set(name, unsigned(descriptors, c.path("encoding"), out.get(name)));
      }
    }
    return out;
  }

  private static JsonNode unsigned(DescriptorEncoder descriptors, JsonNode e, JsonNode v) {
    if (v == null || v.isNull()) {
      return v;
    }
    switch (e.path("kind").asString("")) {
      case "int" -> {
        BigInteger n = new BigInteger(v.asString());
        if (!e.path("signed").asBoolean() && n.signum() < 0) {
          return NODES.numberNode(n.add(BigInteger.ONE.shiftLeft(8 * e.path("bytes").asInt())));
        }
        return v;
      }
      case "optional" -> {
        return unsigned(descriptors, e.path("value"), v);
      }
      case "list" -> {
        ArrayNode a = NODES.arrayNode();
        v.values().forEach(x -> a.add(unsigned(descriptors, e.path("element"), x)));
        return a;
      }
      case "message" -> {
        return javaBitPatterns(descriptors, e.path("type").asString(""), v);
      }
      default -> {
        return v;
      }
    }
  }
}
