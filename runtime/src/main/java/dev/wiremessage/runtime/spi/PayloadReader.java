package dev.wiremessage.runtime.spi;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.WireConverter;
import dev.wiremessage.runtime.JsonMapper;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.internal.Bits;
import dev.wiremessage.runtime.internal.DefaultJson;
import dev.wiremessage.runtime.internal.Fail;
import dev.wiremessage.runtime.internal.JsonTextException;
import dev.wiremessage.runtime.internal.Utf8;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.UUID;

/**
 * The input of generated {@code decodePayload} methods: a bounded view of one payload. Every
 * read that would pass the end, and every invalid value, throws a {@code malformed}
 * {@link WireFormatException} naming {@code field} ("Record.component") and the offset.
 * Not thread-safe.
 */
public final class PayloadReader {
  /**
   * The most elements that take no bytes on the wire (empty records) one payload may announce,
   * across all its counts and nesting levels together: a budget per payload, not per count, so
   * that nested lists ({@code List<List<Empty>>}) cannot multiply it.
   */
  public static final int MAX_ZERO_WIDTH_COUNT = 1 << 16;
  /** The {@code max} of a component without {@code maxBytes} or {@code @Count(max)}. */
  private static final long NO_MAX = Long.MAX_VALUE;

  private final byte[] buf;
  private final int base;
  /** The end of the payload being read: the frame's, or a nested evolving message's while it is read. */
  private int limit;
  private final int maxDepth;
  private int pos;
  private int depth = 1; // the top-level message
  /** What is left of {@link #MAX_ZERO_WIDTH_COUNT} for this payload. */
  private int zeroWidthLeft = MAX_ZERO_WIDTH_COUNT;
  /** The codec's settings: their mapper is looked up on the first JSON read. */
  private final CodecSettings settings;
  private JsonMapper json;

  /**
   * The reader of a codec's payload, made for every message. Its signature names no
   * {@link JsonMapper}: a constructor whose signature holds a class not yet loaded (no JSON
   * used so far) is never inlined by C2, and the reader then escapes and is allocated for
   * every message instead of living in registers.
   */
  PayloadReader(CodecSettings settings, byte[] buf, int offset, int length) {
    this.settings = settings;
    this.buf = buf;
    this.base = offset;
    this.pos = offset;
    this.limit = offset + length;
    this.maxDepth = settings.maxDepth();
  }

  /** Malformed unless every byte was read: "N bytes left after Type". */
  void expectEnd(String typeName) throws WireFormatException {
    if (pos != limit) {
      throw Fail.malformed(typeName, Fail.bytes(limit - pos) + " left after " + typeName, pos - base);
    }
  }

  /**
   * Whether the codec was given a mapper of its own with {@code withJsonMapper}: generated
   * {@code Format.JSON} codecs then read the whole body through it, as before there was
   * generated JSON code (docs/wire-format.md section 14, "Leniency is a mapper of your own").
   *
   * @return true when the codec's settings name a mapper
   */
  public boolean hasOwnJsonMapper() {
    return settings.json() != null;
  }

  /**
   * Starts reading a {@code Format.JSON} body with generated code: the rest of the payload is
   * one JSON object, which {@link JsonBodyReader#end()} checks is all there is. The lexer
   * is this thread's, reused, and keeps no reference to this reader.
   *
   * @param field the record's name, named in errors
   * @return the lexer over the body's bytes
   */
  public JsonBodyReader beginJsonBody(String field) {
    JsonBodyReader json = JsonBodyReader.begin(settings, buf, base, pos, limit, field);
    pos = limit; // the body is the rest of the payload: it is read there, or the message fails
    return json;
  }

  /**
   * The JSON mapper of the codec that started this payload.
   *
   * @return the codec's mapper, or the default (Jackson), looked up on the first call
   */
  public JsonMapper json() {
    JsonMapper m = json;
    if (m == null) {
      m = settings.json();
      json = m = m == null ? DefaultJson.mapper() : m;
    }
    return m;
  }

  /**
   * The payload of one message of the protocol being read, after its tag: through the member's
   * codec, at the protocol's depth.
   *
   * @param <V> the member record's type
   * @param codec the codec of the member the tag named
   * @return the message
   * @throws WireFormatException malformed: the member's payload breaks the format
   */
  public <V> V readMember(AbstractWireCodec<V> codec) throws WireFormatException {
    return codec.decodePayload(this);
  }

  /**
   * The payload of a nested message, through {@code codec}: one level deeper. Past the codec's
   * {@code maxDepth} it is malformed, so a recursive record fed a long run of presence bytes
   * fails here instead of overflowing the stack.
   *
   * @param <V> the nested record's type
   * @param codec the nested record's codec; its components are read inline, with no header
   * @param field "Record.component" holding the nested message, named in errors
   * @return the nested message
   * @throws WireFormatException malformed: nested deeper than {@code maxDepth}, or the nested
   *     payload breaks the format
   */
  public <V> V readMessage(AbstractWireCodec<V> codec, String field) throws WireFormatException {
    if (depth >= maxDepth) {
      throw Fail.malformed(field, "messages nested deeper than " + maxDepth + " (maxDepth)", pos - base);
    }
    depth++;
    int at = pos;
    V value = codec.decodePayload(this);
    depth--;
    if (value == null) {
      throw Fail.malformed(field, "the nested payload decodes to no message (null)", at - base);
    }
    return value;
  }

  /**
   * The payload of a nested evolving message (evolution.md section 3), through {@code codec}:
   * its byte length as a VARINT, then exactly that many bytes, which {@code codec} reads as a
   * whole payload of their own (a frame of an older version ends early, one of a newer version
   * leaves bytes an extensible message skips); then the reading goes on after them. One level
   * deeper, as {@link #readMessage}.
   *
   * <pre>
   * Pos(int x, int y, &#64;Since(2) Optional&lt;Integer&gt; z) nested in Fix(byte kind, Pos pos, String tag)
   *   01 | 0D | 00000001 00000002 01 00000003 | 00000001 74     version 2: 13 bytes
   *   01 | 08 | 00000001 00000002             | 00000001 74     version 1: z = Optional.empty()
   * </pre>
   *
   * @param <V> the nested record's type
   * @param codec the nested record's codec
   * @param field "Record.component" holding the nested message, named in errors
   * @return the nested message
   * @throws WireFormatException malformed: a length beyond the bytes left (checked before the
   *     message is read), a VARINT cut short, bytes left after the components of a message that
   *     is not extensible, nested deeper than {@code maxDepth}, or the nested payload breaks the
   *     format
   */
  public <V> V readMessageWithLength(AbstractWireCodec<V> codec, String field) throws WireFormatException {
    if (depth >= maxDepth) {
      throw Fail.malformed(field, "messages nested deeper than " + maxDepth + " (maxDepth)", pos - base);
    }
    int at = pos;
    long n = readVarint(field, "message", true);
    int outer = limit;
    if (n > outer - pos) {
      throw Fail.malformed(field, "message of " + Fail.bytes(n) + " but " + (outer - pos) + " left", at - base);
    }
    limit = pos + (int) n;
    int start = pos;
    depth++;
    V value = codec.decodePayload(this);
    depth--;
    if (value == null) {
      throw Fail.malformed(field, "the nested payload decodes to no message (null)", start - base);
    }
    if (pos != limit) {
      throw Fail.malformed(field, Fail.bytes(limit - pos) + " left after the last component of a " + n
          + "-byte nested message", pos - base);
    }
    limit = outer;
    return value;
  }

  /**
   * Skips the bytes left in the payload of an extensible message after the components its
   * record knows: a later version appended them (evolution.md section 2).
   */
  public void skipLaterVersions() {
    pos = limit;
  }

  /**
   * Bytes left in the payload (of a nested evolving message, while it is read). Generated code
   * asks before the first component of each version after the first: none left means the frame
   * is of an older version, and the components from there on take their absent values.
   *
   * @return bytes between the position and the end of the payload; 0 when all were read
   */
  public int remaining() {
    return limit - pos;
  }

  /**
   * One byte: {@code 00} false, {@code 01} true, anything else malformed.
   *
   * @param field "Record.component", named in errors
   * @return {@code true} for {@code 01}
   * @throws WireFormatException malformed: another byte, or none left
   */
  public boolean readBoolean(String field) throws WireFormatException {
    return readZeroOne(field, "boolean");
  }

  /**
   * The byte before an {@code Optional} or {@code @Nullable} value: {@code 00} absent,
   * {@code 01} present (the value follows), anything else malformed.
   *
   * @param field "Record.component", named in errors
   * @return whether the value follows
   * @throws WireFormatException malformed: another byte, or none left
   */
  public boolean readPresence(String field) throws WireFormatException {
    return readZeroOne(field, "presence byte");
  }

  private boolean readZeroOne(String field, String what) throws WireFormatException {
    need(1, field);
    int b = buf[pos];
    if ((b & ~1) != 0) {
      throw notZeroOne(field, what, pos);
    }
    pos++;
    return b != 0;
  }

  /**
   * Four bytes, big-endian, as IEEE 754 bits ({@code Float.intBitsToFloat}):
   * {@code 3F C0 00 00} is 1.5f.
   *
   * @param field "Record.component", named in errors
   * @return the value
   * @throws WireFormatException malformed: fewer than 4 bytes left
   */
  public float readFloat(String field) throws WireFormatException {
    return getFloat(step(4, field));
  }

  /**
   * Eight bytes, big-endian, as IEEE 754 bits ({@code Double.longBitsToDouble}):
   * {@code 3F F8 00 00 00 00 00 00} is 1.5.
   *
   * @param field "Record.component", named in errors
   * @return the value
   * @throws WireFormatException malformed: fewer than 8 bytes left
   */
  public double readDouble(String field) throws WireFormatException {
    return getDouble(step(8, field));
  }

  /**
   * {@code bytes} bytes in {@code order}, two's complement, sign-extended: {@code FF FE} as
   * 2 bytes big-endian is -2.
   *
   * @param bytes the field's width, 1..8
   * @param order the field's byte order
   * @param field "Record.component", named in errors
   * @return the value, sign-extended to 64 bits
   * @throws WireFormatException malformed: fewer than {@code bytes} bytes left
   */
  public long readSigned(int bytes, Endian order, String field) throws WireFormatException {
    return getSigned(step(bytes, field), bytes, order);
  }

  /**
   * {@code bytes} bytes in {@code order}, unsigned, zero-extended: {@code FF FE} as 2 bytes
   * big-endian is 65534. For 8 bytes the result is the bit pattern (negative above 2^63-1).
   *
   * @param bytes the field's width, 1..8
   * @param order the field's byte order
   * @param field "Record.component", named in errors
   * @return the value, zero-extended to 64 bits
   * @throws WireFormatException malformed: fewer than {@code bytes} bytes left
   */
  public long readUnsigned(int bytes, Endian order, String field) throws WireFormatException {
    return getUnsigned(step(bytes, field), bytes, order);
  }

  /**
   * A protocol tag: the message id, unsigned, written as {@code tag} says (1, 2, 3, 4 or 8
   * bytes in {@code order}, or VARINT: {@code AC 02} is 300). The caller reports an unknown id
   * with {@link #malformed}.
   *
   * @param tag the protocol's tag; not REST ({@link IllegalArgumentException})
   * @param order byte order of a fixed-width tag of 2 bytes or more
   * @param field the protocol's name, named in errors
   * @return the id, 0..2^63-1
   * @throws WireFormatException malformed: the payload ends inside the tag, its value is above
   *     2^63-1, or a VARINT runs past 10 bytes
   */
  public long readTag(Length tag, Endian order, String field) throws WireFormatException {
    if (tag == Length.REST) {
      throw new IllegalArgumentException("tag: REST (expected: U8, U16, U24, U32, U64 or VARINT)");
    }
    return readLength(tag, order, field, "tag");
  }

  /**
   * An element count; malformed when {@code count * minElementBytes} exceeds the bytes left
   * (checked before the caller allocates). REST returns -1: read elements while
   * {@link #remaining()} &gt; 0.
   *
   * @param length how the count is written (U8 ... U64 in {@code order}, VARINT), or REST: not
   *     written, the elements run to the end of the payload
   * @param order byte order of a fixed-width count
   * @param minElementBytes the fewest bytes one element takes on the wire; 0 for elements that
   *     can take none (empty records), of which at most {@value #MAX_ZERO_WIDTH_COUNT} are allowed
   *     in the whole payload, all counts together
   * @param field "Record.component", named in errors
   * @return the count, or -1 for REST
   * @throws WireFormatException malformed: more elements than the bytes left can hold, too many
   *     zero-width ones, more than a Java list holds, or the payload ends inside the count
   */
  public int readCount(Length length, Endian order, int minElementBytes, String field) throws WireFormatException {
    return readCount(length, order, minElementBytes, NO_MAX, field);
  }

  private int readCount(Length length, Endian order, int minElementBytes, long max, String field)
      throws WireFormatException {
    if (length == Length.REST) {
      return -1;
    }
    int at = pos;
    long count = readLength(length, order, field, "count");
    if (count > max) {
      throw Fail.malformed(field, "count " + count + " is more than max = " + max, at - base);
    }
    int left = limit - pos;
    if (minElementBytes > 0 && count > left / minElementBytes) {
      throw Fail.malformed(field, "count " + count + " needs at least " + Fail.bytes(count * minElementBytes)
          + ", " + left + " left", at - base);
    }
    if (minElementBytes == 0) {
      // Elements that take no bytes (empty records) cost memory but no input: without this
      // bound a 5-byte frame could ask for billions of them, and without it being one budget
      // for the whole payload, nested counts would multiply it (65,536 lists of 65,536 each).
      if (count > zeroWidthLeft) {
        throw Fail.malformed(field, "count " + count + " of elements that take no bytes, "
            + zeroWidthLeft + " left of the payload's " + MAX_ZERO_WIDTH_COUNT, at - base);
      }
      zeroWidthLeft -= (int) count;
    }
    if (count > Integer.MAX_VALUE - 8) {
      throw Fail.malformed(field, "count " + count + " is larger than a Java list", at - base);
    }
    return (int) count;
  }

  /**
   * An element count of at most {@code max} ({@code @Count(max)}): a larger count is malformed
   * as soon as it is read, before the bytes-left check and before the caller allocates.
   * Otherwise as {@link #readCount(Length, Endian, int, String)}; for REST, see
   * {@link #hasMoreElements}.
   *
   * @param length how the count is written, or REST (returns -1)
   * @param order byte order of a fixed-width count
   * @param minElementBytes the fewest bytes one element takes on the wire
   * @param max the most elements allowed, 0 or more
   * @param field "Record.component", named in errors
   * @return the count, 0..{@code max}, or -1 for REST
   * @throws WireFormatException malformed: a count above {@code max}, or as
   *     {@link #readCount(Length, Endian, int, String)}
   */
  public int readCount(Length length, Endian order, int minElementBytes, int max, String field)
      throws WireFormatException {
    return readCount(length, order, minElementBytes, (long) max, field);
  }

  /**
   * Whether another element of a REST list or array follows (bytes are left), failing when it
   * would be element {@code max + 1} ({@code @Count(length = Length.REST, max = ...)}).
   *
   * @param read the elements read so far
   * @param max the most elements allowed, 0 or more
   * @param field "Record.component", named in errors
   * @return {@code true} while bytes are left
   * @throws WireFormatException malformed: bytes left after {@code max} elements
   */
  public boolean hasMoreElements(int read, int max, String field) throws WireFormatException {
    if (pos == limit) {
      return false;
    }
    if (read >= max) {
      throw Fail.malformed(field, "more than max = " + max + " elements (" + Fail.bytes(limit - pos)
          + " left after " + read + ")", pos - base);
    }
    return true;
  }

  /**
   * A string: its UTF-8 byte length as {@code length} says, then those bytes, decoded strictly
   * (never a replacement character). {@code "hé"} with U8 is {@code 03 | 68 C3 A9}.
   *
   * @param length how the byte length is written, or REST: no length, the string is the rest of
   *     the payload
   * @param order byte order of a fixed-width length
   * @param field "Record.component", named in errors
   * @return the string
   * @throws WireFormatException malformed: a length beyond the bytes left, or invalid UTF-8
   *     (overlong forms, encoded surrogates, code points above U+10FFFF, a sequence cut short)
   */
  public String readUtf8(Length length, Endian order, String field) throws WireFormatException {
    int n = readSize(length, order, field, "string");
    String s = Utf8.decode(buf, pos, n, field, base);
    pos += n;
    return s;
  }

  /**
   * A string of at most {@code max} UTF-8 bytes ({@code @Utf8(maxBytes)}): a longer one is
   * malformed from its length alone, before a byte of it is decoded. Otherwise as
   * {@link #readUtf8(Length, Endian, String)}.
   *
   * @param length how the byte length is written, or REST: the rest of the payload
   * @param order byte order of a fixed-width length
   * @param max the most bytes allowed, 0 or more
   * @param field "Record.component", named in errors
   * @return the string
   * @throws WireFormatException malformed: a length above {@code max}, or as
   *     {@link #readUtf8(Length, Endian, String)}
   */
  public String readUtf8(Length length, Endian order, int max, String field) throws WireFormatException {
    int n = readSize(length, order, max, field, "string");
    String s = Utf8.decode(buf, pos, n, field, base);
    pos += n;
    return s;
  }

  /**
   * Raw bytes after their count, with no check on their content: {@code 04 | 00 01 FE FF} with
   * VARINT is {@code {0, 1, -2, -1}}.
   *
   * @param length how the count is written, or REST: no count, the bytes are the rest of the
   *     payload
   * @param order byte order of a fixed-width count
   * @param field "Record.component", named in errors
   * @return a fresh copy of the bytes
   * @throws WireFormatException malformed: a count beyond the bytes left
   */
  public byte[] readBytes(Length length, Endian order, String field) throws WireFormatException {
    int n = readSize(length, order, field, "byte array");
    byte[] b = Arrays.copyOfRange(buf, pos, pos + n);
    pos += n;
    return b;
  }

  /**
   * At most {@code max} raw bytes ({@code @Bytes(maxBytes)}): a larger count is malformed
   * before the array is allocated. Otherwise as {@link #readBytes(Length, Endian, String)}.
   *
   * @param length how the count is written, or REST: the rest of the payload
   * @param order byte order of a fixed-width count
   * @param max the most bytes allowed, 0 or more
   * @param field "Record.component", named in errors
   * @return a fresh copy of the bytes
   * @throws WireFormatException malformed: a count above {@code max} or beyond the bytes left
   */
  public byte[] readBytes(Length length, Endian order, int max, String field) throws WireFormatException {
    int n = readSize(length, order, max, field, "byte array");
    byte[] b = Arrays.copyOfRange(buf, pos, pos + n);
    pos += n;
    return b;
  }

  /**
   * A JSON text framed as a UTF-8 string, bound to {@code type}; invalid or ill-typed JSON is
   * malformed. {@code V} is inferred from the generated code's local: a generic {@link Type}
   * ({@code Map<String, List<Integer>>}) has no {@code Class<V>} to carry it.
   *
   * @param <V> the component's declared type
   * @param type the component's type, generic arguments included (built with
   *     {@link dev.wiremessage.runtime.JsonTypes})
   * @param length how the text's byte length is written, or REST: the rest of the payload
   * @param order byte order of a fixed-width length
   * @param field "Record.component", or the record's name for a {@code Format.JSON} body,
   *     named in errors
   * @return the value the mapper bound
   * @throws WireFormatException malformed: a length beyond the bytes left, or JSON the mapper
   *     rejects
   */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  public <V> V readJson(Type type, Length length, Endian order, String field) throws WireFormatException {
    return readJson(type, readSize(length, order, field, "JSON text"), field, false);
  }

  /**
   * A JSON text of at most {@code max} bytes ({@code @JsonBlob(maxBytes)}): a longer one is
   * malformed from its length alone, before the mapper sees it. Otherwise as
   * {@link #readJson(Type, Length, Endian, String)}.
   *
   * @param <V> the component's declared type
   * @param type the component's type, generic arguments included
   * @param length how the text's byte length is written, or REST: the rest of the payload
   * @param order byte order of a fixed-width length
   * @param max the most bytes allowed, 0 or more
   * @param field "Record.component", named in errors
   * @return the value the mapper bound
   * @throws WireFormatException malformed: a length above {@code max}, or as
   *     {@link #readJson(Type, Length, Endian, String)}
   */
  @SuppressWarnings("TypeParameterUnusedInFormals")
  public <V> V readJson(Type type, Length length, Endian order, int max, String field) throws WireFormatException {
    return readJson(type, readSize(length, order, max, field, "JSON text"), field, false);
  }

  /**
   * A JSON text that must hold a value: the text {@code null} is malformed. For a
   * {@code Format.JSON} body (one JSON object) and for the value of a present
   * {@code Optional}/{@code @Nullable} {@code @JsonBlob} component (the presence byte already
   * said "present"). Otherwise as {@link #readJson(Type, Length, Endian, String)}.
   *
   * @param <V> the component's declared type
   * @param type the component's type, generic arguments included
   * @param length how the text's byte length is written, or REST: the rest of the payload
   * @param order byte order of a fixed-width length
   * @param field "Record.component", or the record's name for a {@code Format.JSON} body
   * @return the value the mapper bound, never null
   * @throws WireFormatException malformed: the JSON text {@code null}, or as
   *     {@link #readJson(Type, Length, Endian, String)}
   */
  @SuppressWarnings("TypeParameterUnusedInFormals")
  public <V> V readJsonNonNull(Type type, Length length, Endian order, String field) throws WireFormatException {
    return readJson(type, readSize(length, order, field, "JSON text"), field, true);
  }

  /**
   * {@link #readJsonNonNull(Type, Length, Endian, String)} with at most {@code max} bytes
   * ({@code @JsonBlob(maxBytes)}).
   *
   * @param <V> the component's declared type
   * @param type the component's type, generic arguments included
   * @param length how the text's byte length is written, or REST: the rest of the payload
   * @param order byte order of a fixed-width length
   * @param max the most bytes allowed, 0 or more
   * @param field "Record.component", named in errors
   * @return the value the mapper bound, never null
   * @throws WireFormatException malformed: a length above {@code max}, the JSON text
   *     {@code null}, or as {@link #readJson(Type, Length, Endian, String)}
   */
  @SuppressWarnings("TypeParameterUnusedInFormals")
  public <V> V readJsonNonNull(Type type, Length length, Endian order, int max, String field)
      throws WireFormatException {
    return readJson(type, readSize(length, order, max, field, "JSON text"), field, true);
  }

  /** The next {@code n} bytes as JSON for {@code type}; {@code nonNull}: the text {@code null} is malformed. */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  private <V> V readJson(Type type, int n, String field, boolean nonNull) throws WireFormatException {
    JsonMapper mapper = json(); // no mapper at all is a setup problem, not this payload's: not caught
    // JSON text is UTF-8 (RFC 8259, wire-format 2.4): checked here as strings are, whatever the
    // mapper, so a mapper that decodes leniently never turns invalid bytes into a message.
    Utf8.check(buf, pos, n, field, base);
    Object v;
    try {
      v = mapper.read(buf, pos, n, type);
    } catch (IOException | RuntimeException e) {
      // the default mapper says where in the text; the offset is then the failing byte's
      long at = e instanceof JsonTextException t && t.textOffset() >= 0 && t.textOffset() <= n
          ? pos - base + t.textOffset() : pos - base;
      throw Fail.malformed(field, "invalid JSON for " + simpleName(type) + ": " + firstLine(e), at);
    }
    if (v == null && nonNull) {
      throw Fail.malformed(field, "JSON null where a value is required", pos - base);
    }
    pos += n;
    return (V) v;
  }

  /** {@code Map<String, List<Integer>>}: the type's name without package names. */
  private static String simpleName(Type type) {
    return type.getTypeName().replaceAll("\\b[a-z][a-z0-9_]*\\.", "").replace('$', '.');
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  // ---- built-in encodings of JDK types (docs/wire-format.md section 15) ----------------------

  /** The most nanoseconds of a second, and of a day. */
  private static final long MAX_NANO = 999_999_999L;
  private static final long MAX_NANO_OF_DAY = 86_400_000_000_000L - 1;

  /**
   * A UUID: 16 bytes, big-endian, the most significant 64 bits first (RFC 9562). Any 16 bytes
   * are a UUID.
   *
   * @param field "Record.component", named in errors
   * @return the UUID
   * @throws WireFormatException malformed: fewer than 16 bytes left
   */
  public UUID readUuid(String field) throws WireFormatException {
    need(16, field);
    UUID v = new UUID(Bits.getLongBE(buf, pos), Bits.getLongBE(buf, pos + 8));
    pos += 16;
    return v;
  }

  /**
   * An instant: 8 bytes of signed epoch seconds, then 4 bytes of nanoseconds, big-endian.
   *
   * @param field "Record.component", named in errors
   * @return the instant
   * @throws WireFormatException malformed: fewer than 12 bytes left, nanoseconds outside
   *     0..999,999,999, or seconds outside {@link Instant#MIN}..{@link Instant#MAX}
   */
  public Instant readInstant(String field) throws WireFormatException {
    need(12, field);
    long seconds = Bits.getLongBE(buf, pos);
    long nanos = nanos(field);
    if (seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
      throw Fail.malformed(field, "instant of " + seconds + " epoch seconds is outside " + Instant.MIN + ".."
          + Instant.MAX, pos - base);
    }
    pos += 12;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /**
   * A duration: 8 bytes of signed seconds, then 4 bytes of nanoseconds (0..999,999,999),
   * big-endian, as {@link Duration#getSeconds()} and {@link Duration#getNano()}.
   *
   * @param field "Record.component", named in errors
   * @return the duration
   * @throws WireFormatException malformed: fewer than 12 bytes left, or nanoseconds outside
   *     0..999,999,999
   */
  public Duration readDuration(String field) throws WireFormatException {
    need(12, field);
    long seconds = Bits.getLongBE(buf, pos);
    long nanos = nanos(field);
    pos += 12;
    return Duration.ofSeconds(seconds, nanos);
  }

  /** The 4 bytes of nanoseconds at {@code pos + 8}, checked. */
  private long nanos(String field) throws WireFormatException {
    long nanos = Bits.getUnsigned(buf, pos + 8, 4, true);
    if (nanos > MAX_NANO) {
      throw Fail.malformed(field, "nanoseconds " + nanos + " (expected 0..999999999)", pos + 8 - base);
    }
    return nanos;
  }

  /**
   * A date: its epoch day, 4 bytes signed, big-endian. Every such day is a {@link LocalDate}.
   *
   * @param field "Record.component", named in errors
   * @return the date
   * @throws WireFormatException malformed: fewer than 4 bytes left
   */
  public LocalDate readLocalDate(String field) throws WireFormatException {
    need(4, field);
    long day = Bits.getSigned(buf, pos, 4, true);
    pos += 4;
    return LocalDate.ofEpochDay(day);
  }

  /**
   * A time of day: its nanosecond of the day, 8 bytes, big-endian.
   *
   * @param field "Record.component", named in errors
   * @return the time
   * @throws WireFormatException malformed: fewer than 8 bytes left, or a value outside
   *     0..86,399,999,999,999
   */
  public LocalTime readLocalTime(String field) throws WireFormatException {
    need(8, field);
    long nanos = Bits.getLongBE(buf, pos);
    if (nanos < 0 || nanos > MAX_NANO_OF_DAY) {
      throw Fail.malformed(field, "nanosecond of the day " + Long.toUnsignedString(nanos)
          + " (expected 0..86399999999999)", pos - base);
    }
    pos += 8;
    return LocalTime.ofNanoOfDay(nanos);
  }

  /**
   * A date and time: {@link #readLocalDate}, then {@link #readLocalTime}.
   *
   * @param field "Record.component", named in errors
   * @return the date and time
   * @throws WireFormatException malformed: as either part
   */
  public LocalDateTime readLocalDateTime(String field) throws WireFormatException {
    need(12, field);
    LocalDate date = readLocalDate(field);
    return LocalDateTime.of(date, readLocalTime(field));
  }

  /**
   * An IP address: a byte 4 or 16, then that many bytes of address. No name lookup.
   *
   * @param field "Record.component", named in errors
   * @return an {@link java.net.Inet4Address} for 4 bytes, an {@link java.net.Inet6Address}
   *     for 16 (an IPv4-mapped one included, so that it is written back as 16 bytes)
   * @throws WireFormatException malformed: a count other than 4 or 16, or too few bytes left
   */
  public InetAddress readInetAddress(String field) throws WireFormatException {
    need(1, field);
    int n = buf[pos] & 0xFF;
    if (n != 4 && n != 16) {
      throw Fail.malformed(field, "IP address of " + Fail.bytes(n) + " (expected 4 or 16)", pos - base);
    }
    need(1 + n, field);
    byte[] address = Arrays.copyOfRange(buf, pos + 1, pos + 1 + n);
    InetAddress v;
    try {
      v = n == 4 ? InetAddress.getByAddress(address) : Inet6Address.getByAddress(null, address, -1);
    } catch (UnknownHostException e) {
      throw new AssertionError(e); // thrown only for a length other than 4 or 16
    }
    pos += 1 + n;
    return v;
  }

  /**
   * An integer of any size: its byte count as {@code length} says, then its two's-complement
   * bytes, big-endian, in the fewest bytes ({@link BigInteger#toByteArray()}), so that every
   * integer has one form.
   *
   * @param length how the count is written, or REST: the rest of the payload
   * @param order byte order of a fixed-width count
   * @param field "Record.component", named in errors
   * @return the integer
   * @throws WireFormatException malformed: a count beyond the bytes left, no bytes, or a
   *     needless leading byte ({@code 00} before a byte below {@code 80}, {@code FF} before
   *     one of {@code 80} or more)
   */
  public BigInteger readBigInteger(Length length, Endian order, String field) throws WireFormatException {
    return bigInteger(readSize(length, order, field, "integer"), field);
  }

  /**
   * {@link #readBigInteger(Length, Endian, String)} of at most {@code max} bytes
   * ({@code @Bytes(maxBytes)}): a larger count is malformed before a byte is read.
   *
   * @param length how the count is written, or REST: the rest of the payload
   * @param order byte order of a fixed-width count
   * @param max the most bytes allowed, 0 or more
   * @param field "Record.component", named in errors
   * @return the integer
   * @throws WireFormatException malformed: a count above {@code max}, or as
   *     {@link #readBigInteger(Length, Endian, String)}
   */
  public BigInteger readBigInteger(Length length, Endian order, int max, String field) throws WireFormatException {
    return bigInteger(readSize(length, order, max, field, "integer"), field);
  }

  /**
   * A decimal: its scale, 4 bytes signed big-endian, then its unscaled value as
   * {@link #readBigInteger(Length, Endian, String)}.
   *
   * @param length how the unscaled value's count is written, or REST: the rest of the payload
   * @param order byte order of a fixed-width count
   * @param field "Record.component", named in errors
   * @return the decimal, with the scale that was sent
   * @throws WireFormatException malformed: as {@link #readBigInteger(Length, Endian, String)},
   *     or fewer than 4 bytes left for the scale
   */
  public BigDecimal readBigDecimal(Length length, Endian order, String field) throws WireFormatException {
    int scale = (int) readSigned(4, Endian.BIG, field);
    return new BigDecimal(readBigInteger(length, order, field), scale);
  }

  /**
   * {@link #readBigDecimal(Length, Endian, String)} whose unscaled value takes at most
   * {@code max} bytes ({@code @Bytes(maxBytes)}).
   *
   * @param length how the unscaled value's count is written, or REST: the rest of the payload
   * @param order byte order of a fixed-width count
   * @param max the most bytes of the unscaled value, 0 or more
   * @param field "Record.component", named in errors
   * @return the decimal
   * @throws WireFormatException malformed: a count above {@code max}, or as
   *     {@link #readBigDecimal(Length, Endian, String)}
   */
  public BigDecimal readBigDecimal(Length length, Endian order, int max, String field) throws WireFormatException {
    int scale = (int) readSigned(4, Endian.BIG, field);
    return new BigDecimal(readBigInteger(length, order, max, field), scale);
  }

  /** The next {@code n} bytes as a minimal two's-complement integer. */
  private BigInteger bigInteger(int n, String field) throws WireFormatException {
    if (n == 0) {
      throw Fail.malformed(field, "integer of 0 bytes (0 is one byte, 00)", pos - base);
    }
    if (n > 1) {
      int first = buf[pos];
      int second = buf[pos + 1];
      if ((first == 0 && second >= 0) || (first == -1 && second < 0)) {
        throw Fail.malformed(field, String.format("integer with a needless leading byte %02X (not the fewest bytes)",
            first & 0xFF), pos - base);
      }
    }
    BigInteger v = new BigInteger(buf, pos, n);
    pos += n;
    return v;
  }

  /**
   * Where the reader is, from the start of the payload: generated code notes it before a
   * {@code @WireAs} component, for {@link #fromWire}'s errors.
   *
   * @return the offset of the next byte
   */
  public int offset() {
    return pos - base;
  }

  /**
   * The Java value of {@code wire} through a {@code @WireAs} converter: its exception, or a
   * null result, is malformed, naming the component and where it starts.
   *
   * @param <J> the component's type
   * @param <W> the converter's wire type
   * @param converter the component's converter
   * @param wire the value read, not null
   * @param offset where the component starts ({@link #offset()} before it was read)
   * @param field "Record.component", named in errors
   * @return the component's value, not null
   * @throws WireFormatException malformed: the converter threw or returned null
   */
  public <J, W> J fromWire(WireConverter<J, W> converter, W wire, int offset, String field)
      throws WireFormatException {
    J value;
    try {
      value = converter.fromWire(wire);
    } catch (RuntimeException e) {
      throw Fail.malformed(field, converter.getClass().getSimpleName() + ".fromWire rejected " + wire + ": " + e,
          offset);
    }
    if (value == null) {
      throw Fail.malformed(field, converter.getClass().getSimpleName() + ".fromWire returned null for " + wire,
          offset);
    }
    return value;
  }

  /**
   * A malformed error at the current offset, for the caller to throw (unknown tag, enum code).
   *
   * @param field "Record.component", or the protocol's name for a tag, named in the error
   * @param detail what is wrong, such as {@code "unknown tag 7"}
   * @return the exception, not thrown
   */
  public WireFormatException malformed(String field, String detail) {
    return Fail.malformed(field, detail, pos - base);
  }

  // ---- lengths ------------------------------------------------------------------------------

  /** A byte length that must fit in what is left (REST: all that is left). */
  private int readSize(Length length, Endian order, String field, String what) throws WireFormatException {
    return readSize(length, order, NO_MAX, field, what);
  }

  /**
   * A byte length of at most {@code max} (a component's {@code maxBytes}, or {@link #NO_MAX}),
   * checked first, then against the bytes left.
   */
  private int readSize(Length length, Endian order, long max, String field, String what) throws WireFormatException {
    int at = pos;
    long n = length == Length.REST ? limit - pos : readLength(length, order, field, what, true);
    if (n > max) {
      throw Fail.malformed(field, what + " of " + Fail.bytes(n) + " is longer than maxBytes = " + max, at - base);
    }
    if (n > limit - pos) {
      throw Fail.malformed(field, what + " of " + Fail.bytes(n) + " but " + (limit - pos) + " left", at - base);
    }
    return (int) n;
  }

  /** An unsigned length, tag or count; over 2^63-1 (U64 top bit, VARINT overflow) is malformed. */
  private long readLength(Length length, Endian order, String field, String what) throws WireFormatException {
    return readLength(length, order, field, what, false);
  }

  /**
   * {@link #readLength(Length, Endian, String, String)}, where {@code sized} says errors name
   * "{@code what} length" (the message is only built when it is thrown: this runs for every
   * string). The width comes from {@link Length#bytes()}, which folds to a constant when the
   * generated code's {@code Length.X} is inlined here.
   */
  private long readLength(Length length, Endian order, String field, String what, boolean sized)
      throws WireFormatException {
    if (length == Length.VARINT) {
      return readVarint(field, what, sized);
    }
    int bytes = length.bytes();
    need(bytes, field);
    long v = Bits.getUnsigned(buf, pos, bytes, order == Endian.BIG);
    if (v < 0) {
      throw Fail.malformed(field, noun(what, sized) + " 0x" + Long.toHexString(v) + " is above 2^63-1", pos - base);
    }
    pos += bytes;
    return v;
  }

  private static String noun(String what, boolean sized) {
    return sized ? what + " length" : what;
  }

  private long readVarint(String field, String what, boolean sized) throws WireFormatException {
    long v = 0;
    int p = pos;
    for (int shift = 0; shift < 63; shift += 7) {
      if (p >= limit) {
        throw ends(field, pos);
      }
      int b = buf[p++];
      v |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        pos = p;
        return v;
      }
    }
    // tenth byte: one more bit fits an unsigned 64-bit value, none fits 2^63-1
    if (p >= limit) {
      throw ends(field, pos);
    }
    int b = buf[p];
    if (b < 0) {
      throw Fail.malformed(field, "VARINT " + noun(what, sized) + " longer than 10 bytes", pos - base);
    }
    if (b != 0) {
      throw Fail.malformed(field, "VARINT " + noun(what, sized) + " is above 2^63-1", pos - base);
    }
    pos = p + 1;
    return v;
  }

  // ---- runs of fixed-width components: one bounds check, then gets at offsets --------------

  /**
   * The next {@code n} bytes, for a run of consecutive fixed-width components that the
   * generated code then gets at their offsets from the index returned; the position moves past
   * them. When fewer are left, the error is the one the components read one by one would give:
   * {@code run} names them, as {@code "Quote.price:8 Quote.qty:4 Quote.open:boolean"}.
   *
   * @param n the run's bytes
   * @param run each component's "Record.component", a colon and its width (or {@code boolean}),
   *     separated by spaces; read only for the error
   * @return the index of the run's first byte, for the get methods
   * @throws WireFormatException malformed: the payload ends inside a component of the run, or
   *     a boolean before it is neither 00 nor 01
   */
  public int take(int n, String run) throws WireFormatException {
    int at = pos;
    if (limit - at < n) {
      throw runEnds(run);
    }
    pos = at + n;
    return at;
  }

  /** The error of the first component of {@code run} that cannot be read, as read alone. */
  private WireFormatException runEnds(String run) {
    int at = pos;
    for (int from = 0, to; from < run.length(); from = to + 1) {
      to = run.indexOf(' ', from);
      if (to < 0) {
        to = run.length();
      }
      String component = run.substring(from, to);
      int colon = component.lastIndexOf(':');
      String field = component.substring(0, colon);
      boolean bool = component.endsWith(":boolean");
      int width = bool ? 1 : Integer.parseInt(component.substring(colon + 1));
      if (limit - at < width) {
        return ends(field, at);
      }
      if (bool && (buf[at] & ~1) != 0) {
        return notZeroOne(field, "boolean", at);
      }
      at += width;
    }
    throw new IllegalArgumentException("run: " + run + " (expected: components of more bytes than are left)");
  }

  /**
   * {@link #readSigned} at {@code at}, inside a run {@link #take} returned.
   *
   * @param at the index of the component's first byte
   * @param bytes the field's width, 1..8
   * @param order the field's byte order
   * @return the value, sign-extended to 64 bits
   */
  public long getSigned(int at, int bytes, Endian order) {
    return Bits.getSigned(buf, at, bytes, order == Endian.BIG);
  }

  /**
   * {@link #readUnsigned} at {@code at}, inside a run.
   *
   * @param at the index of the component's first byte
   * @param bytes the field's width, 1..8
   * @param order the field's byte order
   * @return the value, zero-extended to 64 bits
   */
  public long getUnsigned(int at, int bytes, Endian order) {
    return Bits.getUnsigned(buf, at, bytes, order == Endian.BIG);
  }

  /**
   * {@link #readBoolean} at {@code at}, inside a run.
   *
   * @param at the index of the byte
   * @param field "Record.component", named in errors
   * @return the value
   * @throws WireFormatException malformed: neither 00 nor 01
   */
  public boolean getBoolean(int at, String field) throws WireFormatException {
    int b = buf[at];
    if ((b & ~1) != 0) {
      throw notZeroOne(field, "boolean", at);
    }
    return b != 0;
  }

  /**
   * {@link #readFloat} at {@code at}, inside a run.
   *
   * @param at the index of the component's first byte
   * @return the value
   */
  public float getFloat(int at) {
    return Float.intBitsToFloat(Bits.getIntBE(buf, at));
  }

  /**
   * {@link #readDouble} at {@code at}, inside a run.
   *
   * @param at the index of the component's first byte
   * @return the value
   */
  public double getDouble(int at) {
    return Double.longBitsToDouble(Bits.getLongBE(buf, at));
  }

  /** The position of the next {@code n} bytes, which it moves past; malformed when fewer are left. */
  private int step(int n, String field) throws WireFormatException {
    need(n, field);
    int at = pos;
    pos = at + n;
    return at;
  }

  private void need(int n, String field) throws WireFormatException {
    if (limit - pos < n) {
      throw ends(field, pos);
    }
  }

  private WireFormatException notZeroOne(String field, String what, int at) {
    return Fail.malformed(field, String.format("%s 0x%02X (expected 0x00 or 0x01)", what, buf[at] & 0xFF), at - base);
  }

  private WireFormatException ends(String field, int at) {
    return Fail.malformed(field, "payload ends inside " + field + " (" + Fail.bytes(limit - at) + " left)", at - base);
  }
}
