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
  record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, ClassLoader loader) {
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

  /** Compiles the given vectors (keyed by package) in one javac run. */
  Result compile(Map<String, Vector> vectorsByPackage) {
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
        for (Map.Entry<String, String> source : e.getValue().sources().entrySet()) {
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
      List<String> options = List.of(
          "--release", "17",
          "-classpath", classPath,
          "-d", classes.toString(),
          "-s", generated.toString(),
          "-encoding", "UTF-8");
      JavaCompiler.CompilationTask task = javac.getTask(
          null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(files));
      task.setProcessors(List.of(new WireMessageProcessor()));
      boolean ok = task.call();
      ClassLoader loader = ok
          ? new URLClassLoader(new URL[] {classes.toUri().toURL()}, VectorCompiler.class.getClassLoader())
          : null;
      return new Result(ok, diagnostics.getDiagnostics(), loader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
