package dev.wiremessage.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireFormatException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What each encoding says about its width: the fewest bytes of an element (checked against counts) and the range of enum codes. */
class EncodingWidthsTest {
  @Test
  void countsAreCheckedAgainstTheFewestBytesOfEveryKind() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(
        Sources.of("Side", "public enum Side { @WireValue(1) BUY, @WireValue(2) SELL }"),
        Sources.of("Color", "public enum Color { RED, GREEN }"),
        Sources.of("Inner", """
            @WireMessage
            public record Inner(boolean a, char b, float c, float d, double e, byte[] f, String g,
                @FixedInt(bytes = 2) Side h, Color i, List<Integer> j, int[] k, Optional<String> l, List<List<Integer>> m) {}
            """),
        Sources.of("Nullable", "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE) public @interface Nullable {}"),
        Sources.of("Outer", """
            @WireMessage
            public record Outer(List<Inner> items, Side[] sides, int[][] grid, @Nullable Side maybe,
                @Nullable List<Integer> maybeList, List<byte[]> blobs, @Count(length = Length.REST) Color[] colors) {}
            """)));
    WireCodec<Object> outer = classes.codec("Outer");
    // 1 + 2 + 4 + 4 + 8 + 4 + 4 + 2 + 4 + 4 + 4 + 1 + 4 = 46 bytes at least per Inner
    WireFormatException e = assertThrows(WireFormatException.class, () -> outer.decode(HexFormat.of().parseHex("00000002" + "00".repeat(50))));
    assertEquals("malformed: Outer.items: count 2 needs at least 92 bytes, 50 left (at byte 0)", e.getMessage());

    Object buy = classes.constant("Side", "BUY");
    Object sell = classes.constant("Side", "SELL");
    Object red = classes.constant("Color", "RED");
    Object green = classes.constant("Color", "GREEN");
    Object inner = classes.record("Inner", true, 'x', 1.5f, 2.5f, 3.5, new byte[] {1, 2}, "hé", sell, green, List.of(1, 2),
        new int[] {3}, Optional.of("o"), List.of(List.of(4), List.of()));
    Object[] sides = (Object[]) java.lang.reflect.Array.newInstance(buy.getClass(), 2);
    sides[0] = buy;
    sides[1] = sell;
    Object[] colors = (Object[]) java.lang.reflect.Array.newInstance(red.getClass(), 2);
    colors[0] = green;
    colors[1] = red;
    Object value = classes.record("Outer", List.of(inner, inner), sides, new int[][] {{1, 2}, {3}}, sell, List.of(5),
        List.of(new byte[] {9}), colors);
    byte[] frame = outer.toFrame(value);
    Object decoded = outer.fromFrame(frame);
    assertArrayEquals(frame, outer.toFrame(decoded));
    assertEquals(sell, decoded.getClass().getMethod("maybe").invoke(decoded));
    assertEquals(List.of(5), decoded.getClass().getMethod("maybeList").invoke(decoded));
    assertArrayEquals(new int[][] {{1, 2}, {3}}, (int[][]) decoded.getClass().getMethod("grid").invoke(decoded));
    assertArrayEquals(new byte[] {9}, ((List<?>) decoded.getClass().getMethod("blobs").invoke(decoded)).get(0) instanceof byte[] b ? b : null);
    Object absent = classes.record("Outer", List.of(), sides, new int[0][], null, null, List.of(), colors);
    Object decodedAbsent = outer.fromFrame(outer.toFrame(absent));
    assertEquals(null, decodedAbsent.getClass().getMethod("maybe").invoke(decodedAbsent));
    assertEquals(null, decodedAbsent.getClass().getMethod("maybeList").invoke(decodedAbsent));
    assertArrayEquals(sides, (Object[]) decoded.getClass().getMethod("sides").invoke(decoded));
    assertArrayEquals(colors, (Object[]) decoded.getClass().getMethod("colors").invoke(decoded));
    Object decodedInner = ((List<?>) decoded.getClass().getMethod("items").invoke(decoded)).get(0);
    assertEquals(green, decodedInner.getClass().getMethod("i").invoke(decodedInner));
    assertEquals(sell, decodedInner.getClass().getMethod("h").invoke(decodedInner));
  }

  @Test
  void enumCodesAtTheEdgesOfTheirWidth() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(
        Sources.of("S1", "public enum S1 { @WireValue(-128) A, @WireValue(127) B }"),
        Sources.of("U1", "public enum U1 { @WireValue(0) A, @WireValue(255) B }"),
        Sources.of("S2", "public enum S2 { @WireValue(-32768) A, @WireValue(32767) B }"),
        Sources.of("U3", "public enum U3 { @WireValue(0) A, @WireValue(16777215) B }"),
        Sources.of("Edges", """
            @WireMessage
            public record Edges(@FixedInt(bytes = 1) S1 a, @FixedInt(bytes = 1, unsigned = true) U1 b,
                @FixedInt(bytes = 2) S2 c, @FixedInt(bytes = 3, unsigned = true) U3 d) {}
            """)));
    WireCodec<Object> codec = classes.codec("Edges");
    Object high = classes.record("Edges", classes.constant("S1", "B"), classes.constant("U1", "B"),
        classes.constant("S2", "B"), classes.constant("U3", "B"));
    assertEquals("7f" + "ff" + "7fff" + "ffffff", HexFormat.of().formatHex(codec.encode(high)));
    assertEquals(high, codec.decode(codec.encode(high)));
    Object low = classes.record("Edges", classes.constant("S1", "A"), classes.constant("U1", "A"),
        classes.constant("S2", "A"), classes.constant("U3", "A"));
    assertEquals("80" + "00" + "8000" + "000000", HexFormat.of().formatHex(codec.encode(low)));
  }

  @Test
  void codesOutOfRangeNameTheWidthTheyNeed() {
    Compilation c = Sources.compile(
        Sources.of("Big", "public enum Big { @WireValue(128) A, @WireValue(-129) B, @WireValue(32768) C, "
            + "@WireValue(8388608) D, @WireValue(-8388609) E, @WireValue(127) F, @WireValue(32767) G, @WireValue(-32768) H, "
            + "@WireValue(8388607) I }"),
        Sources.of("UBig", "public enum UBig { @WireValue(256) A, @WireValue(65536) B, @WireValue(16777216) C, "
            + "@WireValue(-1) D, @WireValue(255) E, @WireValue(65535) F, @WireValue(16777215) G }"),
        Sources.of("Bad", """
            @WireMessage
            public record Bad(@FixedInt(bytes = 1) Big s, @FixedInt(bytes = 1, unsigned = true) UBig u) {}
            """));
    assertThat(c).failed();
    String[][] expected = {
      {"128", "A", "2"}, {"-129", "B", "2"}, {"32768", "C", "3"}, {"8388608", "D", "4"}, {"-8388609", "E", "4"},
      {"32767", "G", "2"}, {"-32768", "H", "2"}, {"8388607", "I", "3"},
    };
    for (String[] x : expected) {
      assertThat(c).hadErrorContaining("enum Big has @WireValue(" + x[0] + ") on " + x[1]
          + ", which does not fit 1 byte of Bad.s (-128..127). Change the code, or widen the component: @FixedInt(bytes = " + x[2] + ")");
    }
    String[][] unsigned = {{"256", "A", "2"}, {"65536", "B", "3"}, {"16777216", "C", "4"}, {"-1", "D", "4"},
      {"65535", "F", "2"}, {"16777215", "G", "3"}};
    for (String[] x : unsigned) {
      assertThat(c).hadErrorContaining("enum UBig has @WireValue(" + x[0] + ") on " + x[1]
          + ", which does not fit unsigned 1 byte of Bad.u (0..255). Change the code, or widen the component: @FixedInt(bytes = "
          + x[2] + ", unsigned = true)");
    }
    assertThat(c.errors()).hasSize(14);
  }

  /** An enum by code takes @FixedInt, one by name takes @Utf8; each names the other's annotation as the fix. */
  @Test
  void enumsRefuseTheOtherKindsAnnotation() {
    var bad = Sources.of("Bad", """
        @WireMessage
        public record Bad(
            @FixedInt(bytes = 1) Color c,
            @Utf8 Side s,
            @Bytes Side t,
            @Bytes Color d) {}
        """);
    Compilation c = Sources.compile(bad, Sources.of("Side", "public enum Side { @WireValue(1) BUY, @WireValue(2) SELL }"),
        Sources.of("Color", "public enum Color { RED, GREEN }"));
    String byCode = "; enum Side is written as its @WireValue code: set the code's width with @FixedInt(bytes = N)";
    String byName = "; enum Color has no @WireValue codes, so it is written by name: give every constant a @WireValue "
        + "to write codes, or set the name's length with @Utf8";
    assertThat(c).hadErrorContaining("[wiremessage:fixed-int-type] @FixedInt on Bad.c, whose type Color is not an integer. "
        + "@FixedInt applies to byte, short, int, long, char, their boxes and enums with @WireValue codes; remove it" + byName)
        .inFile(bad).onLine(6);
    assertThat(c).hadErrorContaining("[wiremessage:utf8-type] @Utf8 on Bad.s, whose type Side is not a String. "
        + "@Utf8 applies to String and to enums written by name; remove it" + byCode).inFile(bad).onLine(7);
    assertThat(c).hadErrorContaining("[wiremessage:bytes-type] @Bytes on Bad.t, whose type Side is not byte[]. "
        + "@Bytes applies to byte[], BigInteger and BigDecimal; remove it" + byCode).inFile(bad).onLine(8);
    assertThat(c).hadErrorContaining("[wiremessage:bytes-type] @Bytes on Bad.d, whose type Color is not byte[]. "
        + "@Bytes applies to byte[], BigInteger and BigDecimal; remove it" + byName).inFile(bad).onLine(9);
    assertThat(c.errors()).hasSize(4);
  }
}
