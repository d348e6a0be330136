package dev.wiremessage.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireFormatException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What generated decoders do with bytes that name no value where one is required (issue 11):
 * the JSON text {@code null} as a JSON body or after a presence byte {@code 01} is malformed,
 * never a null message, a {@code NullPointerException} or a value that re-encodes differently;
 * and what generated code looks like for shapes that used to break it.
 */
class StrictDecodingTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final String NULL = "6e756c6c"; // the JSON text null
  private static final String DATA = "@WireMessage(format = Format.JSON) public record Data(String message, int value) {}";

  @Test
  void jsonBodyOfNullIsMalformedNotANullMessage() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(Sources.of("Data", DATA)));
    WireCodec<Object> codec = classes.codec("Data");
    WireFormatException e = assertThrows(WireFormatException.class, () -> codec.fromFrame(HEX.parseHex("00000004" + NULL)));
    assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED);
    assertThat(e.getMessage()).isEqualTo("malformed: Data: JSON null where a value is required (at byte 0)");
  }

  @Test
  void jsonBodyOfNullInAProtocolAndDelimitedIsMalformed() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(
        Sources.of("P", "@WireProtocol public sealed interface P permits Data {}"),
        Sources.of("Data", "@WireMessage(id = 1, format = Format.JSON) public record Data(String message) implements P {}"),
        Sources.of("Line", "@WireMessage(format = Format.JSON) @Delimited public record Line(String message) {}")));
    WireFormatException p = assertThrows(WireFormatException.class,
        () -> classes.codec("P").fromFrame(HEX.parseHex("00000005" + "01" + NULL)));
    assertThat(p.getMessage()).isEqualTo("malformed: Data: JSON null where a value is required (at byte 1)");
    WireFormatException line = assertThrows(WireFormatException.class,
        () -> classes.codec("Line").fromFrame(HEX.parseHex(NULL + "0a")));
    assertThat(line.getMessage()).isEqualTo("malformed: Line: JSON null where a value is required (at byte 0)");
  }

  @Test
  void presentOptionalOfJsonRecordThatReadsNullIsMalformed() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(Sources.of("Data", DATA),
        Sources.of("OptJson", "@WireMessage public record OptJson(@FixedInt(bytes = 1) int a, Optional<Data> d) {}")));
    WireCodec<Object> codec = classes.codec("OptJson");
    // issue 11: payload 05 01 6E756C6C threw NullPointerException from Optional.of(null)
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> codec.fromFrame(HEX.parseHex("00000006" + "05" + "01" + NULL)));
    assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED);
    assertThat(e.getMessage()).isEqualTo("malformed: Data: JSON null where a value is required (at byte 2)");
    Object present = classes.record("OptJson", 5, Optional.of(classes.record("Data", "m", 1)));
    assertThat(codec.fromFrame(codec.toFrame(present))).isEqualTo(present);
  }

  @Test
  void nullableJsonRecordThatReadsNullIsMalformedNotAbsent() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(Sources.of("Data", DATA),
        Sources.of("Nullable", "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE) public @interface Nullable {}"),
        Sources.of("MaybeJson", "@WireMessage public record MaybeJson(@Nullable Data d) {}")));
    WireCodec<Object> codec = classes.codec("MaybeJson");
    // issue 11, item 10: 01 null decoded to d = null, which re-encodes as 00
    WireFormatException e = assertThrows(WireFormatException.class, () -> codec.fromFrame(HEX.parseHex("00000005" + "01" + NULL)));
    assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED);
    assertThat(e.getMessage()).isEqualTo("malformed: Data: JSON null where a value is required (at byte 1)");
    assertThat(HEX.formatHex(codec.toFrame(classes.record("MaybeJson", (Object) null)))).isEqualTo("0000000100");
  }

  @Test
  void presentJsonBlobThatReadsNullIsMalformed() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(
        Sources.of("P", "public record P(int x) {}"),
        Sources.of("Nullable", "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE) public @interface Nullable {}"),
        Sources.of("Blobs", """
            @WireMessage
            public record Blobs(@JsonBlob Optional<P> opt, @JsonBlob @Nullable P nul, @JsonBlob P plain) {}
            """)));
    WireCodec<Object> codec = classes.codec("Blobs");
    String absent = "00" + "00";
    // @JsonBlob Optional<P>: 01 00000004 null was Optional.of(null), a NullPointerException
    WireFormatException opt = assertThrows(WireFormatException.class,
        () -> codec.fromFrame(HEX.parseHex("00000012" + "01" + "00000004" + NULL + "00" + "00000004" + NULL)));
    assertThat(opt.category()).isEqualTo(ErrorCategory.MALFORMED);
    assertThat(opt.getMessage()).isEqualTo("malformed: Blobs.opt: JSON null where a value is required (at byte 5)");
    // @Nullable @JsonBlob P: 01 null was null, which re-encodes as 00
    WireFormatException nul = assertThrows(WireFormatException.class,
        () -> codec.fromFrame(HEX.parseHex("00000012" + "00" + "01" + "00000004" + NULL + "00000004" + NULL)));
    assertThat(nul.getMessage()).isEqualTo("malformed: Blobs.nul: JSON null where a value is required (at byte 6)");
    // a @JsonBlob reference without a presence byte: null is its JSON text (wire-format 2.4)
    Object nulls = classes.record("Blobs", Optional.empty(), null, null);
    byte[] frame = HEX.parseHex("0000000a" + absent + "00000004" + NULL);
    assertThat(codec.toFrame(nulls)).isEqualTo(frame);
    assertThat(codec.fromFrame(frame)).isEqualTo(nulls);
  }

  @Test
  void jsonBlobPrimitiveOfNullIsMalformed() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(
        Sources.of("Num", "@WireMessage public record Num(@JsonBlob int n) {}")));
    WireCodec<Object> codec = classes.codec("Num");
    WireFormatException e = assertThrows(WireFormatException.class, () -> codec.fromFrame(HEX.parseHex("00000008" + "00000004" + NULL)));
    assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED);
    assertThat(e.getMessage()).contains("Num.n");
    assertThat(codec.fromFrame(HEX.parseHex("00000005" + "00000001" + "37"))).isEqualTo(classes.record("Num", 7));
  }

  @Test
  void jsonBlobListOrArrayIsOneJsonText() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(
        Sources.of("Nullable", "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE) public @interface Nullable {}"),
        Sources.of("Rows", """
            @WireMessage
            public record Rows(@JsonBlob List<Map<String, Integer>> rows, @JsonBlob(length = Length.U8) Optional<List<Integer>> counts,
                @JsonBlob(length = Length.U8) @Nullable List<String> names) {}
            """),
        Sources.of("Words", "@WireMessage public record Words(@JsonBlob(length = Length.U16) String[] words) {}")));
    WireCodec<Object> rows = classes.codec("Rows");
    Map<String, Integer> a = new LinkedHashMap<>();
    a.put("a", 1);
    Object value = classes.record("Rows", List.of(a, Map.of("b", 2)), Optional.of(List.of(1, 2, 3)), List.of("x"));
    byte[] frame = rows.toFrame(value);
    assertThat(HEX.formatHex(frame)).isEqualTo("00000025"
        + "00000011" + HEX.formatHex("[{\"a\":1},{\"b\":2}]".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        + "01" + "07" + HEX.formatHex("[1,2,3]".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        + "01" + "05" + HEX.formatHex("[\"x\"]".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(rows.fromFrame(frame)).isEqualTo(value);
    // present, then the text null: malformed; absent: 00
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> rows.fromFrame(HEX.parseHex("0000000d" + "00000002" + "5b5d" + "01" + "04" + NULL + "00")));
    assertThat(e.getMessage()).isEqualTo("malformed: Rows.counts: JSON null where a value is required (at byte 8)");
    WireCodec<Object> words = classes.codec("Words");
    Object ws = classes.record("Words", (Object) new String[] {"hi", "yo"});
    assertThat(HEX.formatHex(words.toFrame(ws)))
        .isEqualTo("0000000d" + "000b" + HEX.formatHex("[\"hi\",\"yo\"]".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    Object back = words.fromFrame(words.toFrame(ws));
    assertThat((String[]) back.getClass().getMethod("words").invoke(back)).isEqualTo(new String[] {"hi", "yo"});
  }

  @Test
  void unknownEnumCodesAreShownAsTheyWereWritten() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(
        Sources.of("Side", "public enum Side { @WireValue(1) BUY, @WireValue(2) SELL }"),
        Sources.of("Codes", """
            @WireMessage
            public record Codes(@FixedInt(bytes = 4, unsigned = true) Side u32, @FixedInt(bytes = 4) Side s32,
                @FixedInt(bytes = 2, unsigned = true) Side u16, @FixedInt(bytes = 3, unsigned = true) Side u24,
                @FixedInt(bytes = 1) Side s8) {}
            """)));
    WireCodec<Object> codec = classes.codec("Codes");
    String buy = "00000001" + "00000001" + "0001" + "000001" + "01";
    assertThat(codec.fromFrame(HEX.parseHex("0000000e" + buy)).toString()).isEqualTo("Codes[u32=BUY, s32=BUY, u16=BUY, u24=BUY, s8=BUY]");
    assertThat(message(codec, "ffffffff" + buy.substring(8))).isEqualTo("malformed: Codes.u32: unknown code 4294967295 (at byte 4)");
    assertThat(message(codec, "00000001" + "ffffffff" + buy.substring(16))).isEqualTo("malformed: Codes.s32: unknown code -1 (at byte 8)");
    assertThat(message(codec, buy.substring(0, 16) + "ffff" + buy.substring(20))).isEqualTo("malformed: Codes.u16: unknown code 65535 (at byte 10)");
    assertThat(message(codec, buy.substring(0, 20) + "ffffff" + "01")).isEqualTo("malformed: Codes.u24: unknown code 16777215 (at byte 13)");
    assertThat(message(codec, buy.substring(0, 26) + "ff")).isEqualTo("malformed: Codes.s8: unknown code -1 (at byte 14)");
  }

  private static String message(WireCodec<Object> codec, String payload) {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> codec.fromFrame(HEX.parseHex(String.format("%08x", payload.length() / 2) + payload)));
    assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED);
    return e.getMessage();
  }

  @Test
  void nestedRecordTakingTheRestIsFineAsTheLastComponent() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(
        Sources.of("Inner", "@WireMessage public record Inner(@Utf8(length = Length.REST) String s) {}"),
        Sources.of("Tail", "@WireMessage public record Tail(@FixedInt(bytes = 1) int x, Optional<Inner> in) {}")));
    WireCodec<Object> codec = classes.codec("Tail");
    Object tail = classes.record("Tail", 5, Optional.of(classes.record("Inner", "ab")));
    assertThat(HEX.formatHex(codec.toFrame(tail))).isEqualTo("00000004" + "05" + "01" + "6162");
    assertThat(codec.fromFrame(codec.toFrame(tail))).isEqualTo(tail);
  }

  @Test
  void componentsNamedLikeTheTypesGeneratedCodeUses() throws Exception {
    CompiledClasses classes = new CompiledClasses(Sources.compile(
        Sources.of("C2", "@WireMessage public record C2(int Length, String s) {}"),
        Sources.of("Side", "public enum Side { @WireValue(1) BUY, @WireValue(2) SELL }"),
        Sources.of("Inner", "@WireMessage public record Inner(int x) {}"),
        Sources.of("Clash", """
            @WireMessage
            public record Clash(int Length, Endian Endian, List<Integer> Collections, Optional<String> Optional,
                List<String> List, List<Integer> ArrayList, @JsonBlob Map<String, Integer> Type,
                @JsonBlob List<String> JsonTypes, String PayloadReader, String PayloadWriter, long WireFormatException,
                int Framing, int CodecSettings, int in, int out, String message, Inner Inner, int InnerCodec,
                @FixedInt(bytes = 4, unsigned = true) Side Side, Optional<Side> Integer, String String, int test,
                int dev, int java, int INSTANCE, int TYPE_TYPE, @JsonBlob List<Integer> TYPE) {}
            """)));
    WireCodec<Object> c2 = classes.codec("C2");
    Object small = classes.record("C2", 7, "s");
    assertThat(HEX.formatHex(c2.toFrame(small))).isEqualTo("0000000900000007" + "0000000173");
    assertThat(c2.fromFrame(c2.toFrame(small))).isEqualTo(small);
    WireCodec<Object> codec = classes.codec("Clash");
    Object sell = classes.constant("Side", "SELL");
    Object value = classes.record("Clash", 1, dev.wiremessage.Endian.LITTLE, List.of(2), Optional.of("o"), List.of("l"),
        List.of(3), Map.of("t", 4), List.of("j"), "r", "w", 5L, 6, 7, 8, 9, "m", classes.record("Inner", 10), 11, sell,
        Optional.of(sell), "str", 12, 13, 14, 15, 16, List.of(17));
    assertThat(codec.fromFrame(codec.toFrame(value))).isEqualTo(value);
  }
}
