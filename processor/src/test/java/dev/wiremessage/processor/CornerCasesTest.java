package dev.wiremessage.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireEncodeException;
import dev.wiremessage.runtime.WireFormatException;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Inputs that are easy to get wrong: every kind of @Nullable, clashing names, recursion. */
class CornerCasesTest {

  /** A {@code Nullable} annotation in package {@code pkg}, with {@code target} (or none). */
  private static JavaFileObject nullable(String pkg, String target) {
    return JavaFileObjects.forSourceString(pkg + ".Nullable", "package " + pkg + ";\n"
        + (target == null ? "" : "@java.lang.annotation.Target(java.lang.annotation.ElementType." + target + ")\n")
        + "public @interface Nullable {}\n");
  }

  @Test
  void anyAnnotationNamedNullableMakesAComponentNullable() {
    Compilation c = Sources.compile(
        nullable("typeuse", "TYPE_USE"),
        nullable("field", "FIELD"),
        nullable("method", "METHOD"),
        nullable("parameter", "PARAMETER"),
        nullable("component", "RECORD_COMPONENT"),
        nullable("anywhere", null),
        Sources.of("N", """
            @WireMessage
            public record N(@typeuse.Nullable String a, @field.Nullable String b, @method.Nullable String c,
                @parameter.Nullable String d, @component.Nullable String e, @anywhere.Nullable String f,
                String notNullable) {}
            """));
    assertThat(c).succeededWithoutWarnings();
    for (String name : List.of("a", "b", "c", "d", "e", "f")) {
      assertThat(c).generatedSourceFile("test.NCodec").contentsAsUtf8String()
          .contains("String " + name + " = in.readPresence(\"N." + name + "\") ? ");
    }
    assertThat(c).generatedSourceFile("test.NCodec").contentsAsUtf8String()
        .contains("String notNullable = in.readUtf8(Length.U32, Endian.BIG, \"N.notNullable\");");
  }

  @Test
  void componentsNamedLikeLocalsAndParameters() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(Sources.of("Names", """
        @WireMessage
        public record Names(int in, String out, Optional<String> message, List<Integer> i, int[] inList,
            Side inCode, Optional<Side> tag, @Count(length = Length.REST) List<Optional<String>> iItem) {}
        """), Sources.of("Side", "public enum Side { @WireValue(1) BUY, @WireValue(2) SELL }")));
    WireCodec<Object> codec = classes.codec("Names");
    Object buy = classes.constant("Side", "BUY");
    Object value = classes.record("Names", 1, "o", Optional.of("m"), List.of(2, 3), new int[] {4}, buy,
        Optional.of(buy), List.of(Optional.of("x"), Optional.empty()));
    Object decoded = codec.fromFrame(codec.toFrame(value));
    assertThat(decoded.toString().replaceAll("inList=\\[I@\\w+", "")).isEqualTo(value.toString().replaceAll("inList=\\[I@\\w+", ""));
    assertThat((int[]) decoded.getClass().getMethod("inList").invoke(decoded)).isEqualTo(new int[] {4});
  }

  @Test
  void recursiveRecord() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(Sources.of("Node", """
        @WireMessage
        public record Node(@FixedInt(bytes = 1) int value, Optional<Node> next, List<Node> children) {}
        """)));
    WireCodec<Object> codec = classes.codec("Node");
    Object leaf = classes.record("Node", 2, Optional.empty(), List.of());
    Object root = classes.record("Node", 1, Optional.of(leaf), List.of(leaf, leaf));
    assertThat(codec.fromFrame(codec.toFrame(root))).isEqualTo(root);
  }

  @Test
  void recursionDeeperThanMaxDepthIsMalformedNotStackOverflow() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(Sources.of("Node", """
        @WireMessage
        public record Node(@FixedInt(bytes = 1) int value, Optional<Node> next, List<Node> children) {}
        """)));
    WireCodec<Object> codec = classes.codec("Node");
    // a chain of 64 Nodes (the top-level one is depth 1): value 07, presence 01, ..., then the children counts
    String chain64 = "0701".repeat(63) + "0700" + "00000000".repeat(64);
    byte[] ok = java.util.HexFormat.of().parseHex(chain64);
    assertThat(codec.encode(codec.decode(ok))).isEqualTo(ok);
    // a hostile payload: value, presence 01, value, presence 01, ... half a million levels
    byte[] hostile = java.util.HexFormat.of().parseHex("0701".repeat(500_000));
    WireFormatException e = assertThrows(WireFormatException.class, () -> codec.decode(hostile));
    assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED);
    assertThat(e.getMessage()).isEqualTo("malformed: Node.next: messages nested deeper than 64 (maxDepth) (at byte 128)");
    // children count too: 01 child, recursively
    byte[] wide = java.util.HexFormat.of().parseHex("0700 00000001".repeat(100_000).replace(" ", ""));
    assertThat(assertThrows(WireFormatException.class, () -> codec.decode(wide)).getMessage())
        .contains("Node.children: messages nested deeper than 64");
    assertThat(assertThrows(WireFormatException.class, () -> codec.withMaxDepth(63).decode(ok)).getMessage())
        .contains("nested deeper than 63");
    assertThat(codec.withMaxDepth(256).decode(ok)).isEqualTo(codec.decode(ok));
  }

  @Test
  void nestedRecordsAndProtocolsOfOneRoundInOtherPackagesAndNesting() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(
        JavaFileObjects.forSourceString("other.Point", """
            package other;
            @dev.wiremessage.WireMessage
            public record Point(int x, int y) {}
            """),
        Sources.of("Shapes", """
            @WireProtocol(tag = Length.VARINT)
            public sealed interface Shapes {
              @WireMessage(id = 300) record Dot(other.Point at) implements Shapes {}
              @WireMessage(id = 1) record Line(other.Point from, other.Point to) implements Shapes {}
            }
            """)));
    WireCodec<Object> codec = classes.codec("Shapes");
    Object dot = classes.loadClass("test.Shapes$Dot").getDeclaredConstructors()[0]
        .newInstance(classes.loadClass("other.Point").getDeclaredConstructors()[0].newInstance(1, 2));
    byte[] frame = codec.toFrame(dot);
    assertThat(java.util.HexFormat.of().formatHex(frame)).isEqualTo("0000000a" + "ac02" + "00000001" + "00000002");
    assertThat(codec.fromFrame(frame)).isEqualTo(dot);
  }

  /**
   * A protocol's codec meets a subtype its interface did not permit when the codec was
   * generated (the interface was recompiled alone): an encode error like every other, not a
   * bare IllegalArgumentException.
   */
  @Test
  void aSubtypeAddedAfterTheCodecWasGeneratedIsAnEncodeError() throws Exception {
    Compilation first = Sources.compile(Sources.of("Cmd", """
        @WireProtocol
        public sealed interface Cmd permits Cmd.Ping {
          @WireMessage(id = 1) record Ping(int n) implements Cmd {}
        }
        """));
    Compilation later = Sources.compile(Sources.of("Cmd", """
        @WireProtocol
        public sealed interface Cmd permits Cmd.Ping, Cmd.Pong {
          @WireMessage(id = 1) record Ping(int n) implements Cmd {}
          @WireMessage(id = 2) record Pong(int n) implements Cmd {}
        }
        """));
    CompiledClasses classes = new CompiledClasses(first, later, java.util.Set.of("test.Cmd", "test.Cmd$Pong"));
    WireCodec<Object> codec = classes.codec("Cmd");
    Object pong = classes.loadClass("test.Cmd$Pong").getDeclaredConstructors()[0].newInstance(7);
    WireEncodeException e = assertThrows(WireEncodeException.class, () -> codec.toFrame(pong));
    assertThat(e).hasMessageThat()
        .isEqualTo("encode: Cmd: not a permitted subtype when this codec was generated: test.Cmd$Pong");
    assertThat(e.messageType()).isEqualTo("Cmd");
    Object ping = classes.loadClass("test.Cmd$Ping").getDeclaredConstructors()[0].newInstance(7);
    assertThat(codec.fromFrame(codec.toFrame(ping))).isEqualTo(ping);
  }
}
