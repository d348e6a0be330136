package dev.wiremessage.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.wiremessage.WireMessage;
import dev.wiremessage.runtime.WireCodec;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor keeps the contract it declares to build tools: Gradle's isolating category
 * (exactly one originating element per generated file, the type it is the codec of), and
 * {@code @Generated} only where the record's module can read {@code java.compiler}.
 */
class IncrementalProcessingTest {
  private static final String DECLARATION = "META-INF/gradle/incremental.annotation.processors";

  @Test
  void gradleDeclarationNamesTheProcessorAsIsolating() throws IOException {
    assertThat(declarationLines(DECLARATION)).containsExactly(WireMessageProcessor.class.getName() + ",isolating");
    assertThat(declarationLines("META-INF/services/javax.annotation.processing.Processor"))
        .containsExactly(WireMessageProcessor.class.getName());
  }

  @Test
  void everyGeneratedFileHasExactlyOneOriginatingElementTheTypeItIsTheCodecOrDescriptorOf() {
    Sources.Result result = Sources.compileRecording(
        Sources.of("Quote", """
            @WireMessage
            public record Quote(@Utf8(length = Length.U8) String symbol, long price) {}
            """),
        Sources.of("Order", """
            @WireMessage
            public record Order(Quote first, List<Quote> rest, Optional<Quote> last) {}
            """),
        Sources.of("Outer", """
            public class Outer {
              @WireMessage
              public record Inner(int x) {}
            }
            """),
        Sources.of("Data", """
            @WireMessage(format = Format.JSON)
            public record Data(String message, int value) {}
            """),
        Sources.of("Chat", """
            @WireProtocol
            public sealed interface Chat permits Join, Say {}
            """),
        Sources.of("Join", """
            @WireMessage(id = 1)
            public record Join(String name, Outer.Inner where) implements Chat {}
            """),
        Sources.of("Say", """
            @WireMessage(id = 2)
            public record Say(@Utf8(length = Length.REST) String text) implements Chat {}
            """));
    assertThat(result.compilation()).succeededWithoutWarnings();
    assertThat(result.origins()).containsExactlyEntriesIn(Map.ofEntries(
        Map.entry("test.QuoteCodec", List.of("test.Quote")),
        Map.entry("test.OrderCodec", List.of("test.Order")),
        Map.entry("test.Outer_InnerCodec", List.of("test.Outer.Inner")),
        Map.entry("test.DataCodec", List.of("test.Data")),
        Map.entry("test.ChatCodec", List.of("test.Chat")),
        Map.entry("test.JoinCodec", List.of("test.Join")),
        Map.entry("test.SayCodec", List.of("test.Say")),
        Map.entry("META-INF/wiremessage/test.Quote.json", List.of("test.Quote")),
        Map.entry("META-INF/wiremessage/test.Order.json", List.of("test.Order")),
        Map.entry("META-INF/wiremessage/test.Outer$Inner.json", List.of("test.Outer.Inner")),
        Map.entry("META-INF/wiremessage/test.Data.json", List.of("test.Data")),
        Map.entry("META-INF/wiremessage/test.Chat.json", List.of("test.Chat")),
        Map.entry("META-INF/wiremessage/test.Join.json", List.of("test.Join")),
        Map.entry("META-INF/wiremessage/test.Say.json", List.of("test.Say"))));
  }

  // ---- @Generated and modules ------------------------------------------------------------

  @Test
  void classPathCodeGetsGenerated() {
    Compilation c = Sources.compile(Sources.of("Quote", "@WireMessage public record Quote(int x) {}"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.QuoteCodec").contentsAsUtf8String()
        .contains("@Generated(\"dev.wiremessage.processor.WireMessageProcessor\")");
  }

  @Test
  void aModuleThatDoesNotReadJavaCompilerGetsNoGenerated(@TempDir Path dir) throws Exception {
    String codec = compileModule(dir, "module app { requires dev.wiremessage.runtime; }");
    assertThat(codec).doesNotContain("Generated");
    assertThat(codec).contains("public final class QuoteCodec extends AbstractWireCodec<Quote>");
  }

  @Test
  void aModuleThatReadsJavaCompilerGetsGenerated(@TempDir Path dir) throws Exception {
    // directly, and through java.se's requires transitive
    for (String requires : List.of("requires java.compiler;", "requires java.se;")) {
      Path sub = Files.createDirectories(dir.resolve(requires.replaceAll("\\W", "")));
      String codec = compileModule(sub, "module app { requires dev.wiremessage.runtime; " + requires + " }");
      assertWithMessage(requires).that(codec).contains("@Generated(\"dev.wiremessage.processor.WireMessageProcessor\")");
    }
  }

  /**
   * Compiles module {@code app} (its module-info and one record, {@code app.Quote}) with the
   * processor, the annotations and the runtime on the module path (javac itself: compile-testing's
   * in-memory file manager does not compile modules); returns the generated QuoteCodec.
   */
  private static String compileModule(Path dir, String moduleInfo) throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/app"));
    Files.writeString(dir.resolve("src/module-info.java"), moduleInfo);
    Files.writeString(src.resolve("Quote.java"), """
        package app;
        import dev.wiremessage.*;
        @WireMessage
        public record Quote(@Utf8(length = Length.U8) String symbol, long price) {}
        """);
    Path out = Files.createDirectories(dir.resolve("out"));
    Path gen = Files.createDirectories(dir.resolve("gen"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options = List.of("--release", "17", "-Xlint:all,-processing", "-Werror",
          "--module-path", location(WireMessage.class) + File.pathSeparator + location(WireCodec.class),
          "-d", out.toString(), "-s", gen.toString());
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjects(dir.resolve("src/module-info.java"), src.resolve("Quote.java")));
      task.setProcessors(List.of(new WireMessageProcessor()));
      boolean ok = task.call();
      assertWithMessage("javac: " + diagnostics.getDiagnostics()).that(ok).isTrue();
    }
    return Files.readString(gen.resolve("app/QuoteCodec.java"));
  }

  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  /** The entries of a processor declaration on the class path, without '#' comments and blank lines (Gradle's reading). */
  private static List<String> declarationLines(String resource) throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in = WireMessageProcessor.class.getClassLoader().getResourceAsStream(resource)) {
      assertWithMessage(resource + " on the class path").that(in).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).trim();
        if (!entry.isEmpty()) {
          lines.add(entry);
        }
      }
    }
    return lines;
  }
}
