package dev.wiremessage.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.wiremessage.WireMessage;
import dev.wiremessage.runtime.WireCodec;
import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One test per diagnostic of docs/diagnostics.md: the message, the file and line it points to
 * (the annotation value where there is one), and that no codec is generated for a type with
 * errors. Sources start on line 4 (after the package and two imports).
 */
class DiagnosticsTest {
  private static final JavaFileObject NULLABLE = Sources.of("Nullable", """
      @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)
      public @interface Nullable {}
      """);

  @Nested
  class Types {
    @Test
    void notARecord() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public class Bad {}
          """);
      assertError("BadCodec", bad, 4,
          "[wiremessage:not-a-record] @WireMessage is on class Bad, which is not a record. Declare it as a record: `record Bad(...) {}`");
    }

    @Test
    void notAccessible() {
      JavaFileObject outer = Sources.of("Outer", """
          public class Outer {
            @WireMessage
            private record Bad(int a) {}
          }
          """);
      assertError("Outer_BadCodec", outer, 6,
          "[wiremessage:not-accessible] Bad is private (or inside a private type), so the generated Outer_BadCodec cannot use it. Make Bad package-private or public");
    }

    @Test
    void notAccessibleInsidePrivateType() {
      JavaFileObject outer = Sources.of("Outer", """
          public class Outer {
            private static class Hidden {
              @WireMessage
              record Bad(int a) {}
            }
          }
          """);
      assertError("Outer_Hidden_BadCodec", outer, 7, "[wiremessage:not-accessible] Bad (in Hidden) is private");
    }

    @Test
    void genericType() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad<T>(int a) {}
          """);
      assertError("BadCodec", bad, 5, "[wiremessage:generic-type] Bad has type parameters T; a codec is for one concrete type");
    }

    @Test
    void badId() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage(id = -2)
          public record Bad(int a) {}
          """);
      assertError("BadCodec", bad, 4, "[wiremessage:bad-id] @WireMessage(id = -2) on Bad: an id is 0 or more");
    }

    @Test
    void idWithoutProtocol() {
      JavaFileObject lonely = Sources.of("Lonely", """
          @WireMessage(id = 7)
          public record Lonely(int a) {}
          """);
      Sources.Result result = Sources.compileRecording(lonely);
      Compilation c = result.compilation();
      assertThat(c).succeeded();
      assertThat(result.generated()).contains("test.LonelyCodec");
      assertThat(c).hadWarningContaining(
              "[wiremessage:id-without-protocol] @WireMessage(id = 7) on Lonely has no effect: Lonely implements no @WireProtocol interface")
          .inFile(lonely).onLine(4);
    }
  }

  @Nested
  class ComponentTypes {
    @Test
    void unsupportedType() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              Object a) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:unsupported-type] Bad.a has type Object, which has no wire encoding. Use a primitive, a box, String");
    }

    @Test
    void recordNotMessage() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              Point at) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:record-not-message] Bad.at has type Point, a record without @WireMessage. Annotate Point with @WireMessage",
          Sources.of("Point", "public record Point(int x, int y) {}"));
    }

    @Test
    void rawType() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              List tags) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:raw-type] Bad.tags has type List, without a concrete type argument. Write List<T> with a concrete T");
    }

    @Test
    void wildcardType() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              Optional<?> a) {}
          """);
      assertError("BadCodec", bad, 6, "[wiremessage:raw-type] Bad.a has type Optional<?>, without a concrete type argument");
    }

    @Test
    void nestedOptional() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              Optional<Optional<String>> a) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:nested-optional] Bad.a has type Optional<Optional<String>>, a value that can be absent twice");
    }

    @Test
    void nullablePrimitive() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @Nullable int a) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:nullable-primitive] Bad.a is @Nullable but its type int is primitive and never null. Use the box Integer",
          NULLABLE);
    }

    @Test
    void genericArray() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              List<String>[] a) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:generic-array] Bad.a has type List<String>[], an array of a generic type, which Java cannot create. Use a List instead: List<List<String>>");
    }
  }

  @Nested
  class EncodingAnnotations {
    @Test
    void twoEncodings() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @FixedInt(bytes = 2) @Utf8 String a) {}
          """);
      assertError("BadCodec", bad, 6, "[wiremessage:two-encodings] Bad.a has both @FixedInt and @Utf8; a value has one encoding");
    }

    @Test
    void fixedIntBytes() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @FixedInt(bytes = 9) long a) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:fixed-int-bytes] @FixedInt(bytes = 9) on Bad.a: bytes is 1..8. Write a width from 1 to 8, e.g. @FixedInt(bytes = 8)");
    }

    @Test
    void fixedIntTooWide() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @FixedInt(bytes = 8) int a) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:fixed-int-too-wide] @FixedInt(bytes = 8) on Bad.a is wider than its Java type int (4 bytes). Write @FixedInt(bytes = 4) or less");
    }

    @Test
    void fixedIntType() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @FixedInt(bytes = 4) String a) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:fixed-int-type] @FixedInt on Bad.a, whose type String is not an integer. @FixedInt applies to byte, short, int, long, char");
    }

    @Test
    void utf8Type() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @Utf8 int a) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:utf8-type] @Utf8 on Bad.a, whose type int is not a String. @Utf8 applies to String and to enums written by name; remove it; set an integer's width with @FixedInt(bytes = N)");
    }

    @Test
    void bytesType() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @Bytes String a) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:bytes-type] @Bytes on Bad.a, whose type String is not byte[]. @Bytes applies to byte[], BigInteger and BigDecimal; remove it; set a String's length with @Utf8");
    }

    @Test
    void countType() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @Count(length = Length.U8) String a) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:count-type] @Count on Bad.a, whose type String is not a List or an array. Remove @Count, or make the type List<T> or T[]");
    }

    @Test
    void restNotLast() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @Utf8(length = Length.REST) String a,
              int b) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:rest-not-last] @Utf8(length = Length.REST) on Bad.a, which is not the last component: it takes every byte left in the payload. Move a to the end of the record, or give it a length, e.g. @Utf8(length = Length.U32)");
    }

    @Test
    void jsonBlobRestNotLast() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @JsonBlob(length = Length.REST) Map<String, Object> a,
              int b) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:rest-not-last] @JsonBlob(length = Length.REST) on Bad.a, which is not the last component");
    }

    @Test
    void jsonRecordNotLast() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              Data data,
              int b) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:rest-not-last] the Format.JSON record Data on Bad.data, which is not the last component: it takes every byte left in the payload. Move data to the end of the record, or send it with a length: @JsonBlob",
          Sources.of("Data", "@WireMessage(format = Format.JSON) public record Data(String s) {}"));
    }

    @Test
    void restInElement() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @Utf8(length = Length.REST) List<String> a) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:rest-in-element] @Utf8(length = Length.REST) on the elements of Bad.a: an element cannot take every byte left in the payload");
    }

    @Test
    void maxNegative() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @Utf8(length = Length.U16) String a,
              @Bytes(maxBytes = -2) byte[] b) {}
          """);
      assertError("BadCodec", bad, 7,
          "[wiremessage:max-negative] @Bytes(maxBytes = -2) on Bad.b: a maximum is 0 or more, or -1 (the default) for none. Write the most bytes allowed, e.g. maxBytes = 64, or leave maxBytes out");
    }

    @Test
    void maxNegativeCount() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @Count(max = -5) List<String> a) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:max-negative] @Count(max = -5) on Bad.a: a maximum is 0 or more, or -1 (the default) for none. Write the most elements allowed, e.g. max = 100, or leave max out");
    }

    @Test
    void maxOverLength() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              int a,
              @Utf8(length = Length.U8, maxBytes = 300) String b) {}
          """);
      assertError("BadCodec", bad, 7,
          "[wiremessage:max-over-length] @Utf8(maxBytes = 300) on Bad.b is more than its Length.U8 length can carry (255), so 256..300 bytes could never be written. Write maxBytes = 255 or less, or a wider length: length = Length.U16");
    }

    @Test
    void maxOverLengthOfCountAndJson() {
      JavaFileObject count = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @Count(length = Length.U16, max = 70000) List<Integer> a) {}
          """);
      assertError("BadCodec", count, 6,
          "[wiremessage:max-over-length] @Count(max = 70000) on Bad.a is more than its Length.U16 count can carry (65535), so 65536..70000 elements could never be written. Write max = 65535 or less, or a wider length: length = Length.U24");
      JavaFileObject json = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @JsonBlob(length = Length.U24, maxBytes = 1 << 30) Object a) {}
          """);
      assertError("BadCodec", json, 6, "[wiremessage:max-over-length] @JsonBlob(maxBytes = 1073741824) on Bad.a is more "
          + "than its Length.U24 length can carry (16777215), so 16777216..1073741824 bytes could never be written. "
          + "Write maxBytes = 16777215 or less, or a wider length: length = Length.U32");
    }

    @Test
    void nestedRecordTakingTheRestNotLast() {
      // issue 11: OuterRest(Inner in, int x) wrote 00000006 6162 00000005 and could not read it back
      JavaFileObject bad = Sources.of("OuterRest", """
          @WireMessage
          public record OuterRest(
              Inner in,
              int x) {}
          """);
      assertError("OuterRestCodec", bad, 6,
          "[wiremessage:rest-not-last] the record Inner (ending in @Utf8(length = Length.REST) on Inner.s) on OuterRest.in, which is not the last component: it takes every byte left in the payload. Move in to the end of the record, or give Inner.s a length, e.g. @Utf8(length = Length.U32)",
          Sources.of("Inner", "@WireMessage public record Inner(@Utf8(length = Length.REST) String s) {}"));
    }

    @Test
    void nestedRecordEndingInRestBytesNotLast() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              Inner in,
              int x) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:rest-not-last] the record Inner (ending in @Bytes(length = Length.REST) on Inner.raw) on Bad.in, which is not the last component: it takes every byte left in the payload. Move in to the end of the record, or give Inner.raw a length, e.g. @Bytes(length = Length.U32)",
          Sources.of("Inner", "@WireMessage public record Inner(int a, @Bytes(length = Length.REST) byte[] raw) {}"));
    }

    @Test
    void nestedRecordEndingInRestCountNotLast() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              Inner in,
              int x) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:rest-not-last] the record Inner (ending in @Count(length = Length.REST) on Inner.xs) on Bad.in, which is not the last component: it takes every byte left in the payload. Move in to the end of the record, or give Inner.xs a count, e.g. @Count(length = Length.U32)",
          Sources.of("Inner", "@WireMessage public record Inner(@Count(length = Length.REST) List<Integer> xs) {}"));
    }

    @Test
    void nestedRecordEndingInJsonRecordNotLastThroughNesting() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              Mid mid,
              int x) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:rest-not-last] the record Mid (ending in the Format.JSON record Data on Mid.data) on Bad.mid, which is not the last component: it takes every byte left in the payload. Move mid to the end of the record, or write @JsonBlob on Mid.data to send it with a length",
          Sources.of("Mid", "@WireMessage public record Mid(int a, Optional<Data> data) {}"),
          Sources.of("Data", "@WireMessage(format = Format.JSON) public record Data(String s) {}"));
    }

    @Test
    void restTwoLevelsDownNotLast() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              Mid mid,
              int x) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:rest-not-last] the record Mid (ending in @Utf8(length = Length.REST) on Inner.s) on Bad.mid, which is not the last component",
          Sources.of("Mid", "@WireMessage public record Mid(int a, Inner in) {}"),
          Sources.of("Inner", "@WireMessage public record Inner(@Utf8(length = Length.REST) String s) {}"));
    }

    @Test
    void optionalOrNullableNestedRestNotLast() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              Optional<Inner> maybe,
              @Nullable Inner nullable,
              int x) {}
          """);
      Sources.Result result = Sources.compileRecording(bad, NULLABLE,
          Sources.of("Inner", "@WireMessage public record Inner(@Utf8(length = Length.REST) String s) {}"));
      Compilation c = result.compilation();
      assertThat(c).hadErrorCount(2);
      assertThat(c).hadErrorContaining("[wiremessage:rest-not-last] the record Inner (ending in @Utf8(length = Length.REST) on Inner.s) on Bad.maybe")
          .inFile(bad).onLine(6);
      assertThat(c).hadErrorContaining("[wiremessage:rest-not-last] the record Inner (ending in @Utf8(length = Length.REST) on Inner.s) on Bad.nullable")
          .inFile(bad).onLine(7);
      assertThat(result.generated()).doesNotContain("test.BadCodec");
    }

    @Test
    void nestedRecordTakingTheRestInElement() {
      // issue 11: List<Inner> of ["a", "b"] read back [Inner[s=ab], Inner[s=]]
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              List<Inner> xs) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:rest-in-element] the record Inner (ending in @Utf8(length = Length.REST) on Inner.s) on the elements of Bad.xs: an element cannot take every byte left in the payload. Give Inner.s a length, e.g. @Utf8(length = Length.U32)",
          Sources.of("Inner", "@WireMessage public record Inner(@Utf8(length = Length.REST) String s) {}"));
    }

    @Test
    void nestedRecordTakingTheRestInArrayOfOptionals() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @Count(length = Length.REST) List<Optional<Inner>> xs) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:rest-in-element] the record Inner (ending in @Count(length = Length.REST) on Inner.xs) on the elements of Bad.xs",
          Sources.of("Inner", "@WireMessage public record Inner(@Count(length = Length.REST) int[] xs) {}"));
      JavaFileObject array = Sources.of("Arr", """
          @WireMessage
          public record Arr(
              Inner[] xs) {}
          """);
      assertError("ArrCodec", array, 6,
          "[wiremessage:rest-in-element] the record Inner (ending in @Count(length = Length.REST) on Inner.xs) on the elements of Arr.xs",
          Sources.of("Inner", "@WireMessage public record Inner(@Count(length = Length.REST) int[] xs) {}"));
    }

    @Test
    void jsonRecordInElement() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              List<Data> xs) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:rest-in-element] the Format.JSON record Data on the elements of Bad.xs: an element cannot take every byte left in the payload. Send each element with a length: @JsonBlob, or make Data a binary record",
          Sources.of("Data", "@WireMessage(format = Format.JSON) public record Data(String s) {}"));
    }

    @Test
    void countOnJsonBlob() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @Count(length = Length.U8) @JsonBlob List<Map<String, Integer>> rows) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:count-json-blob] @Count on Bad.rows, which is @JsonBlob: the whole List<Map<String, Integer>> is one JSON text, with no count. Remove @Count, or remove @JsonBlob to send a count and then each element");
    }

    @Test
    void restZeroWidth() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @Count(length = Length.REST) List<Empty> a) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:rest-zero-width] @Count(length = Length.REST) on Bad.a, whose elements (Empty) can take 0 bytes",
          Sources.of("Empty", "@WireMessage public record Empty() {}"));
    }
  }

  @Nested
  class Enums {
    @Test
    void maxBelowEnumName() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @Utf8(length = Length.U8, maxBytes = 4) Color a) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:max-below-enum-name] @Utf8(maxBytes = 4) on Bad.a is less than the name of Color.GREEN (5 bytes), which could never be written. Write maxBytes = 5 or more, or give every constant of Color a @WireValue code",
          Sources.of("Color", "public enum Color { RED, GREEN }"));
    }

    @Test
    void enumEmpty() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              Nothing a) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:enum-empty] enum Nothing has no constants, so Bad.a can never hold a value",
          Sources.of("Nothing", "public enum Nothing {}"));
    }

    @Test
    void partialCodes() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              Side side) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:enum-partial-codes] enum Side gives @WireValue to BUY but not to SELL, HOLD. Give every constant a @WireValue",
          Sources.of("Side", "public enum Side { @WireValue(1) BUY, SELL, HOLD }"));
    }

    @Test
    void duplicateCodes() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              Side side) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:enum-duplicate-codes] enum Side has @WireValue(1) on both BUY and SELL. Give each constant a unique code",
          Sources.of("Side", "public enum Side { @WireValue(1) BUY, @WireValue(1) SELL }"));
    }

    @Test
    void codeRange() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @FixedInt(bytes = 1) Side side) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:enum-code-range] enum Side has @WireValue(300) on SELL, which does not fit 1 byte of Bad.side (-128..127). Change the code, or widen the component: @FixedInt(bytes = 2)",
          Sources.of("Side", "public enum Side { @WireValue(1) BUY, @WireValue(300) SELL }"));
    }
  }

  @Nested
  class Framing {
    @Test
    void twoFramings() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          @LengthPrefixed
          @Delimited
          public record Bad(int a) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:two-framings] Bad has both @LengthPrefixed and @Delimited; a stream has one framing. Keep one of them");
    }

    @Test
    void restFrameHeader() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          @LengthPrefixed(length = Length.REST)
          public record Bad(int a) {}
          """);
      assertError("BadCodec", bad, 5,
          "[wiremessage:rest-frame-header] @LengthPrefixed(length = Length.REST) on Bad: a frame header needs a length");
    }

    @Test
    void maxFrameBytes() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          @Delimited(maxFrameBytes = 0)
          public record Bad(int a) {}
          """);
      assertError("BadCodec", bad, 5,
          "[wiremessage:max-frame-bytes] @Delimited(maxFrameBytes = 0) on Bad: the frame limit is at least 1 byte");
    }

    @Test
    void emptyDelimiter() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          @Delimited("")
          public record Bad(int a) {}
          """);
      assertError("BadCodec", bad, 5, "[wiremessage:empty-delimiter] @Delimited(\"\") on Bad: a delimiter cannot be empty");
    }

    @Test
    void delimiterChar() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          @Delimited("\\r\u20ac")
          public record Bad(int a) {}
          """);
      assertError("BadCodec", bad, 5,
          "[wiremessage:delimiter-char] @Delimited on Bad: the character U+20AC at index 1 is above U+00FF");
    }

    @Test
    void escapeReserved() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          @Delimited(value = "}", escape = true)
          public record Bad(int a) {}
          """);
      assertError("BadCodec", bad, 5,
          "[wiremessage:escape-reserved] @Delimited(escape = true) on Bad: the delimiter starts with 0x7D");
    }
  }

  @Nested
  class Protocols {
    private final JavaFileObject join = Sources.of("Join", "@WireMessage(id = 1) public record Join(String name) implements Chat {}");

    @Test
    void notSealed() {
      JavaFileObject chat = Sources.of("Chat", """
          @WireProtocol
          public interface Chat {}
          """);
      assertError("ChatCodec", chat, 4,
          "[wiremessage:protocol-not-sealed] @WireProtocol on non-sealed interface Chat, which is not a sealed interface. Declare `sealed interface Chat permits ...`",
          join);
    }

    @Test
    void onAClass() {
      JavaFileObject chat = Sources.of("Chat", """
          @WireProtocol
          public class Chat {}
          """);
      assertError("ChatCodec", chat, 4, "[wiremessage:protocol-not-sealed] @WireProtocol on class Chat, which is not a sealed interface");
    }

    @Test
    void restTag() {
      JavaFileObject chat = Sources.of("Chat", """
          @WireProtocol(tag = Length.REST)
          public sealed interface Chat permits Join {}
          """);
      assertError("ChatCodec", chat, 4, "[wiremessage:rest-tag] @WireProtocol(tag = Length.REST) on Chat: a tag needs a width", join);
    }

    @Test
    void memberNotMessage() {
      JavaFileObject other = Sources.of("Other", """
          public final class Other implements Chat {}
          """);
      assertError("ChatCodec", other, 4,
          "[wiremessage:protocol-member-not-message] Other is permitted by @WireProtocol Chat but is not a @WireMessage record",
          Sources.of("Chat", "@WireProtocol public sealed interface Chat permits Join, Other {}"), join);
    }

    @Test
    void memberWithoutId() {
      JavaFileObject say = Sources.of("Say", """
          @WireMessage
          public record Say(String text) implements Chat {}
          """);
      assertError("ChatCodec", say, 4,
          "[wiremessage:protocol-member-no-id] Say is in @WireProtocol Chat but has no id. Write @WireMessage(id = N) with an id unused in Chat, e.g. @WireMessage(id = 2)",
          Sources.of("Chat", "@WireProtocol public sealed interface Chat permits Join, Say {}"), join);
    }

    @Test
    void duplicateIds() {
      JavaFileObject b = Sources.of("B", """
          @WireMessage(id = 1)
          public record B() implements P {}
          """);
      assertError("PCodec", b, 4,
          "[wiremessage:protocol-duplicate-id] A and B both have id 1 in @WireProtocol P, so the tag cannot tell them apart. Give B another id, e.g. @WireMessage(id = 2)",
          Sources.of("P", "@WireProtocol public sealed interface P permits A, B {}"),
          Sources.of("A", "@WireMessage(id = 1) public record A() implements P {}"));
    }

    @Test
    void idRange() {
      JavaFileObject say = Sources.of("Say", """
          @WireMessage(id = 256)
          public record Say(String text) implements Chat {}
          """);
      assertError("ChatCodec", say, 4,
          "[wiremessage:protocol-id-range] id 256 of Say does not fit the tag Length.U8 of @WireProtocol Chat (0..255). Use a smaller id, or a wider tag: @WireProtocol(tag = Length.U16)",
          Sources.of("Chat", "@WireProtocol public sealed interface Chat permits Join, Say {}"), join);
    }

    @Test
    void memberFraming() {
      JavaFileObject say = Sources.of("Say", """
          @WireMessage(id = 2)
          @Delimited
          public record Say(String text) implements Chat {}
          """);
      Sources.Result result = Sources.compileRecording(say, join,
          Sources.of("Chat", "@WireProtocol public sealed interface Chat permits Join, Say {}"));
      Compilation c = result.compilation();
      assertThat(c).succeeded();
      assertThat(result.generated()).containsAtLeast("test.ChatCodec", "test.SayCodec");
      assertThat(c).hadWarningContaining(
              "[wiremessage:protocol-member-framing] @Delimited on Say applies only when Say is sent on its own; inside @WireProtocol Chat the framing of Chat holds")
          .inFile(say).onLine(5);
    }
  }

  @Nested
  class Converters {
    private final JavaFileObject millis = Sources.of("Millis", """
        public final class Millis implements WireConverter<java.time.Instant, Long> {
          public Long toWire(java.time.Instant v) { return v.toEpochMilli(); }
          public java.time.Instant fromWire(Long w) { return java.time.Instant.ofEpochMilli(w); }
        }
        """);

    @Test
    void converterType() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @WireAs(converter = Abstract.class) java.time.Instant at) {}
          abstract class Abstract implements WireConverter<java.time.Instant, Long> {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:converter-type] @WireAs(converter = Abstract.class) on Bad.at: Abstract is an abstract class, and a converter is a class the codec can make one of. Declare `public final class Abstract implements WireConverter<Instant, W>` with a wire type W");
    }

    @Test
    void converterGeneric() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @WireAs(converter = Millis.class) java.time.Duration took) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:converter-generic] @WireAs(converter = Millis.class) on Bad.took: Millis converts Instant, but the value is Duration. Use a converter that implements WireConverter<Duration, W> with a concrete wire type W",
          millis);
    }

    @Test
    void converterConstructor() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @WireAs(converter = Bad.Hidden.class) java.time.Instant at) {
            static final class Hidden implements WireConverter<java.time.Instant, Long> {
              private Hidden() {}
              public Long toWire(java.time.Instant v) { return v.toEpochMilli(); }
              public java.time.Instant fromWire(Long w) { return java.time.Instant.ofEpochMilli(w); }
            }
          }
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:converter-constructor] @WireAs(converter = Hidden.class) on Bad.at: the generated codec cannot make a Hidden, which has no public no-argument constructor. Give Hidden a public no-argument constructor");
    }

    @Test
    void protocolComponent() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              Chat body) {}
          """);
      assertError("BadCodec", bad, 6,
          "[wiremessage:protocol-component] Bad.body has type Chat, a @WireProtocol whose member Join is not a @WireMessage(id = N) record. Fix Join as the error on it says",
          Sources.of("Chat", "@WireProtocol public sealed interface Chat permits Join {}"),
          Sources.of("Join", "@WireMessage public record Join(String name) implements Chat {}"));
    }

    @Test
    void delimitedBinary() {
      JavaFileObject line = Sources.of("Line", """
          @WireMessage
          @Delimited
          public record Line(@Utf8(length = Length.U8) String name,
              @FixedInt(bytes = 4) int count) {}
          """);
      Compilation c = Sources.compile(line);
      assertThat(c).succeeded();
      assertThat(c).hadWarningContaining(
              "[wiremessage:delimited-binary] @Delimited on Line without escape = true, but Line.name is written after its binary length (Length.U8), whose bytes can include the delimiter's: encoding such a message then fails. Write @Delimited(escape = true), or send Line.name as text")
          .inFile(line).onLine(6);
    }

    @Test
    void delimitedBinaryInAProtocolMember() {
      JavaFileObject chat = Sources.of("Chat", """
          @WireProtocol
          @Delimited
          public sealed interface Chat permits Say {}
          """);
      Compilation c = Sources.compile(chat,
          Sources.of("Say", "@WireMessage(id = 1) public record Say(float f, @Utf8(length = Length.REST) String text) implements Chat {}"));
      assertThat(c).succeeded();
      assertThat(c).hadWarningContaining(
              "[wiremessage:delimited-binary] @Delimited on Chat without escape = true, but Say.f is a float")
          .inFile(chat).onLine(6);
    }

    @Test
    void escapedOrTextDelimitedHasNoWarning() {
      Compilation c = Sources.compile(
          Sources.of("Text", "@WireMessage @Delimited public record Text(@Utf8(length = Length.REST) String line) {}"),
          Sources.of("Esc", "@WireMessage @Delimited(escape = true) public record Esc(int a, java.util.UUID id) {}"));
      assertThat(c).succeededWithoutWarnings();
    }
  }

  @Nested
  class Json {
    @Test
    void formatJsonWithBinaryAnnotations() {
      JavaFileObject data = Sources.of("Data", """
          @WireMessage(format = Format.JSON)
          public record Data(
              @Utf8(length = Length.U8) String a) {}
          """);
      Compilation c = Sources.compile(data);
      assertThat(c).succeeded();
      assertThat(c).hadWarningContaining(
              "[wiremessage:json-format-annotation] @Utf8 on Data.a has no effect: Data has format = Format.JSON, so its components are JSON fields")
          .inFile(data).onLine(6);
    }

    @Test
    void noJackson() throws URISyntaxException {
      JavaFileObject config = Sources.of("Config", """
          @WireMessage
          public record Config(
              @JsonBlob Map<String, Object> settings) {}
          """);
      Compilation c = Compiler.javac()
          .withProcessors(new WireMessageProcessor())
          .withClasspath(List.of(jarOf(WireMessage.class), jarOf(WireCodec.class)))
          .compile(config);
      assertThat(c).succeeded();
      assertThat(c).hadWarningContaining(
              "[wiremessage:no-jackson] @JsonBlob on Config.settings needs a JSON mapper at run time, and Jackson (tools.jackson.core:jackson-databind 3.x) is not on the compile class path")
          .inFile(config).onLine(6);
    }

    /** Issue 14: a Format.JSON record of supported types compiles, generated code included, without databind. */
    @Test
    void aJsonBodyOfSupportedTypesNeedsNoJackson() throws URISyntaxException {
      JavaFileObject data = Sources.of("Data", """
          @WireMessage(format = Format.JSON)
          public record Data(String message, int value, List<String> tags, Optional<Map<String, Long>> extra) {}
          """);
      Compilation c = Compiler.javac()
          .withProcessors(new WireMessageProcessor())
          .withClasspath(List.of(jarOf(WireMessage.class), jarOf(WireCodec.class)))
          .compile(data);
      assertThat(c).succeededWithoutWarnings();
    }

    /** A component the generated JSON code cannot write goes through the mapper: without Jackson, the warning. */
    @Test
    void aJsonBodyWithAnObjectComponentNeedsJackson() throws URISyntaxException {
      JavaFileObject data = Sources.of("Data", """
          @WireMessage(format = Format.JSON)
          public record Data(String message, Object anything) {}
          """);
      Compilation c = Compiler.javac()
          .withProcessors(new WireMessageProcessor())
          .withClasspath(List.of(jarOf(WireMessage.class), jarOf(WireCodec.class)))
          .compile(data);
      assertThat(c).hadWarningContaining("[wiremessage:no-jackson] Data (format = Format.JSON) needs a JSON mapper");
    }

    @Test
    void jacksonPresentNoWarning() {
      Compilation c = Sources.compile(Sources.of("Config", """
          @WireMessage
          public record Config(@JsonBlob Map<String, Object> settings) {}
          """));
      assertThat(c).succeededWithoutWarnings();
    }
  }

  @Nested
  class Reporting {
    @Test
    void reportsEveryErrorOfAType() {
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          public record Bad(
              @Utf8(length = Length.REST) String a,
              Object b,
              @FixedInt(bytes = 0) int c) {}
          """);
      Compilation c = Sources.compile(bad);
      assertThat(c).hadErrorCount(3);
      assertThat(c).hadErrorContaining("[wiremessage:rest-not-last]").inFile(bad).onLine(6);
      assertThat(c).hadErrorContaining("[wiremessage:unsupported-type]").inFile(bad).onLine(7);
      assertThat(c).hadErrorContaining("[wiremessage:fixed-int-bytes]").inFile(bad).onLine(8);
    }

    @Test
    void caretUnderTheValueOfATypeAnnotationAndTheNameOfAComponent() {
      // What docs/diagnostics.md says users see: javac finds the annotations of a type, so the
      // caret is under the value; it keeps none of a record component's annotations (they are
      // for RECORD_COMPONENT only), so there the caret is under the component's name.
      JavaFileObject bad = Sources.of("Bad", """
          @WireMessage
          @Delimited(maxFrameBytes = 0)
          public record Bad(
              @Utf8(length = Length.REST) String a,
              int d) {}
          """);
      Compilation c = Sources.compile(bad);
      assertThat(c).hadErrorCount(2);
      assertThat(c).hadErrorContaining("[wiremessage:max-frame-bytes]").inFile(bad).onLine(5).atColumn(28);
      assertThat(c).hadErrorContaining("[wiremessage:rest-not-last] @Utf8(length = Length.REST) on Bad.a")
          .inFile(bad).onLine(7).atColumn(40);
    }

    @Test
    void otherTypesAreStillGenerated() {
      Sources.Result result = Sources.compileRecording(
          Sources.of("Bad", "@WireMessage public record Bad(Object a) {}"),
          Sources.of("Good", "@WireMessage public record Good(int a) {}"));
      assertThat(result.compilation()).hadErrorCount(1);
      assertThat(result.generated()).containsExactly("test.GoodCodec");
    }

    @Test
    void usersOfATypeWithErrorsAreNotGenerated() {
      Sources.Result result = Sources.compileRecording(
          Sources.of("Inner", "@WireMessage public record Inner(Object a) {}"),
          Sources.of("Outer", "@WireMessage public record Outer(List<Optional<Inner>> inners) {}"),
          Sources.of("Top", "@WireMessage(id = 1) public record Top(Outer outer) implements P {}"),
          Sources.of("P", "@WireProtocol public sealed interface P permits Top {}"));
      // Only the user's mistake: no "cannot find symbol InnerCodec" from generated code.
      assertThat(result.compilation()).hadErrorCount(1);
      assertThat(result.compilation()).hadErrorContaining("[wiremessage:unsupported-type] Inner.a");
      assertThat(result.generated()).isEmpty();
    }
  }

  private static File jarOf(Class<?> type) throws URISyntaxException {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
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
