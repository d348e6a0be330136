package dev.wiremessage.processor.descriptor;

import java.util.HexFormat;

/**
 * Descriptor parts as a user writes them in Java ({@code @FixedInt(bytes = 4)},
 * {@code @LengthPrefixed(length = Length.U16)}), for the messages of the baseline check.
 */
final class LayoutText {
  private LayoutText() {}

  /** The simple name of a binary name: {@code Outer.Inner} for {@code com.example.Outer$Inner}. */
  static String simpleName(String binaryName) {
    return binaryName.substring(binaryName.lastIndexOf('.') + 1).replace('$', '.');
  }

  static String framing(Json.Obj f) {
    if ("delimited".equals(f.string("kind"))) {
      StringBuilder value = new StringBuilder();
      for (byte b : HexFormat.of().parseHex(f.string("delimiter"))) {
        int c = b & 0xFF;
        value.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : c == '"' ? "\\\""
            : c == '\\' ? "\\\\" : c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c));
      }
      return "@Delimited(\"" + value + "\"" + (f.bool("escape") ? ", escape = true" : "") + ")";
    }
    return "@LengthPrefixed(length = Length." + f.string("length") + order(f) + ")";
  }

  /** What a reader of {@code f} takes from the stream first. */
  static String framingReads(Json.Obj f) {
    if ("delimited".equals(f.string("kind"))) {
      return "reads up to the delimiter of " + framing(f);
    }
    return "reads a " + header(f.string("length")) + " frame header" + ("LITTLE".equals(f.string("order")) ? " (little-endian)" : "");
  }

  static String header(String length) {
    return switch (length) {
      case "U8" -> "1-byte";
      case "U16" -> "2-byte";
      case "U24" -> "3-byte";
      case "U32" -> "4-byte";
      case "U64" -> "8-byte";
      case "VARINT" -> "VARINT";
      default -> length;
    };
  }

  private static String order(Json.Obj o) {
    return "LITTLE".equals(o.string("order")) ? ", order = Endian.LITTLE" : "";
  }

  /** An encoding as its annotation and type. */
  static String encoding(Json.Obj e) {
    String kind = e.string("kind");
    return switch (kind == null ? "" : kind) {
      case "int" -> "@FixedInt(bytes = " + e.number("bytes", 0) + order(e) + (e.bool("signed") ? "" : ", unsigned = true") + ")";
      case "char" -> "@FixedInt(bytes = " + e.number("bytes", 0) + order(e) + ") char";
      case "bool" -> "boolean";
      case "float" -> e.number("bytes", 0) == 8 ? "double" : "float";
      case "utf8" -> "@Utf8(length = Length." + e.string("length") + order(e) + ")";
      case "bytes" -> "@Bytes(length = Length." + e.string("length") + order(e) + ")";
      case "json" -> "@JsonBlob(length = Length." + e.string("length") + order(e) + ")";
      case "message" -> simpleName(e.string("type")) + (e.bool("evolving") ? " (evolving: after its VARINT byte length)" : "");
      case "optional" -> "Optional of " + encoding(e.obj("value"));
      case "enum-code" -> "enum " + simpleName(e.string("type")) + " as @FixedInt(bytes = " + e.number("bytes", 0) + order(e)
          + (e.bool("signed") ? "" : ", unsigned = true") + ") codes";
      case "enum-name" -> "enum " + simpleName(e.string("type")) + " by name, @Utf8(length = Length." + e.string("length")
          + order(e) + ")";
      case "list" -> "a list with @Count(length = Length." + e.string("length") + order(e) + ") of "
          + encoding(e.obj("element"));
      case "uuid" -> "UUID (16 bytes)";
      case "instant" -> "Instant (12 bytes)";
      case "duration" -> "Duration (12 bytes)";
      case "local-date" -> "LocalDate (4 bytes)";
      case "local-time" -> "LocalTime (8 bytes)";
      case "local-date-time" -> "LocalDateTime (12 bytes)";
      case "inet-address" -> "InetAddress";
      case "big-integer" -> "BigInteger with @Bytes(length = Length." + e.string("length") + order(e) + ")";
      case "big-decimal" -> "BigDecimal with @Bytes(length = Length." + e.string("length") + order(e) + ")";
      case "protocol" -> "@WireProtocol " + simpleName(e.string("type")) + " with a " + header(e.obj("tag").string("length"))
          + " tag";
      default -> "an encoding of kind " + kind;
    };
  }

  /** A component's {@code @Since}, as written. */
  static String since(long since) {
    return since <= 1 ? "version 1 (no @Since)" : "@Since(" + since + ")";
  }
}
