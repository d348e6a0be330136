package dev.wiremessage.conformance;

import dev.wiremessage.processor.WireMessageProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles vectors' sources with the real processor, each vector in a package of its own, as
 * a user's build would: javac in-process, the processor given as an instance, the annotations
 * and runtime on the class path.
 */
final class VectorCompiler {
  /** What one javac run produced. */
  record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, ClassLoader loader,
      Path classes) {
    List<Diagnostic<? extends JavaFileObject>> errors() {
      return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    }

    String describeErrors() {
      StringBuilder sb = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : errors()) {
        String file = d.getSource() == null ? "?" : Path.of(d.getSource().toUri()).getFileName().toString();
        sb.append(file).append(':').append(d.getLineNumber()).append(": ")
            .append(d.getMessage(Locale.ROOT).lines().findFirst().orElse("")).append("; ");
      }
      return sb.toString();
    }
  }

  /** The processor option naming the directory of the last release's layout descriptors. */
  static final String BASELINE_OPTION = "wiremessage.baseline";
  /** Where the processor writes layout descriptors, relative to the class output. */
  static final String DESCRIPTORS = "META-INF/wiremessage";

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final Path workDir;
  private final String classPath;
  private int runs;

  VectorCompiler(Path workDir) {
    this.workDir = workDir;
    this.classPath = classPathOf(
        dev.wiremessage.WireMessage.class,
        dev.wiremessage.runtime.WireCodec.class,
        tools.jackson.databind.ObjectMapper.class,
        tools.jackson.core.JsonParser.class,
        com.fasterxml.jackson.annotation.JsonProperty.class);
  }

  static String packageOf(int index) {
    return "conformance.v" + index;
  }

  /** Compiles the given vectors' sources (keyed by package) in one javac run, with no baseline. */
  Result compile(Map<String, Vector> vectorsByPackage) {
    return compile(vectorsByPackage, false, null);
  }

  /**
   * Compiles the given vectors (keyed by package) in one javac run: their {@code baseline}s when
   * {@code baselines}, else their {@code sources}; with {@code -Awiremessage.baseline=baselineDir}
   * when that is not null.
   */
  Result compile(Map<String, Vector> vectorsByPackage, boolean baselines, Path baselineDir) {
    Path run = workDir.resolve("run" + (runs++));
    Path src = run.resolve("src");
    Path classes = run.resolve("classes");
    Path generated = run.resolve("generated");
    List<File> files = new ArrayList<>();
    try {
      Files.createDirectories(classes);
      Files.createDirectories(generated);
      for (Map.Entry<String, Vector> e : vectorsByPackage.entrySet()) {
        String pkg = e.getKey();
        Path dir = src.resolve(pkg.replace('.', '/'));
        Files.createDirectories(dir);
        Vector v = e.getValue();
        for (Map.Entry<String, String> source : (baselines ? v.baseline() : v.sources()).entrySet()) {
          Path file = dir.resolve(source.getKey() + ".java");
          String text = "package " + pkg + ";\n\nimport dev.wiremessage.*;\nimport java.util.*;\n\n" + source.getValue() + "\n";
          Files.writeString(file, text, StandardCharsets.UTF_8);
          files.add(file.toFile());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(List.of(
          "--release", "17",
          "-classpath", classPath,
          "-d", classes.toString(),
          "-s", generated.toString(),
          "-encoding", "UTF-8"));
      if (baselineDir != null) {
        options.add("-A" + BASELINE_OPTION + "=" + baselineDir.toAbsolutePath());
      }
      JavaCompiler.CompilationTask task = javac.getTask(
          null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(files));
      task.setProcessors(List.of(new WireMessageProcessor()));
      boolean ok = task.call();
      ClassLoader loader = ok
          ? new URLClassLoader(new URL[] {classes.toUri().toURL()}, VectorCompiler.class.getClassLoader())
          : null;
      return new Result(ok, diagnostics.getDiagnostics(), loader, classes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies the layout descriptors a run wrote (its class output's {@code META-INF/wiremessage}
   * tree) into {@code dir} under the same relative names, as a user keeps a release's baseline;
   * returns the names copied.
   */
  static List<String> collectDescriptors(Result result, Path dir) {
    Path from = result.classes().resolve(DESCRIPTORS);
    List<String> names = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      if (!Files.isDirectory(from)) {
        return names;
      }
      try (var files = Files.walk(from)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          Path to = dir.resolve(from.relativize(f).toString());
          Files.createDirectories(to.getParent());
          Files.copy(f, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          names.add(from.relativize(f).toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private static String classPathOf(Class<?>... classes) {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> c : classes) {
      try {
        URL location = c.getProtectionDomain().getCodeSource().getLocation();
        entries.add(Path.of(location.toURI()).toString());
      } catch (URISyntaxException | RuntimeException e) {
        throw new IllegalStateException("cannot locate the class path entry of " + c.getName(), e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
