package dev.wiremessage.tool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The layout descriptors (docs/schema.md) of a build's class output or a jar, by binary name:
 * every {@code META-INF/wiremessage/*.json} under a directory (a class output, or the
 * descriptors directory itself) or in a jar. Never a Java source or class.
 */
public final class DescriptorSet {
  static final String DIRECTORY = "META-INF/wiremessage";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Map<String, JsonNode> byName;

  private DescriptorSet(Map<String, JsonNode> byName) {
    this.byName = Collections.unmodifiableMap(byName);
  }

  /** The descriptors of a directory or jar; a descriptor of an unknown format version is an error. */
  public static DescriptorSet load(Path location) throws IOException {
    Map<String, JsonNode> found = new TreeMap<>();
    if (Files.isDirectory(location)) {
      Path dir = Files.isDirectory(location.resolve(DIRECTORY)) ? location.resolve(DIRECTORY) : location;
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
          add(found, f.toString(), Files.readAllBytes(f));
        }
      }
    } else if (Files.isRegularFile(location)) {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          JarEntry entry = e.nextElement();
          String name = entry.getName();
          if (name.startsWith(DIRECTORY + "/") && name.endsWith(".json") && name.indexOf('/', DIRECTORY.length() + 1) < 0) {
            try (InputStream in = jar.getInputStream(entry)) {
              add(found, location + "!" + name, in.readAllBytes());
            }
          }
        }
      }
    } else {
      throw new IOException("no such directory or jar: " + location);
    }
    if (found.isEmpty()) {
      throw new IOException("no layout descriptors (" + DIRECTORY + "/*.json) in " + location);
    }
    return new DescriptorSet(found);
  }

  /** A set of descriptors already read (tests, other tools). */
  public static DescriptorSet of(Map<String, JsonNode> byName) {
    return new DescriptorSet(new TreeMap<>(byName));
  }

  private static void add(Map<String, JsonNode> found, String where, byte[] bytes) throws IOException {
    JsonNode d;
    try {
      d = JSON.readTree(bytes);
    } catch (RuntimeException e) {
      throw new IOException(where + ": not JSON: " + e.getMessage(), e);
    }
    if (!"wiremessage layout".equals(d.path("descriptor").asString(""))) {
      throw new IOException(where + ": not a wiremessage layout descriptor");
    }
    int version = d.path("version").asInt(-1);
    if (version < 1 || version > 2) {
      throw new IOException(where + ": descriptor version " + d.path("version") + " (this tool reads versions 1 and 2)");
    }
    found.put(d.path("type").asString(""), d);
  }

  /** Every binary name, sorted. */
  public Set<String> names() {
    return byName.keySet();
  }

  /** The descriptor of {@code binaryName}; an error naming it when there is none. */
  public JsonNode get(String binaryName) {
    JsonNode d = byName.get(binaryName);
    if (d == null) {
      throw new IllegalArgumentException("no layout descriptor for " + binaryName);
    }
    return d;
  }

  /**
   * The binary name a user means: an exact binary name, or a simple name (after the last
   * {@code .} or {@code $}) that only one type has.
   */
  public String resolve(String name) {
    if (byName.containsKey(name)) {
      return name;
    }
    List<String> matches = byName.keySet().stream()
        .filter(n -> n.endsWith("." + name) || n.endsWith("$" + name)).toList();
    if (matches.size() == 1) {
      return matches.get(0);
    }
    throw new IllegalArgumentException(matches.isEmpty() ? "no type named " + name + " among " + byName.keySet()
        : name + " is ambiguous: " + matches);
  }

  /** {@code roots} and every type they refer to (nested messages, protocol members), in a stable order. */
  public Set<String> closure(List<String> roots) {
    Set<String> out = new LinkedHashSet<>();
    for (String r : roots) {
      visit(r, out);
    }
    return out;
  }

  private void visit(String name, Set<String> out) {
    if (!out.add(name)) {
      return;
    }
    JsonNode d = get(name);
    for (JsonNode m : d.path("members").values()) {
      visit(m.path("type").asString(""), out);
    }
    for (JsonNode c : d.path("components").values()) {
      visitEncoding(c.path("encoding"), out);
    }
  }

  private void visitEncoding(JsonNode e, Set<String> out) {
    switch (e.path("kind").asString("")) {
      case "message", "protocol" -> visit(e.path("type").asString(""), out);
      case "optional" -> visitEncoding(e.path("value"), out);
      case "list" -> visitEncoding(e.path("element"), out);
      default -> { }
    }
  }
}
