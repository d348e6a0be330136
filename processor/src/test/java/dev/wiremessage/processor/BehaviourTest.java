package dev.wiremessage.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireEncodeException;
import dev.wiremessage.runtime.WireFormatException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Generated codecs, compiled and loaded, against bytes of the conformance vectors: the code the
 * golden files show does what the wire format says.
 */
class BehaviourTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void binaryQuote() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(Sources.of("Quote", """
        @WireMessage
        public record Quote(@Utf8(length = Length.U8) String symbol, @FixedInt(bytes = 8) long price,
            @FixedInt(bytes = 4) int qty, String venue) {}
        """)));
    Object quote = classes.record("Quote", "AAPL", 18942L, 300, "XNAS");
    assertRoundTrip(classes.codec("Quote"), quote, "00000019044141504c00000000000049fe0000012c00000004584e4153");
  }

  @Test
  void fixedWidthsAndUnsignedBitPatterns() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(
        Sources.of("Widths", """
            @WireMessage
            public record Widths(@FixedInt(bytes = 1) byte a, @FixedInt(bytes = 2, order = Endian.LITTLE) short b,
                @FixedInt(bytes = 3) int c, @FixedInt(bytes = 4, unsigned = true) long d,
                @FixedInt(bytes = 8, order = Endian.LITTLE) long e) {}
            """),
        Sources.of("Unsigned", """
            @WireMessage
            public record Unsigned(@FixedInt(bytes = 4, unsigned = true) int x,
                @FixedInt(bytes = 2, unsigned = true) int port, @FixedInt(bytes = 8, unsigned = true) long big) {}
            """),
        Sources.of("Tiny", "@WireMessage public record Tiny(@FixedInt(bytes = 1) int x) {}")));
    assertRoundTrip(classes.codec("Widths"), classes.record("Widths", (byte) -128, (short) -2, -2, 4000000000L, -1L),
        "0000001280fefffffffeee6b2800ffffffffffffffff");
    assertRoundTrip(classes.codec("Unsigned"), classes.record("Unsigned", -1, 65535, -2L),
        "0000000efffffffffffffffffffffffffffe");
    WireEncodeException e = assertThrows(WireEncodeException.class,
        () -> classes.codec("Tiny").toFrame(classes.record("Tiny", 300)));
    assertThat(e.component()).isEqualTo("x");
  }

  @Test
  void defaultPrimitives() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(Sources.of("Prims", """
        @WireMessage
        public record Prims(boolean flag, byte b, short s, char c, int i, long l, float f, double d) {}
        """)));
    Object prims = classes.record("Prims", true, (byte) -1, (short) 300, 'A', -5, 1099511627776L, 1.5f, -2.25d);
    assertRoundTrip(classes.codec("Prims"), prims, "0000001e01ff012c0041fffffffb00000100000000003fc00000c002000000000000");
  }

  @Test
  void absentValuesWithTypeUseNullable() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(
        Sources.of("Nullable", "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE) public @interface Nullable {}"),
        Sources.of("Opt", "@WireMessage public record Opt(Optional<String> a, @Nullable String b, Optional<String> c) {}")));
    Object opt = classes.record("Opt", Optional.empty(), "x", Optional.of("yz"));
    assertRoundTrip(classes.codec("Opt"), opt, "0000000e000100000001780100000002797a");
    assertRoundTrip(classes.codec("Opt"), classes.record("Opt", Optional.empty(), null, Optional.empty()), "00000003000000");
  }

  @Test
  void nestedMessage() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(
        Sources.of("Inner", "@WireMessage public record Inner(String a, int b) {}"),
        Sources.of("Outer", "@WireMessage public record Outer(@FixedInt(bytes = 1) int kind, Inner inner, String tail) {}")));
    Object outer = classes.record("Outer", 9, classes.record("Inner", "in", 5), "t");
    assertRoundTrip(classes.codec("Outer"), outer, "000000100900000002696e000000050000000174");
  }

  @Test
  void protocol() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(
        Sources.of("Chat", "@WireProtocol @LengthPrefixed(length = Length.U16) public sealed interface Chat permits Join, Say, Leave {}"),
        Sources.of("Join", "@WireMessage(id = 1) public record Join(String name) implements Chat {}"),
        Sources.of("Say", "@WireMessage(id = 2) public record Say(String text) implements Chat {}"),
        Sources.of("Leave", "@WireMessage(id = 3) public record Leave() implements Chat {}")));
    WireCodec<Object> chat = classes.codec("Chat");
    assertRoundTrip(chat, classes.record("Say", "hi"), "000702000000026869");
    assertRoundTrip(chat, classes.record("Leave"), "000103");
    WireFormatException e = assertThrows(WireFormatException.class, () -> chat.fromFrame(HEX.parseHex("000109")));
    assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED);
  }

  @Test
  void delimitedEscape() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(Sources.of("Bin", """
        @WireMessage @Delimited(value = "\\n", escape = true)
        public record Bin(@FixedInt(bytes = 4) int x, byte[] raw) {}
        """)));
    WireCodec<Object> codec = classes.codec("Bin");
    byte[] frame = codec.toFrame(classes.record("Bin", 175966976, new byte[] {0x0a, 0x7d, 0x00}));
    assertThat(HEX.formatHex(frame)).isEqualTo("7d2a7d5d0b00000000037d2a7d5d000a");
    Object decoded = codec.fromFrame(frame);
    assertThat(decoded.getClass().getMethod("raw").invoke(decoded)).isEqualTo(new byte[] {0x0a, 0x7d, 0x00});
  }

  @Test
  void jsonBlobGenericAndJsonFormat() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(
        Sources.of("Tags", "@WireMessage public record Tags(@JsonBlob(length = Length.U16) Map<String, List<Integer>> tags) {}"),
        Sources.of("Data", "@WireMessage(format = Format.JSON) public record Data(String message, int value) {}")));
    Map<String, List<Integer>> tags = new java.util.LinkedHashMap<>();
    tags.put("primes", List.of(2, 3, 5));
    tags.put("none", List.of());
    assertRoundTrip(classes.codec("Tags"), classes.record("Tags", tags),
        "0000001e001c7b227072696d6573223a5b322c332c355d2c226e6f6e65223a5b5d7d");
    assertRoundTrip(classes.codec("Data"), classes.record("Data", "This is a test", 42),
        "000000277b226d657373616765223a225468697320697320612074657374222c2276616c7565223a34327d");
  }

  @Test
  void enumsListsAndArrays() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(
        Sources.of("Side", "public enum Side { @WireValue(1) BUY, @WireValue(2) SELL }"),
        Sources.of("Color", "public enum Color { RED, GREEN }"),
        Sources.of("Order", """
            @WireMessage
            public record Order(@FixedInt(bytes = 1) Side side, @Utf8(length = Length.U8) Color color,
                @Count(length = Length.U8) @FixedInt(bytes = 2) List<Integer> ports,
                List<Optional<Side>> history, @Count(length = Length.REST) short[] rest) {}
            """)));
    WireCodec<Object> codec = classes.codec("Order");
    Object sell = classes.constant("Side", "SELL");
    Object order = classes.record("Order", sell, classes.constant("Color", "RED"), List.of(80, 443),
        List.of(Optional.of(sell), Optional.empty()), new short[] {1, -1});
    byte[] frame = codec.toFrame(order);
    assertThat(HEX.formatHex(frame)).isEqualTo("00000018"
        + "02" // side SELL = code 2 in one byte
        + "03524544" // color "RED" after a U8 length
        + "02" + "0050" + "01bb" // two ports
        + "00000002" + "0100000002" + "00" // history: present SELL, absent
        + "0001" + "ffff"); // rest: shorts to the end
    Object decoded = codec.fromFrame(frame);
    assertThat(decoded.getClass().getMethod("history").invoke(decoded)).isEqualTo(List.of(Optional.of(sell), Optional.empty()));
    assertThat((short[]) decoded.getClass().getMethod("rest").invoke(decoded)).isEqualTo(new short[] {1, -1});
    // rest read into an unboxed array sized by the bytes left: none, and a short cut in half
    Object none = codec.fromFrame(HEX.parseHex("00000014" + "02" + "03524544" + "02" + "0050" + "01bb"
        + "00000002" + "0100000002" + "00"));
    assertThat((short[]) none.getClass().getMethod("rest").invoke(none)).isEqualTo(new short[0]);
    WireFormatException half = assertThrows(WireFormatException.class, () -> codec.fromFrame(HEX.parseHex("00000017"
        + "02" + "03524544" + "02" + "0050" + "01bb" + "00000002" + "0100000002" + "00" + "0001" + "ff")));
    assertThat(half.category()).isEqualTo(ErrorCategory.MALFORMED);
    assertThat(half.getMessage()).contains("Order.rest");

    WireFormatException e = assertThrows(WireFormatException.class,
        () -> codec.fromFrame(HEX.parseHex("0000000a" + "07" + "03524544" + "00" + "00000000")));
    assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED);
    assertThat(e.getMessage()).contains("unknown code 7");
  }

  /**
   * Consecutive fixed-width primitives are written behind one room check and read after one
   * bounds check (goldens QuoteCodec, PrimsCodec); bytes and errors are those of the
   * components one by one: a cut names the component it falls in, a bad boolean before the
   * cut comes first, a value out of range names its component.
   */
  @Test
  void runsOfFixedWidthComponentsKeepTheirBytesAndErrors() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(Sources.of("Run", """
        @WireMessage
        public record Run(String s, boolean a, int b, boolean c, @FixedInt(bytes = 2) int d, String t) {}
        """)));
    WireCodec<Object> codec = classes.codec("Run");
    Object run = classes.record("Run", "", true, 7, false, -2, "");
    String payload = "00000000" + "01" + "00000007" + "00" + "fffe" + "00000000";
    assertThat(HEX.formatHex(codec.encode(run))).isEqualTo(payload);
    assertThat(codec.decode(HEX.parseHex(payload))).isEqualTo(run);
    String[] fields = {"a", "b", "b", "b", "b", "c", "d", "d"};
    int[] starts = {0, 1, 1, 1, 1, 5, 6, 6};
    for (int n = 0; n < 8; n++) {
      byte[] cut = HEX.parseHex(payload.substring(0, 8 + 2 * n));
      String f = "Run." + fields[n];
      int left = n - starts[n];
      assertThat(assertThrows(WireFormatException.class, () -> codec.decode(cut)).getMessage()).isEqualTo(
          "malformed: " + f + ": payload ends inside " + f + " (" + left + (left == 1 ? " byte" : " bytes")
          + " left) (at byte " + (4 + starts[n]) + ")");
    }
    assertThat(assertThrows(WireFormatException.class,
        () -> codec.decode(HEX.parseHex("00000000" + "01" + "00000007" + "02" + "ff"))).getMessage())
        .isEqualTo("malformed: Run.c: boolean 0x02 (expected 0x00 or 0x01) (at byte 9)");
    assertThat(assertThrows(WireEncodeException.class,
        () -> codec.encode(classes.record("Run", "", true, 7, false, 40000, ""))).getMessage())
        .isEqualTo("encode: Run.d: 40000 does not fit in 2 signed bytes (expected -32768..32767)");
  }

  @Test
  void maximaOfRestCountsEnumNamesAndNestedElements() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(
        Sources.of("Color", "public enum Color { RED, GREEN }"),
        Sources.of("Caps", """
            @WireMessage
            public record Caps(@Utf8(length = Length.U8, maxBytes = 5) Color color,
                @Count(length = Length.U8, max = 2) @Utf8(length = Length.U8, maxBytes = 2) List<List<String>> words,
                @Count(length = Length.REST, max = 2) short[] rest) {}
            """)));
    WireCodec<Object> codec = classes.codec("Caps");
    Object red = classes.constant("Color", "RED");
    Object caps = classes.record("Caps", red, List.of(List.of("ab"), List.of()), new short[] {1, -1});
    byte[] frame = codec.toFrame(caps);
    assertThat(HEX.formatHex(frame)).isEqualTo("00000014"
        + "03524544" // "RED"; "GREEN" is 5 bytes, the max
        + "02" + "00000001" + "026162" + "00000000" // two lists (the max) of U32-counted words
        + "0001" + "ffff"); // rest: two shorts (the max)
    assertThat((short[]) codec.fromFrame(frame).getClass().getMethod("rest").invoke(codec.fromFrame(frame)))
        .isEqualTo(new short[] {1, -1});

    // a third short to the end of the payload: malformed where it starts
    WireFormatException rest = assertThrows(WireFormatException.class,
        () -> codec.fromFrame(HEX.parseHex("00000016" + "03524544" + "02" + "00000001" + "026162" + "00000000"
            + "0001" + "ffff" + "0002")));
    assertThat(rest.getMessage()).isEqualTo(
        "malformed: Caps.rest: more than max = 2 elements (2 bytes left after 2) (at byte 20)");
    // "PURPLE" is 6 bytes: refused by its length before the name is decoded or looked up
    WireFormatException name = assertThrows(WireFormatException.class,
        () -> codec.fromFrame(HEX.parseHex("0000000c" + "06505552504c45" + "00" + "0001" + "ffff")));
    assertThat(name.getMessage()).isEqualTo("malformed: Caps.color: string of 6 bytes is longer than maxBytes = 5 (at byte 0)");
    // the element maximum applies to each word of each inner list; @Count(max) to the outer list
    WireFormatException word = assertThrows(WireFormatException.class,
        () -> codec.fromFrame(HEX.parseHex("0000000f" + "03524544" + "01" + "00000001" + "03616263" + "0001")));
    assertThat(word.getMessage()).isEqualTo("malformed: Caps.words: string of 3 bytes is longer than maxBytes = 2 (at byte 9)");
    WireEncodeException three = assertThrows(WireEncodeException.class,
        () -> codec.toFrame(classes.record("Caps", red, List.of(List.of(), List.of(), List.of()), new short[0])));
    assertThat(three.getMessage()).isEqualTo("encode: Caps.words: count 3 is more than max = 2");
  }

  /** Encoding {@code value} gives exactly {@code hex}, and decoding it gives {@code value} back. */
  private static void assertRoundTrip(WireCodec<Object> codec, Object value, String hex) throws WireFormatException {
    assertThat(HEX.formatHex(codec.toFrame(value))).isEqualTo(hex);
    assertThat(codec.fromFrame(HEX.parseHex(hex))).isEqualTo(value);
  }
}
