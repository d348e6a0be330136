package dev.wiremessage.processor.support;

import com.palantir.javapoet.TypeName;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic.Kind;

/**
 * Every message the processor prints. Each starts with {@code [wiremessage:<id>]}, stable for
 * grep and for docs/diagnostics.md, then says what is wrong and what to write instead.
 */
public enum Diagnostic {
  // Types
  NOT_A_RECORD("not-a-record", Kind.ERROR,
      "@WireMessage is on %s %s, which is not a record. Declare it as a record: `record %s(...) {}`"),
  NOT_ACCESSIBLE("not-accessible", Kind.ERROR,
      "%s is private (or inside a private type), so the generated %s cannot use it. Make %s package-private or public"),
  GENERIC_TYPE("generic-type", Kind.ERROR,
      "%s has type parameters %s; a codec is for one concrete type. Remove the type parameters and use concrete component types"),
  BAD_ID("bad-id", Kind.ERROR,
      "@WireMessage(id = %d) on %s: an id is 0 or more (its tag inside a @WireProtocol), or -1 for none. Write id = 0 or more, or leave id out"),
  ID_WITHOUT_PROTOCOL("id-without-protocol", Kind.WARNING,
      "@WireMessage(id = %d) on %s has no effect: %s implements no @WireProtocol interface. Add it to the permits of a sealed @WireProtocol interface, or remove the id"),

  // Component types
  UNSUPPORTED_TYPE("unsupported-type", Kind.ERROR,
      "%s has type %s, which has no wire encoding. Use a primitive, a box, String, byte[], an enum, a @WireMessage record or @WireProtocol interface, UUID, Instant, Duration, LocalDate, LocalTime, LocalDateTime, InetAddress, BigInteger, BigDecimal, Optional<T>, List<T> or an array; map it onto one of them with @WireAs(converter = ...); or write @JsonBlob to send it as JSON"),
  RECORD_NOT_MESSAGE("record-not-message", Kind.ERROR,
      "%s has type %s, a record without @WireMessage. Annotate %s with @WireMessage to nest its payload, or write @JsonBlob to send it as JSON"),
  RAW_TYPE("raw-type", Kind.ERROR,
      "%s has type %s, without a concrete type argument. Write %s<T> with a concrete T, e.g. %s<String>"),
  NESTED_OPTIONAL("nested-optional", Kind.ERROR,
      "%s has type %s, a value that can be absent twice, which has no wire form. Use one Optional<T>, or @Nullable T, not both and not Optional<Optional<T>>"),
  NULLABLE_PRIMITIVE("nullable-primitive", Kind.ERROR,
      "%s is @Nullable but its type %s is primitive and never null. Use the box %s, or remove @Nullable"),
  PROTOCOL_COMPONENT("protocol-component", Kind.ERROR,
      "%s has type %s, a @WireProtocol whose %s. %s"),
  GENERIC_ARRAY("generic-array", Kind.ERROR,
      "%s has type %s, an array of a generic type, which Java cannot create. Use a List instead: %s"),

  // Encoding annotations
  TWO_ENCODINGS("two-encodings", Kind.ERROR,
      "%s has both @%s and @%s; a value has one encoding. Keep one of them"),
  FIXED_INT_BYTES("fixed-int-bytes", Kind.ERROR,
      "@FixedInt(bytes = %d) on %s: bytes is 1..8. Write a width from 1 to %d, e.g. @FixedInt(bytes = %d)"),
  FIXED_INT_TOO_WIDE("fixed-int-too-wide", Kind.ERROR,
      "@FixedInt(bytes = %d) on %s is wider than its Java type %s (%d bytes). Write @FixedInt(bytes = %d) or less, or use a wider type such as long"),
  FIXED_INT_TYPE("fixed-int-type", Kind.ERROR,
      "@FixedInt on %s, whose type %s is not an integer. @FixedInt applies to byte, short, int, long, char, their boxes and enums with @WireValue codes; remove it%s"),
  UTF8_TYPE("utf8-type", Kind.ERROR,
      "@Utf8 on %s, whose type %s is not a String. @Utf8 applies to String and to enums written by name; remove it%s"),
  BYTES_TYPE("bytes-type", Kind.ERROR,
      "@Bytes on %s, whose type %s is not byte[]. @Bytes applies to byte[], BigInteger and BigDecimal; remove it%s"),
  COUNT_TYPE("count-type", Kind.ERROR,
      "@Count on %s, whose type %s is not a List or an array. Remove @Count, or make the type List<T> or T[]"),
  COUNT_JSON_BLOB("count-json-blob", Kind.ERROR,
      "@Count on %s, which is @JsonBlob: the whole %s is one JSON text, with no count. Remove @Count, or remove @JsonBlob to send a count and then each element"),
  REST_NOT_LAST("rest-not-last", Kind.ERROR,
      "%s on %s, which is not the last component: it takes every byte left in the payload. Move %s to the end of the record, or %s"),
  REST_IN_ELEMENT("rest-in-element", Kind.ERROR,
      "%s on the elements of %s: an element cannot take every byte left in the payload. %s"),
  REST_ZERO_WIDTH("rest-zero-width", Kind.ERROR,
      "@Count(length = Length.REST) on %s, whose elements (%s) can take 0 bytes, so their number cannot be known. Write a counted length, e.g. @Count(length = Length.U32)"),
  MAX_NEGATIVE("max-negative", Kind.ERROR,
      "@%s(%s = %d) on %s: a maximum is 0 or more, or -1 (the default) for none. Write the most %s allowed, e.g. %s = %d, or leave %s out"),
  MAX_OVER_LENGTH("max-over-length", Kind.ERROR,
      "@%s(%s = %d) on %s is more than its Length.%s %s can carry (%d), so %d..%d %s could never be written. Write %s = %d or less, or a wider length: length = Length.%s"),

  // Converters (@WireAs)
  CONVERTER_TYPE("converter-type", Kind.ERROR,
      "@WireAs(converter = %s) on %s: %s is %s, and a converter is a class the codec can make one of. Declare `public final class %s implements WireConverter<%s, W>` with a wire type W"),
  CONVERTER_GENERIC("converter-generic", Kind.ERROR,
      "@WireAs(converter = %s) on %s: %s converts %s, but the value is %s. Use a converter that implements WireConverter<%s, W> with a concrete wire type W"),
  CONVERTER_CONSTRUCTOR("converter-constructor", Kind.ERROR,
      "@WireAs(converter = %s) on %s: the generated codec cannot make a %s, which %s. Give %s a public no-argument constructor, and make it public (or package-private in the record's package) and, if nested, static"),

  // Enums
  ENUM_EMPTY("enum-empty", Kind.ERROR,
      "enum %s has no constants, so %s can never hold a value. Add constants to %s, or remove the component"),
  ENUM_PARTIAL_CODES("enum-partial-codes", Kind.ERROR,
      "enum %s gives @WireValue to %s but not to %s. Give every constant a @WireValue (written as its code) or none (written by name)"),
  ENUM_DUPLICATE_CODES("enum-duplicate-codes", Kind.ERROR,
      "enum %s has @WireValue(%d) on both %s and %s. Give each constant a unique code"),
  MAX_BELOW_ENUM_NAME("max-below-enum-name", Kind.ERROR,
      "@Utf8(maxBytes = %d) on %s is less than the name of %s.%s (%d bytes), which could never be written. Write maxBytes = %d or more, or give every constant of %s a @WireValue code"),
  ENUM_CODE_RANGE("enum-code-range", Kind.ERROR,
      "enum %s has @WireValue(%d) on %s, which does not fit %s of %s (%d..%d). Change the code, or widen the component: @FixedInt(bytes = %d%s)"),

  // Framing
  TWO_FRAMINGS("two-framings", Kind.ERROR,
      "%s has both @LengthPrefixed and @Delimited; a stream has one framing. Keep one of them"),
  REST_FRAME_HEADER("rest-frame-header", Kind.ERROR,
      "@LengthPrefixed(length = Length.REST) on %s: a frame header needs a length. Write U8, U16, U24, U32, U64 or VARINT, e.g. @LengthPrefixed(length = Length.U32)"),
  MAX_FRAME_BYTES("max-frame-bytes", Kind.ERROR,
      "@%s(maxFrameBytes = %d) on %s: the frame limit is at least 1 byte. Write a positive limit, e.g. maxFrameBytes = 1 << 20"),
  EMPTY_DELIMITER("empty-delimiter", Kind.ERROR,
      "@Delimited(\"\") on %s: a delimiter cannot be empty. Write one such as @Delimited(\"\\n\")"),
  DELIMITER_CHAR("delimiter-char", Kind.ERROR,
      "@Delimited on %s: the character U+%04X at index %d is above U+00FF, and a delimiter is one byte per character. Use only characters U+0000..U+00FF, e.g. \"\\r\\n\""),
  DELIMITED_BINARY("delimited-binary", Kind.WARNING,
      "@Delimited on %s without escape = true, but %s is %s, whose bytes can include the delimiter's: encoding such a message then fails. Write @Delimited(escape = true), or send %s as text (a String, or a @WireAs converter to String)"),
  ESCAPE_RESERVED("escape-reserved", Kind.ERROR,
      "@Delimited(escape = true) on %s: the delimiter starts with 0x%02X, a byte the escaping itself produces (0x7D escapes, 0x5D = 0x7D ^ 0x20). Start the delimiter with another byte, e.g. \"\\n\""),

  // Protocols
  PROTOCOL_NOT_SEALED("protocol-not-sealed", Kind.ERROR,
      "@WireProtocol on %s %s, which is not a sealed interface. Declare `sealed interface %s permits ...` and make each permitted subtype a @WireMessage(id = N) record"),
  REST_TAG("rest-tag", Kind.ERROR,
      "@WireProtocol(tag = Length.REST) on %s: a tag needs a width. Write tag = Length.U8 (the default), U16, U32 or VARINT"),
  PROTOCOL_MEMBER_NOT_MESSAGE("protocol-member-not-message", Kind.ERROR,
      "%s is permitted by @WireProtocol %s but is not a @WireMessage record. Make it a record annotated @WireMessage(id = N), or remove it from the permits"),
  PROTOCOL_MEMBER_NO_ID("protocol-member-no-id", Kind.ERROR,
      "%s is in @WireProtocol %s but has no id. Write @WireMessage(id = N) with an id unused in %s, e.g. @WireMessage(id = %d)"),
  PROTOCOL_DUPLICATE_ID("protocol-duplicate-id", Kind.ERROR,
      "%s and %s both have id %d in @WireProtocol %s, so the tag cannot tell them apart. Give %s another id, e.g. @WireMessage(id = %d)"),
  PROTOCOL_ID_RANGE("protocol-id-range", Kind.ERROR,
      "id %d of %s does not fit the tag Length.%s of @WireProtocol %s (0..%d). Use a smaller id, or a wider tag: @WireProtocol(tag = Length.%s)"),
  PROTOCOL_MEMBER_FRAMING("protocol-member-framing", Kind.WARNING,
      "@%s on %s applies only when %s is sent on its own; inside @WireProtocol %s the framing of %s holds. Put the framing annotation on %s, or remove it here"),

  // Evolution
  SINCE_VERSION("since-version", Kind.ERROR,
      "@Since(%d) on %s: the components without @Since are version 1, so an added component is version 2 or more. Write @Since(2) for the first version that adds components, or remove @Since from a component that was there from the start"),
  SINCE_ORDER("since-order", Kind.ERROR,
      "%s has no @Since but comes after %s, a @Since(%d) component: a version-1 frame ends before version %d's components, so nothing after them is version 1. Move %s before %s, or give it @Since(%d) or higher"),
  SINCE_DECREASING("since-decreasing", Kind.ERROR,
      "@Since(%d) on %s comes after %s with @Since(%d): each version's components follow the earlier versions' in the payload. Write @Since(%d) or higher on %s, or move it before %s"),
  SINCE_NO_ABSENT_VALUE("since-no-absent-value", Kind.ERROR,
      "@Since(%d) on %s, whose type %s has no absent value: a frame from before version %d has no %s, and a reader must give it one. Declare it %s"),
  REST_IN_EVOLVING("rest-in-evolving", Kind.ERROR,
      "%s on %s: %s is evolving (%s), so its payload must end where its last component ends, for a reader to find another version's components or skip them. %s"),

  // JSON
  JSON_FORMAT_ANNOTATION("json-format-annotation", Kind.WARNING,
      "@%s on %s has no effect: %s has format = Format.JSON, so its components are JSON fields. Remove @%s, or use format = Format.BINARY"),
  NO_JACKSON("no-jackson", Kind.WARNING,
      "%s needs a JSON mapper at run time, and Jackson (tools.jackson.core:jackson-databind 3.x) is not on the compile class path. Add jackson-databind to the dependencies, or give the codec your own mapper: withJsonMapper(...)"),

  // The baseline check (-Awiremessage.baseline=DIR, evolution.md section 6)
  BASELINE_OPTION("baseline-option", Kind.ERROR,
      "-Awiremessage.baseline=%s: %s. Give the absolute path of the directory that holds the last release's layout descriptors (a copy of target/classes/META-INF/wiremessage), e.g. -Awiremessage.baseline=${project.basedir}/wire-baseline"),
  BASELINE_UNREADABLE("baseline-unreadable", Kind.ERROR,
      "the baseline of %s, %s, is not a layout descriptor this processor reads: %s. Copy it again from the release's class output (META-INF/wiremessage/%s.json), or delete it to treat %s as a new type"),
  BASELINE_FRAMING("baseline-framing", Kind.ERROR,
      "%s was %s, is %s: a deployed peer %s. Keep the %s of the baseline, or send the new layout as a new message type"),
  BASELINE_EXTENSIBLE("baseline-extensible", Kind.ERROR,
      "%s was @WireMessage(extensible = true), is not extensible: deployed writers may append the components of a later version, which %s would then reject as malformed. Keep extensible = true"),
  BASELINE_REMOVED("baseline-removed", Kind.ERROR,
      "%s.%s (component %d, %s) was removed: deployed peers still write and read it. Keep the component, even if its value is no longer used"),
  BASELINE_MOVED("baseline-moved", Kind.ERROR,
      "%s was component %d, is component %d: components are on the wire in declaration order, so a deployed peer reads %s there. Move %s back to position %d, and add new components at the end with @Since(%d)"),
  BASELINE_ENCODING("baseline-encoding", Kind.ERROR,
      "%s was %s, is %s: a deployed peer %s. Keep %s, or add a new component with @Since(%d)"),
  BASELINE_NESTED_EVOLVING("baseline-nested-evolving", Kind.ERROR,
      "%s holds %s, which %s, so the bytes of %s change: a deployed peer %s. %s"),
  BASELINE_SINCE_CHANGED("baseline-since-changed", Kind.ERROR,
      "%s was %s, is %s: deployed readers tell where an older frame ends by the versions of the baseline. Keep %s"),
  BASELINE_NEW_WITHOUT_SINCE("baseline-new-without-since", Kind.ERROR,
      "%s is new since the baseline and has no @Since: deployed writers send frames without it, which this reader would reject. Write @Since(%d) on %s"),
  BASELINE_SINCE_NOT_NEWER("baseline-since-not-newer", Kind.ERROR,
      "@Since(%d) on %s, which is new since the baseline: version %d of %s is released without it, and its frames end where this reader expects %s. Write @Since(%d)"),
  BASELINE_JSON_RENAMED("baseline-json-renamed", Kind.ERROR,
      "%s was %s, is %s: in a Format.JSON body the component names are the keys, so a deployed peer writes and looks for \"%s\". Keep the name %s, or add %s as a new component with @Since(%d)"),
  BASELINE_ENUM_CODE("baseline-enum-code", Kind.ERROR,
      "%s: %s.%s was @WireValue(%d), is @WireValue(%d): a deployed peer reads %d as %s. Keep @WireValue(%d) on %s, and give a new constant a code not used before"),
  BASELINE_ENUM_REMOVED("baseline-enum-removed", Kind.ERROR,
      "%s: enum %s had the constant %s%s, which is gone: a deployed peer may still send it, and this reader would reject it as malformed. Keep %s (deprecate it instead)"),
  BASELINE_PROTOCOL_TAG("baseline-protocol-tag", Kind.ERROR,
      "@WireProtocol %s had %s, has %s: a deployed peer reads its tag as %s. Keep the tag of the baseline"),
  BASELINE_MEMBER_REMOVED("baseline-member-removed", Kind.ERROR,
      "%s (id %d) is no longer a member of @WireProtocol %s: a deployed peer may still send tag %d, and this reader would reject it as malformed. Keep %s in the permits of %s"),
  BASELINE_MEMBER_ID("baseline-member-id", Kind.ERROR,
      "%s had id %d in @WireProtocol %s, has id %d: a deployed peer writes and reads %s as tag %d. Write @WireMessage(id = %d)"),
  BASELINE_UPGRADE_ORDER("baseline-upgrade-order", Kind.WARNING,
      "%s appends version %d (%s) to %s, which is not extensible: new readers read old frames, but deployed readers reject frames that carry version %d. Deploy every reader of %s before any writer sends version %d; to let later versions deploy in any order, declare @WireMessage(extensible = true)"),

  INTERNAL_ERROR("internal-error", Kind.ERROR,
      "the processor failed on %s: %s. Please report it with the source of %s");

  private final String id;
  private final Kind kind;
  private final String template;

  Diagnostic(String id, Kind kind, String template) {
    this.id = id;
    this.kind = kind;
    this.template = template;
  }

  public String id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  /** The whole message: {@code [wiremessage:id] text}. */
  public String format(Object... args) {
    Object[] shown = args.clone();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof TypeMirror t) {
        shown[i] = typeName(t);
      } else if (shown[i] instanceof TypeName t) {
        shown[i] = simplify(t.toString());
      }
    }
    return "[wiremessage:" + id + "] " + String.format(template, shown);
  }

  /** A type as a person writes it: {@code Map<String, Integer>[]}, without packages or type annotations. */
  public static String typeName(TypeMirror type) {
    return simplify(type.toString());
  }

  private static String simplify(String type) {
    return type
        .replaceAll("@[\\w.]+(\\([^)]*\\))? ", "")
        .replaceAll("\\b[a-z_][\\w]*\\.", "")
        .replaceAll(",(?! )", ", ");
  }
}
