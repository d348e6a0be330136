package dev.wiremessage.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per diagnostic of evolution.md section 1 (docs/diagnostics.md, "Evolution"): the
 * message, the line it points to, and that no codec is generated for the type. Sources start
 * on line 4 (after the package and two imports).
 */
class EvolutionDiagnosticsTest {

  @Test
  void sinceVersion() {
    JavaFileObject bad = Sources.of("Bad", """
        @WireMessage
        public record Bad(
            int a,
            @Since(1) int b) {}
        """);
    assertError("BadCodec", bad, 7,
        "[wiremessage:since-version] @Since(1) on Bad.b: the components without @Since are version 1, so an added component is version 2 or more. Write @Since(2) for the first version that adds components, or remove @Since from a component that was there from the start");
  }

  @Test
  void sinceOrder() {
    JavaFileObject bad = Sources.of("Bad", """
        @WireMessage
        public record Bad(
            int a,
            @Since(2) Optional<String> b,
            int c) {}
        """);
    assertError("BadCodec", bad, 8,
        "[wiremessage:since-order] Bad.c has no @Since but comes after b, a @Since(2) component: a version-1 frame ends before version 2's components, so nothing after them is version 1. Move c before b, or give it @Since(2) or higher");
  }

  @Test
  void sinceDecreasing() {
    JavaFileObject bad = Sources.of("Bad", """
        @WireMessage
        public record Bad(
            int a,
            @Since(3) int b,
            @Since(2) int c) {}
        """);
    assertError("BadCodec", bad, 8,
        "[wiremessage:since-decreasing] @Since(2) on Bad.c comes after Bad.b with @Since(3): each version's components follow the earlier versions' in the payload. Write @Since(3) or higher on c, or move it before b");
  }

  @Test
  void sinceWithoutAbsentValue() {
    JavaFileObject bad = Sources.of("Bad", """
        @WireMessage
        public record Bad(
            int a,
            @Since(2) String b) {}
        """);
    assertError("BadCodec", bad, 7,
        "[wiremessage:since-no-absent-value] @Since(2) on Bad.b, whose type String has no absent value: a frame from before version 2 has no b, and a reader must give it one. Declare it Optional<String> (absent: empty) or @Nullable String (absent: null)");
  }

  @Test
  void sinceBoxedIntegerSuggestsThePrimitive() {
    JavaFileObject bad = Sources.of("Bad", """
        @WireMessage
        public record Bad(
            int a,
            @Since(2) Integer b) {}
        """);
    assertError("BadCodec", bad, 7,
        "[wiremessage:since-no-absent-value] @Since(2) on Bad.b, whose type Integer has no absent value: a frame from before version 2 has no b, and a reader must give it one. Declare it Optional<Integer> (absent: empty), @Nullable Integer (absent: null) or int (absent: 0)");
  }

  @Test
  void sinceEnumAndNestedRecordHaveNoAbsentValue() {
    JavaFileObject side = Sources.of("Side", "public enum Side { BUY, SELL }");
    JavaFileObject inner = Sources.of("Inner", "@WireMessage public record Inner(int x) {}");
    JavaFileObject bad = Sources.of("Bad", """
        @WireMessage
        public record Bad(
            int a,
            @Since(2) Side side,
            @Since(2) Inner inner) {}
        """);
    Sources.Result result = Sources.compileRecording(bad, side, inner);
    assertThat(result.compilation()).hadErrorContaining(
        "[wiremessage:since-no-absent-value] @Since(2) on Bad.side, whose type Side has no absent value").inFile(bad).onLine(7);
    assertThat(result.compilation()).hadErrorContaining(
        "[wiremessage:since-no-absent-value] @Since(2) on Bad.inner, whose type Inner has no absent value").inFile(bad).onLine(8);
    assertThat(result.generated()).doesNotContain("test.BadCodec");
    assertThat(result.generated()).contains("test.InnerCodec");
  }

  @Test
  void restInExtensibleMessage() {
    JavaFileObject bad = Sources.of("Bad", """
        @WireMessage(extensible = true)
        public record Bad(
            int a,
            @Utf8(length = Length.REST) String s) {}
        """);
    assertError("BadCodec", bad, 7,
        "[wiremessage:rest-in-evolving] @Utf8(length = Length.REST) on Bad.s: Bad is evolving (extensible = true), so its payload must end where its last component ends, for a reader to find another version's components or skip them. Give it a length, e.g. @Utf8(length = Length.U32)");
  }

  @Test
  void restCountBytesAndJsonBlobInMessageWithSince() {
    JavaFileObject bytes = Sources.of("Bytes1", """
        @WireMessage
        public record Bytes1(
            @Since(2) Optional<String> a,
            @Bytes(length = Length.REST) @Since(2) byte[] b) {}
        """);
    assertError("Bytes1Codec", bytes, 7,
        "[wiremessage:rest-in-evolving] @Bytes(length = Length.REST) on Bytes1.b: Bytes1 is evolving (it has @Since components)");
    JavaFileObject list = Sources.of("List1", """
        @WireMessage
        public record List1(
            @Since(2) Optional<String> a,
            @Count(length = Length.REST) @Since(2) List<String> b) {}
        """);
    assertError("List1Codec", list, 7,
        "[wiremessage:rest-in-evolving] @Count(length = Length.REST) on List1.b: List1 is evolving (it has @Since components), so its payload must end where its last component ends, for a reader to find another version's components or skip them. Give it a count, e.g. @Count(length = Length.U32)");
    JavaFileObject json = Sources.of("Json1", """
        @WireMessage(extensible = true)
        public record Json1(
            int a,
            @JsonBlob(length = Length.REST) Map<String, Integer> b) {}
        """);
    assertError("Json1Codec", json, 7, "[wiremessage:rest-in-evolving] @JsonBlob(length = Length.REST) on Json1.b");
  }

  @Test
  void nestedJsonRecordLastInEvolvingMessage() {
    JavaFileObject data = Sources.of("Data", "@WireMessage(format = Format.JSON) public record Data(String m) {}");
    JavaFileObject bad = Sources.of("Bad", """
        @WireMessage(extensible = true)
        public record Bad(
            int a,
            Optional<Data> data) {}
        """);
    assertError("BadCodec", bad, 7,
        "[wiremessage:rest-in-evolving] the Format.JSON record Data on Bad.data: Bad is evolving (extensible = true), so its payload must end where its last component ends, for a reader to find another version's components or skip them. Send it with a length: @JsonBlob, or make Data evolving (@WireMessage(extensible = true)), which nests it after its byte length",
        data);
  }

  @Test
  void nestedRecordEndingInRestLastInEvolvingMessage() {
    JavaFileObject inner = Sources.of("Inner", """
        @WireMessage
        public record Inner(int a, @Utf8(length = Length.REST) String s) {}
        """);
    JavaFileObject bad = Sources.of("Bad", """
        @WireMessage
        public record Bad(
            int a,
            @Since(2) Optional<Inner> in) {}
        """);
    assertError("BadCodec", bad, 7,
        "[wiremessage:rest-in-evolving] the record Inner (ending in @Utf8(length = Length.REST) on Inner.s) on Bad.in: Bad is evolving (it has @Since components), so its payload must end where its last component ends, for a reader to find another version's components or skip them. Give Inner.s a length, e.g. @Utf8(length = Length.U32)",
        inner);
  }

  @Test
  void protocolMemberFollowsTheRules() {
    JavaFileObject cmd = Sources.of("Cmd", "@WireProtocol public sealed interface Cmd permits Start {}");
    JavaFileObject start = Sources.of("Start", """
        @WireMessage(id = 1)
        public record Start(
            int a,
            @Since(2) String who) implements Cmd {}
        """);
    assertError("StartCodec", start, 7,
        "[wiremessage:since-no-absent-value] @Since(2) on Start.who, whose type String has no absent value", cmd);
  }

  @Test
  void jsonFormatRecordFollowsTheRules() {
    JavaFileObject bad = Sources.of("Bad", """
        @WireMessage(format = Format.JSON)
        public record Bad(
            String a,
            @Since(2) Integer b) {}
        """);
    assertError("BadCodec", bad, 7, "[wiremessage:since-no-absent-value] @Since(2) on Bad.b, whose type Integer");
  }

  @Test
  void everyAbsentValueAndAnEvolvingJsonRecordInAListCompile() {
    JavaFileObject nullable = Sources.of("Nullable", """
        @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)
        public @interface Nullable {}
        """);
    JavaFileObject data = Sources.of("Data", """
        @WireMessage(format = Format.JSON, extensible = true)
        public record Data(String m) {}
        """);
    JavaFileObject good = Sources.of("Good", """
        @WireMessage(extensible = true)
        public record Good(
            int a,
            List<Data> data,
            @Since(2) Optional<Data> one,
            @Since(2) @Nullable String s,
            @Since(2) List<String> l,
            @Since(3) byte[] b,
            @Since(3) String[] strings,
            @Since(3) short sh,
            @Since(4) double d) {}
        """);
    Compilation c = Sources.compileLinted(nullable, data, good);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.GoodCodec").contentsAsUtf8String()
        .contains("in.readMessageWithLength(DataCodec.INSTANCE, \"Good.data\")");
  }

  /** Compiles {@code file} with {@code others}: fails with {@code message} on {@code line} of {@code file}, and no {@code codec}. */
  private static void assertError(String codec, JavaFileObject file, int line, String message, JavaFileObject... others) {
    List<JavaFileObject> all = new ArrayList<>();
    all.add(file);
    all.addAll(List.of(others));
    Sources.Result result = Sources.compileRecording(all.toArray(new JavaFileObject[0]));
    Compilation c = result.compilation();
    assertThat(c).failed();
    assertThat(c).hadErrorContaining(message).inFile(file).onLine(line);
    assertThat(result.generated()).doesNotContain("test." + codec);
  }
}
