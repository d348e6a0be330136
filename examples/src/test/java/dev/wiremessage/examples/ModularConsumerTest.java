package dev.wiremessage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A modular application ({@code src/test/resources/modular}: {@code module app} requiring
 * {@code dev.wiremessage.runtime} and Jackson, opening its package to Jackson) compiled by javac
 * with the processor on the processor path and the jars on the module path, then run in a
 * child JVM with {@code --module-path ... -m app/app.Main}: a binary record and a JSON record
 * go over loopback. It proves the module descriptors (exports, {@code requires transitive}
 * annotations, optional Jackson), that the generated code compiles in a module that does not
 * read {@code java.compiler} (no {@code @Generated} there), with {@code -Werror}, and that the
 * JSON mapper reaches a package-private record of an opened package.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ModularConsumerTest {
  @Test
  void modularApplicationCompilesAndRunsOnTheModulePath(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    for (String name : List.of("module-info.java", "app/Quote.java", "app/Data.java", "app/Main.java")) {
      Path to = src.resolve(name);
      Files.createDirectories(to.getParent());
      try (InputStream in = ModularConsumerTest.class.getResourceAsStream("/modular/" + name)) {
        Files.copy(in, to);
      }
    }
    Path out = dir.resolve("out");
    Path gen = dir.resolve("gen");
    Files.createDirectories(out);
    Files.createDirectories(gen);
    String modulePath = String.join(File.pathSeparator,
        jar("dev.wiremessage.WireMessage"), jar("dev.wiremessage.runtime.WireCodec"),
        jar("tools.jackson.databind.ObjectMapper"), jar("tools.jackson.core.JsonParser"),
        jar("com.fasterxml.jackson.annotation.JsonProperty"));
    String processorPath = String.join(File.pathSeparator,
        jar("dev.wiremessage.processor.WireMessageProcessor"), jar("com.palantir.javapoet.JavaFile"),
        jar("dev.wiremessage.WireMessage"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<Path> sources = new ArrayList<>();
      try (var walk = Files.walk(src)) {
        walk.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
      }
      boolean ok = javac.getTask(null, files, diagnostics,
          List.of("--release", "17", "-Xlint:all,-processing", "-Werror", "--module-path", modulePath,
              "--processor-path", processorPath, "-d", out.toString(), "-s", gen.toString()),
          null, files.getJavaFileObjectsFromPaths(sources)).call();
      assertTrue(ok, "javac: " + diagnostics.getDiagnostics());
    }
    String codec = Files.readString(gen.resolve("app/QuoteCodec.java"));
    assertFalse(codec.contains("@Generated"), "module app does not read java.compiler:\n" + codec);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "--module-path", out + File.pathSeparator + modulePath, "-m", "app/app.Main")
        .redirectErrorStream(true).start();
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child JVM did not exit");
    assertEquals(0, p.exitValue(), printed);
    assertEquals(List.of(
        "module app",
        "frame 00000019" + "04" + "4141504c" + "00000000000049fe" + "0000012c" + "00000004" + "584e4153",
        "received Quote[symbol=AAPL, price=18942, qty=300, venue=XNAS]",
        "received Data[message=hi, value=7]"), printed.lines().toList());
  }

  /** The jar (or classes directory) that holds {@code className}, on this test's class path. */
  private static String jar(String className) throws IOException {
    try {
      Class<?> c = Class.forName(className, false, ModularConsumerTest.class.getClassLoader());
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
      throw new IOException("not on the test class path: " + className, e);
    }
  }
}
