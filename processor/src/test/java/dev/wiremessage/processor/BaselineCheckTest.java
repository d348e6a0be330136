package dev.wiremessage.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compatibility check, {@code -Awiremessage.baseline=DIR} (evolution.md section 6): each
 * test compiles a release, keeps its descriptors as the baseline, then compiles the next
 * version against it. One test per diagnostic (message and line; sources start on line 4),
 * and the compatible changes, which compile.
 */
class BaselineCheckTest {
  private static final String QUOTE_V1 = """
      @WireMessage
      public record Quote(@Utf8(length = Length.U8) String symbol,
                          @FixedInt(bytes = 4) int qty) {}
      """;

  @TempDir Path baseline;

  /** Compiles the release and copies its descriptors into {@link #baseline}, as a user does. */
  private void release(JavaFileObject... sources) throws IOException {
    Compilation c = Sources.compile(sources);
    assertThat(c).succeeded();
    int copied = 0;
    for (JavaFileObject f : c.generatedFiles()) {
      String path = f.toUri().getPath();
      int at = path.indexOf("META-INF/wiremessage/");
      if (at >= 0) {
        try (InputStream in = f.openInputStream()) {
          Files.write(baseline.resolve(path.substring(at + "META-INF/wiremessage/".length())), in.readAllBytes());
        }
        copied++;
      }
    }
    assertThat(copied).isGreaterThan(0);
  }

  private Compilation next(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new WireMessageProcessor())
        .withOptions("-Awiremessage.baseline=" + baseline.toAbsolutePath()).compile(sources);
  }

  private void assertBreaks(String name, String source, int line, String message) {
    JavaFileObject file = Sources.of(name, source);
    Compilation c = next(file);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining(message).inFile(file).onLine(line);
  }

  // ---- breaking changes: one test per diagnostic -----------------------------------------

  @Test
  void widthChanged() throws IOException {
    release(Sources.of("Quote", QUOTE_V1));
    assertBreaks("Quote", """
        @WireMessage
        public record Quote(@Utf8(length = Length.U8) String symbol,
                            @FixedInt(bytes = 8) long qty) {}
        """, 6,
        "[wiremessage:baseline-encoding] Quote.qty was @FixedInt(bytes = 4), is @FixedInt(bytes = 8): a deployed peer "
            + "reads 4 bytes. Keep the width, or add a new component with @Since(2)");
  }

  @Test
  void lengthKindChangedInsideAList() throws IOException {
    release(Sources.of("Batch", """
        @WireMessage
        public record Batch(int id,
                            List<String> names) {}
        """));
    assertBreaks("Batch", """
        @WireMessage
        public record Batch(int id,
                            @Utf8(length = Length.U16) List<String> names) {}
        """, 6,
        "[wiremessage:baseline-encoding] Batch.names was a list with @Count(length = Length.U32) of @Utf8(length = "
            + "Length.U32), is a list with @Count(length = Length.U32) of @Utf8(length = Length.U16): a deployed peer "
            + "reads a 4-byte length first. Keep the length, or add a new component with @Since(2)");
  }

  @Test
  void framingChanged() throws IOException {
    release(Sources.of("Quote", QUOTE_V1));
    assertBreaks("Quote", """
        @WireMessage @LengthPrefixed(length = Length.U16)
        public record Quote(@Utf8(length = Length.U8) String symbol,
                            @FixedInt(bytes = 4) int qty) {}
        """, 5,
        "[wiremessage:baseline-framing] Quote was @LengthPrefixed(length = Length.U32), is @LengthPrefixed(length = "
            + "Length.U16): a deployed peer reads a 4-byte frame header. Keep the framing of the baseline, or send the "
            + "new layout as a new message type");
  }

  @Test
  void formatChanged() throws IOException {
    release(Sources.of("Quote", QUOTE_V1));
    assertBreaks("Quote", """
        @WireMessage(format = Format.JSON)
        public record Quote(String symbol,
                            int qty) {}
        """, 5,
        "[wiremessage:baseline-framing] Quote was format = Format.BINARY, is format = Format.JSON: a deployed peer "
            + "reads a BINARY payload. Keep the format of the baseline");
  }

  @Test
  void componentRemoved() throws IOException {
    release(Sources.of("Quote", QUOTE_V1));
    assertBreaks("Quote", """
        @WireMessage
        public record Quote(@Utf8(length = Length.U8) String symbol) {}
        """, 5,
        "[wiremessage:baseline-removed] Quote.qty (component 2, @FixedInt(bytes = 4)) was removed: deployed peers "
            + "still write and read it. Keep the component, even if its value is no longer used");
  }

  @Test
  void componentMoved() throws IOException {
    release(Sources.of("Quote", QUOTE_V1));
    assertBreaks("Quote", """
        @WireMessage
        public record Quote(@FixedInt(bytes = 4) int qty,
                            @Utf8(length = Length.U8) String symbol) {}
        """, 6,
        "[wiremessage:baseline-moved] Quote.symbol was component 1, is component 2: components are on the wire in "
            + "declaration order, so a deployed peer reads @FixedInt(bytes = 4) Quote.qty there. Move symbol back to "
            + "position 1, and add new components at the end with @Since(2)");
  }

  @Test
  void newComponentWithoutSince() throws IOException {
    release(Sources.of("Quote", QUOTE_V1));
    assertBreaks("Quote", """
        @WireMessage
        public record Quote(@Utf8(length = Length.U8) String symbol,
                            @FixedInt(bytes = 4) int qty,
                            Optional<String> venue) {}
        """, 7,
        "[wiremessage:baseline-new-without-since] Quote.venue is new since the baseline and has no @Since: deployed "
            + "writers send frames without it, which this reader would reject. Write @Since(2) on venue");
  }

  @Test
  void newComponentWithAReleasedVersion() throws IOException {
    release(Sources.of("Meter", """
        @WireMessage(extensible = true)
        public record Meter(int id, @Since(2) Optional<String> unit) {}
        """));
    assertBreaks("Meter", """
        @WireMessage(extensible = true)
        public record Meter(int id, @Since(2) Optional<String> unit,
                            @Since(2) int scale) {}
        """, 6,
        "[wiremessage:baseline-since-not-newer] @Since(2) on Meter.scale, which is new since the baseline: version 2 "
            + "of Meter is released without it, and its frames end where this reader expects scale. Write @Since(3)");
  }

  @Test
  void sinceChanged() throws IOException {
    release(Sources.of("Meter", """
        @WireMessage
        public record Meter(int id, @Since(2) Optional<String> unit) {}
        """));
    assertBreaks("Meter", """
        @WireMessage
        public record Meter(int id,
                            @Since(3) Optional<String> unit) {}
        """, 6,
        "[wiremessage:baseline-since-changed] Meter.unit was @Since(2), is @Since(3): deployed readers tell where an "
            + "older frame ends by the versions of the baseline. Keep @Since(2)");
  }

  @Test
  void extensibleRemoved() throws IOException {
    release(Sources.of("Meter", """
        @WireMessage(extensible = true)
        public record Meter(int id) {}
        """));
    assertBreaks("Meter", """
        @WireMessage
        public record Meter(int id) {}
        """, 5,
        "[wiremessage:baseline-extensible] Meter was @WireMessage(extensible = true), is not extensible: deployed "
            + "writers may append the components of a later version, which Meter would then reject as malformed. "
            + "Keep extensible = true");
  }

  @Test
  void jsonComponentRenamed() throws IOException {
    release(Sources.of("Data", """
        @WireMessage(format = Format.JSON)
        public record Data(String message, int value) {}
        """));
    assertBreaks("Data", """
        @WireMessage(format = Format.JSON)
        public record Data(String text,
                           int value) {}
        """, 5,
        "[wiremessage:baseline-json-renamed] Data.text was \"message\", is \"text\": in a Format.JSON body the "
            + "component names are the keys, so a deployed peer writes and looks for \"message\". Keep the name "
            + "message, or add text as a new component with @Since(2)");
  }

  @Test
  void nestedRecordBecomesEvolving() throws IOException {
    release(Sources.of("In", "@WireMessage public record In(int x) {}"),
        Sources.of("Out", """
            @WireMessage
            public record Out(In in, int n) {}
            """));
    JavaFileObject in = Sources.of("In", "@WireMessage public record In(int x, @Since(2) Optional<Integer> y) {}");
    JavaFileObject out = Sources.of("Out", """
        @WireMessage
        public record Out(In in,
                          int n) {}
        """);
    Compilation c = next(in, out);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[wiremessage:baseline-nested-evolving] Out.in holds In, which is now evolving "
        + "(it has @Since components or is extensible) and so is written after its VARINT byte length, so the bytes "
        + "of Out change: a deployed peer reads In inline, with no length. Keep In as it was, and put the new "
        + "components in a new record added to Out with @Since(2)").inFile(out).onLine(5);
  }

  @Test
  void enumCodeChanged() throws IOException {
    JavaFileObject order = Sources.of("Order", """
        @WireMessage
        public record Order(int qty,
                            @FixedInt(bytes = 1) Side side) {}
        """);
    release(Sources.of("Side", "public enum Side { @WireValue(1) BUY, @WireValue(2) SELL }"), order);
    Compilation c = next(Sources.of("Side", "public enum Side { @WireValue(1) BUY, @WireValue(3) SELL }"), order);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[wiremessage:baseline-enum-code] Order.side: Side.SELL was @WireValue(2), is "
        + "@WireValue(3): a deployed peer reads 2 as SELL. Keep @WireValue(2) on SELL, and give a new constant a code "
        + "not used before").inFile(order).onLine(6);
  }

  @Test
  void enumConstantRemoved() throws IOException {
    JavaFileObject order = Sources.of("Order", """
        @WireMessage
        public record Order(int qty,
                            Side side) {}
        """);
    release(Sources.of("Side", "public enum Side { BUY, SELL }"), order);
    Compilation c = next(Sources.of("Side", "public enum Side { BUY }"), order);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[wiremessage:baseline-enum-removed] Order.side: enum Side had the constant "
        + "SELL, which is gone: a deployed peer may still send it, and this reader would reject it as malformed. "
        + "Keep SELL (deprecate it instead)").inFile(order).onLine(6);
  }

  private static final String START = "@WireMessage(id = 1) public record Start(int a) implements Cmd {}";

  @Test
  void protocolTagChanged() throws IOException {
    release(Sources.of("Cmd", "@WireProtocol public sealed interface Cmd permits Start {}"), Sources.of("Start", START));
    JavaFileObject cmd = Sources.of("Cmd", """
        @WireProtocol(tag = Length.U16)
        public sealed interface Cmd permits Start {}
        """);
    Compilation c = next(cmd, Sources.of("Start", START));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[wiremessage:baseline-protocol-tag] @WireProtocol Cmd had tag = Length.U8, has "
        + "tag = Length.U16: a deployed peer reads its tag as a 1-byte number. Keep the tag of the baseline")
        .inFile(cmd).onLine(4);
  }

  @Test
  void protocolMemberRemoved() throws IOException {
    release(Sources.of("Cmd", "@WireProtocol public sealed interface Cmd permits Start, Stop {}"),
        Sources.of("Start", START), Sources.of("Stop", "@WireMessage(id = 2) public record Stop() implements Cmd {}"));
    JavaFileObject cmd = Sources.of("Cmd", """
        @WireProtocol
        public sealed interface Cmd permits Start {}
        """);
    Compilation c = next(cmd, Sources.of("Start", START));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[wiremessage:baseline-member-removed] Stop (id 2) is no longer a member of "
        + "@WireProtocol Cmd: a deployed peer may still send tag 2, and this reader would reject it as malformed. Keep "
        + "Stop in the permits of Cmd").inFile(cmd).onLine(5);
  }

  @Test
  void protocolMemberIdChanged() throws IOException {
    release(Sources.of("Cmd", "@WireProtocol public sealed interface Cmd permits Start {}"), Sources.of("Start", START));
    JavaFileObject start = Sources.of("Start", """
        @WireMessage(id = 5)
        public record Start(int a) implements Cmd {}
        """);
    Compilation c = next(Sources.of("Cmd", "@WireProtocol public sealed interface Cmd permits Start {}"), start);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[wiremessage:baseline-member-id] Start had id 1 in @WireProtocol Cmd, has id 5: "
        + "a deployed peer writes and reads Start as tag 1. Write @WireMessage(id = 1)").inFile(start).onLine(4);
  }

  @Test
  void unreadableBaselineFile() throws IOException {
    Files.writeString(baseline.resolve("test.Quote.json"), "{\"descriptor\": \"wiremessage layout\", \"version\": 99}");
    JavaFileObject quote = Sources.of("Quote", QUOTE_V1);
    Compilation c = next(quote);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[wiremessage:baseline-unreadable] the baseline of Quote, "
        + baseline.resolve("test.Quote.json") + ", is not a layout descriptor this processor reads: descriptor version "
        + "99, and this processor reads versions 1 to 2. Copy it again from the release's class output "
        + "(META-INF/wiremessage/test.Quote.json), or delete it to treat Quote as a new type").inFile(quote).onLine(5);
  }

  @Test
  void baselineOptionNotADirectory() {
    Compilation c = Compiler.javac().withProcessors(new WireMessageProcessor())
        .withOptions("-Awiremessage.baseline=wire-baseline").compile(Sources.of("Quote", QUOTE_V1));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[wiremessage:baseline-option] -Awiremessage.baseline=wire-baseline: not an "
        + "absolute path (javac resolves a relative one against its working directory, which differs between builds). "
        + "Give the absolute path of the directory that holds the last release's layout descriptors");
  }

  // ---- compatible changes -----------------------------------------------------------------

  @Test
  void appendingSinceComponentsWarnsAboutTheUpgradeOrder() throws IOException {
    release(Sources.of("Quote", QUOTE_V1));
    JavaFileObject v2 = Sources.of("Quote", """
        @WireMessage
        public record Quote(@Utf8(length = Length.U8) String symbol,
                            @FixedInt(bytes = 4) int qty,
                            @Since(2) Optional<String> venue) {}
        """);
    Compilation c = next(v2);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[wiremessage:baseline-upgrade-order] Quote appends version 2 (venue) to Quote, "
        + "which is not extensible: new readers read old frames, but deployed readers reject frames that carry version "
        + "2. Deploy every reader of Quote before any writer sends version 2; to let later versions deploy in any "
        + "order, declare @WireMessage(extensible = true)").inFile(v2).onLine(7);
  }

  @Test
  void compatibleChangesCompileWithoutWarnings() throws IOException {
    release(Sources.of("Meter", """
            @WireMessage(extensible = true)
            public record Meter(int id, @Utf8(maxBytes = 10) String unit, Side side) {}
            """),
        Sources.of("Side", "public enum Side { @WireValue(1) BUY, @WireValue(2) SELL }"),
        Sources.of("Cmd", "@WireProtocol public sealed interface Cmd permits Start {}"), Sources.of("Start", START),
        Sources.of("Data", "@WireMessage(format = Format.JSON) public record Data(String message, int value) {}"));
    Compilation c = next(
        // a component renamed, a limit changed, a @Since component appended to an extensible message
        Sources.of("Meter", """
            @WireMessage(extensible = true)
            public record Meter(int meterId, @Utf8(maxBytes = 99) String unit, Side side,
                                @Since(2) List<Integer> readings) {}
            """),
        // a new enum constant
        Sources.of("Side", "public enum Side { @WireValue(1) BUY, @WireValue(2) SELL, @WireValue(3) SHORT }"),
        // a new protocol member
        Sources.of("Cmd", "@WireProtocol public sealed interface Cmd permits Start, Stop {}"), Sources.of("Start", START),
        Sources.of("Stop", "@WireMessage(id = 2) public record Stop() implements Cmd {}"),
        // a JSON key moved, a new key with @Since
        Sources.of("Data", """
            @WireMessage(format = Format.JSON)
            public record Data(int value, String message, @Since(2) Optional<String> unit) {}
            """),
        // a new type
        Sources.of("Trade", "@WireMessage public record Trade(long id) {}"));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void extensibleFromFalseToTrueIsCompatibleButChangesTheLayoutOfWhatNestsIt() throws IOException {
    release(Sources.of("In", "@WireMessage public record In(int x) {}"),
        Sources.of("Out", "@WireMessage public record Out(In in) {}"),
        Sources.of("Alone", "@WireMessage public record Alone(int n) {}"));
    Compilation alone = next(Sources.of("Alone", "@WireMessage(extensible = true) public record Alone(int n) {}"));
    assertThat(alone).succeededWithoutWarnings();

    JavaFileObject in = Sources.of("In", "@WireMessage(extensible = true) public record In(int x) {}");
    JavaFileObject out = Sources.of("Out", "@WireMessage public record Out(In in) {}");
    Compilation nested = next(in, out);
    assertThat(nested).hadErrorCount(1);
    assertThat(nested).hadErrorContaining("[wiremessage:baseline-nested-evolving] Out.in holds In, which is now "
        + "evolving").inFile(out).onLine(4);
  }

  @Test
  void withoutTheOptionNothingIsChecked() throws IOException {
    release(Sources.of("Quote", QUOTE_V1));
    Compilation c = Sources.compile(Sources.of("Quote", """
        @WireMessage
        public record Quote(@FixedInt(bytes = 8) long qty) {}
        """));
    assertThat(c).succeededWithoutWarnings();
  }
}
