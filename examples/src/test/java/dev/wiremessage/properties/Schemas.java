package dev.wiremessage.properties;

import dev.wiremessage.Bytes;
import dev.wiremessage.Count;
import dev.wiremessage.Delimited;
import dev.wiremessage.Endian;
import dev.wiremessage.FixedInt;
import dev.wiremessage.Format;
import dev.wiremessage.JsonBlob;
import dev.wiremessage.Length;
import dev.wiremessage.LengthPrefixed;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;
import dev.wiremessage.WireProtocol;
import dev.wiremessage.WireValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records that between them use every field kind, width, byte order, length and framing the
 * processor supports; the properties fill them with random values. Records holding arrays
 * compare by their encoding (an array's {@code equals} is identity).
 */
final class Schemas {
  private Schemas() {}

  /** Every integer width 1..8, signed and unsigned, both orders; the other primitives and boxes. */
  @WireMessage
  @LengthPrefixed(length = Length.U16, order = Endian.LITTLE, maxFrameBytes = 65535)
  record Ints(
      byte b, short s, int i, long l, char c, boolean flag, float f, double d,
      @FixedInt(bytes = 1, unsigned = true) int u1,
      @FixedInt(bytes = 2, order = Endian.LITTLE) int s2le,
      @FixedInt(bytes = 3) int s3,
      @FixedInt(bytes = 3, unsigned = true, order = Endian.LITTLE) int u3le,
      @FixedInt(bytes = 4, unsigned = true) int u4bits,
      @FixedInt(bytes = 4, unsigned = true, order = Endian.LITTLE) long u4le,
      @FixedInt(bytes = 5, order = Endian.LITTLE) long s5le,
      @FixedInt(bytes = 6, unsigned = true) long u6,
      @FixedInt(bytes = 7) long s7,
      @FixedInt(bytes = 8, unsigned = true, order = Endian.LITTLE) long u8le,
      @FixedInt(bytes = 1) Short boxed1,
      Integer boxedInt, Long boxedLong, Character boxedChar, Boolean boxedFlag, Double boxedDouble,
      @FixedInt(bytes = 1, order = Endian.LITTLE) char c1) {}

  /** Strings and byte arrays with every length kind; the last one takes the rest. */
  @WireMessage
  @LengthPrefixed(length = Length.VARINT)
  record Texts(
      @Utf8(length = Length.U8) String u8,
      @Utf8(length = Length.U16, order = Endian.LITTLE) String u16le,
      @Utf8(length = Length.U24) String u24,
      String u32,
      @Utf8(length = Length.U64, order = Endian.LITTLE) String u64le,
      @Utf8(length = Length.VARINT) String varint,
      @Bytes(length = Length.U8) byte[] b8,
      @Bytes(length = Length.VARINT) byte[] bv,
      byte[] b32,
      @Utf8(length = Length.REST) String rest) {}

  enum Side { @WireValue(1) BUY, @WireValue(-7) SELL, @WireValue(300) HOLD }

  enum Color { RED, GREEN, BLUE_GREEN }

  @WireMessage
  record Point(@FixedInt(bytes = 2) int x, @FixedInt(bytes = 2) int y) {}

  @WireMessage
  record Empty() {}

  /** Lists and arrays: every count kind, element annotations, nested and optional elements. */
  @WireMessage
  @LengthPrefixed(length = Length.U24, maxFrameBytes = 1 << 20)
  record Lists(
      List<String> strings,
      @Count(length = Length.U8) @Utf8(length = Length.U8) List<String> shortStrings,
      @Count(length = Length.VARINT) @FixedInt(bytes = 2, order = Endian.LITTLE) int[] shorts,
      @Count(length = Length.U16, order = Endian.LITTLE) long[] longs,
      boolean[] flags, double[] doubles, char[] chars, short[] shortArray, float[] floats,
      @Count(length = Length.U8) List<Optional<Integer>> maybeInts,
      List<Point> points,
      @Count(length = Length.U16) List<Empty> empties,
      Point[] pointArray,
      List<Side> sides,
      @Utf8(length = Length.U8) List<Color> colors,
      List<List<Integer>> matrix,
      String[] stringArray,
      @Count(length = Length.REST) @FixedInt(bytes = 3, unsigned = true) List<Integer> rest) {}

  /** Nested records, optional and nullable values, enums, JSON blobs. */
  @WireMessage
  record Holder(
      Point point,
      Optional<Point> maybePoint,
      @Nullable Point nullablePoint,
      Optional<String> maybeText,
      @Nullable String nullableText,
      @Nullable @FixedInt(bytes = 2) Integer nullableInt,
      Side side,
      @FixedInt(bytes = 2) Side shortSide,
      Color color,
      @Utf8(length = Length.U8) Color shortColor,
      Optional<Side> maybeSide,
      Empty empty,
      @JsonBlob Map<String, Object> meta,
      @JsonBlob(length = Length.VARINT) List<Integer> jsonInts,
      @JsonBlob @Nullable Point jsonPoint,
      Optional<byte[]> maybeBytes) {}

  /** A recursive record: depth limited by the codec's maxDepth. */
  @WireMessage
  record Tree(@FixedInt(bytes = 1) int value, Optional<Tree> left, @Count(length = Length.U8) List<Tree> kids) {}

  /** A protocol with a VARINT tag; ids up to 300, an empty member, nested and recursive ones. */
  @WireProtocol(tag = Length.VARINT)
  @LengthPrefixed(length = Length.U32)
  sealed interface Shape permits Dot, Line, Nothing, Group, Labelled {}

  @WireMessage(id = 1)
  record Dot(Point at) implements Shape {}

  @WireMessage(id = 2)
  record Line(Point from, Point to, @FixedInt(bytes = 1, unsigned = true) int width) implements Shape {}

  @WireMessage(id = 127)
  record Nothing() implements Shape {}

  @WireMessage(id = 128)
  record Group(@Count(length = Length.U8) List<Tree> trees) implements Shape {}

  @WireMessage(id = 300)
  record Labelled(@Utf8(length = Length.U8) String label, Optional<Holder> holder) implements Shape {}

  /** A protocol with a little-endian U16 tag, delimited and escaped. */
  @WireProtocol(tag = Length.U16, order = Endian.LITTLE)
  @Delimited(value = "\n", escape = true)
  sealed interface Escaped permits Raw, Text {}

  @WireMessage(id = 10)
  record Raw(@Bytes(length = Length.REST) byte[] data) implements Escaped {}

  @WireMessage(id = 0xFFFF)
  record Text(@Utf8(length = Length.U8) String a, @Utf8(length = Length.REST) String b) implements Escaped {}

  /** Strict delimiter framing: the encoder refuses a payload that holds the delimiter. */
  @WireMessage
  @Delimited(value = "\r\n")
  record CrLf(@Utf8(length = Length.REST) String line) {}

  /** A JSON body (the classic length-prefixed JSON protocol). */
  @WireMessage(format = Format.JSON)
  record JsonBody(String name, int count, List<String> tags, Optional<String> note, Map<String, Integer> scores) {}

  /** A JSON body, newline-delimited, nested in a binary record as its last component. */
  @WireMessage(format = Format.JSON)
  @Delimited
  record JsonLine(String text, long at) {}

  @WireMessage
  record WithJsonTail(@FixedInt(bytes = 1) int version, JsonLine body) {}
}
