package dev.wiremessage.runtime.spi;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.JsonMapper;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.internal.Bits;
import dev.wiremessage.runtime.internal.DefaultJson;
import dev.wiremessage.runtime.internal.Fail;
import dev.wiremessage.runtime.internal.Utf8;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * The input of generated {@code decodePayload} methods: a bounded view of one payload. Every
 * read that would pass the end, and every invalid value, throws a {@code malformed}
 * {@link WireFormatException} naming {@code field} ("Record.component") and the offset.
 * Not thread-safe.
 */
public final class PayloadReader {
  /** The most elements a count may announce when each element takes no bytes on the wire. */
  public static final int MAX_ZERO_WIDTH_COUNT = 1 << 16;

  private final byte[] buf;
  private final int base;
  private final int limit;
  private final int maxDepth;
  private int pos;
  private int depth = 1; // the top-level message
  private JsonMapper json;

  /** Reads {@code buf[offset, offset+length)}; {@code json} null: the default mapper, resolved on first use. */
  PayloadReader(byte[] buf, int offset, int length, JsonMapper json) {
    this(buf, offset, length, json, CodecSettings.DEFAULT_MAX_DEPTH);
  }

  PayloadReader(byte[] buf, int offset, int length, JsonMapper json, int maxDepth) {
    this.buf = buf;
    this.base = offset;
    this.pos = offset;
    this.limit = offset + length;
    this.json = json;
    this.maxDepth = maxDepth;
  }

  /** Malformed unless every byte was read: "N bytes left after Type". */
  void expectEnd(String typeName) throws WireFormatException {
    if (pos != limit) {
      throw Fail.malformed(typeName, Fail.bytes(limit - pos) + " left after " + typeName, pos - base);
    }
  }

  /** The JSON mapper of the codec that started this payload. */
  public JsonMapper json() {
    JsonMapper m = json;
    if (m == null) {
      json = m = DefaultJson.mapper();
    }
    return m;
  }

  /**
   * The payload of a nested message, through {@code codec}: one level deeper. Past the codec's
   * {@code maxDepth} it is malformed, so a recursive record fed a long run of presence bytes
   * fails here instead of overflowing the stack.
   */
  public <V> V readMessage(AbstractWireCodec<V> codec, String field) throws WireFormatException {
    if (depth >= maxDepth) {
      throw Fail.malformed(field, "messages nested deeper than " + maxDepth + " (maxDepth)", pos - base);
    }
    depth++;
    V value = codec.decodePayload(this);
    depth--;
    return value;
  }

  /** Bytes left in the payload. */
  public int remaining() {
    return limit - pos;
  }

  /** 0x00 false, 0x01 true, anything else malformed. */
  public boolean readBoolean(String field) throws WireFormatException {
    return readZeroOne(field, "boolean");
  }

  /** 0x00 absent, 0x01 present, anything else malformed. */
  public boolean readPresence(String field) throws WireFormatException {
    return readZeroOne(field, "presence byte");
  }

  private boolean readZeroOne(String field, String what) throws WireFormatException {
    need(1, field);
    int b = buf[pos];
    if ((b & ~1) != 0) {
      throw Fail.malformed(field, String.format("%s 0x%02X (expected 0x00 or 0x01)", what, b & 0xFF), pos - base);
    }
    pos++;
    return b != 0;
  }

  public float readFloat(String field) throws WireFormatException {
    need(4, field);
    float v = Float.intBitsToFloat(Bits.getIntBE(buf, pos));
    pos += 4;
    return v;
  }

  public double readDouble(String field) throws WireFormatException {
    need(8, field);
    double v = Double.longBitsToDouble(Bits.getLongBE(buf, pos));
    pos += 8;
    return v;
  }

  /** {@code bytes} bytes, sign-extended. */
  public long readSigned(int bytes, Endian order, String field) throws WireFormatException {
    need(bytes, field);
    long v = Bits.getSigned(buf, pos, bytes, order == Endian.BIG);
    pos += bytes;
    return v;
  }

  /** {@code bytes} bytes, zero-extended (for 8 bytes: the bit pattern). */
  public long readUnsigned(int bytes, Endian order, String field) throws WireFormatException {
    need(bytes, field);
    long v = Bits.getUnsigned(buf, pos, bytes, order == Endian.BIG);
    pos += bytes;
    return v;
  }

  /** A protocol tag; the caller reports an unknown one with {@link #malformed}. */
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
   */
  public int readCount(Length length, Endian order, int minElementBytes, String field) throws WireFormatException {
    if (length == Length.REST) {
      return -1;
    }
    int at = pos;
    long count = readLength(length, order, field, "count");
    int left = limit - pos;
    if (minElementBytes > 0 && count > left / minElementBytes) {
      throw Fail.malformed(field, "count " + count + " needs at least " + Fail.bytes(count * minElementBytes)
          + ", " + left + " left", at - base);
    }
    if (minElementBytes == 0 && count > MAX_ZERO_WIDTH_COUNT) {
      // Elements that take no bytes (empty records) cost memory but no input: without this
      // bound a 5-byte frame could ask for billions of them.
      throw Fail.malformed(field, "count " + count + " of elements that take no bytes (at most "
          + MAX_ZERO_WIDTH_COUNT + ")", at - base);
    }
    if (count > Integer.MAX_VALUE - 8) {
      throw Fail.malformed(field, "count " + count + " is larger than a Java list", at - base);
    }
    return (int) count;
  }

  /** Strict UTF-8 after its byte length (REST: the rest of the payload). */
  public String readUtf8(Length length, Endian order, String field) throws WireFormatException {
    int n = readSize(length, order, field, "string");
    String s = Utf8.decode(buf, pos, n, field, base);
    pos += n;
    return s;
  }

  /** Raw bytes after their count (REST: the rest of the payload). */
  public byte[] readBytes(Length length, Endian order, String field) throws WireFormatException {
    int n = readSize(length, order, field, "byte array");
    byte[] b = Arrays.copyOfRange(buf, pos, pos + n);
    pos += n;
    return b;
  }

  /**
   * A JSON text framed as a UTF-8 string, bound to {@code type}; invalid or ill-typed JSON is
   * malformed. {@code V} is inferred from the generated code's local: a generic {@link Type}
   * ({@code Map<String, List<Integer>>}) has no {@code Class<V>} to carry it.
   */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  public <V> V readJson(Type type, Length length, Endian order, String field) throws WireFormatException {
    int n = readSize(length, order, field, "JSON text");
    JsonMapper mapper = json(); // no mapper at all is a setup problem, not this payload's: not caught
    Object v;
    try {
      v = mapper.read(buf, pos, n, type);
    } catch (IOException | RuntimeException e) {
      throw Fail.malformed(field, "invalid JSON for " + type.getTypeName() + ": " + firstLine(e), pos - base);
    }
    pos += n;
    return (V) v;
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** A malformed error at the current offset, for the caller to throw (unknown tag, enum code). */
  public WireFormatException malformed(String field, String detail) {
    return Fail.malformed(field, detail, pos - base);
  }

  // ---- lengths ------------------------------------------------------------------------------

  /** A byte length that must fit in what is left (REST: all that is left). */
  private int readSize(Length length, Endian order, String field, String what) throws WireFormatException {
    if (length == Length.REST) {
      return limit - pos;
    }
    int at = pos;
    long n = readLength(length, order, field, what + " length");
    if (n > limit - pos) {
      throw Fail.malformed(field, what + " of " + Fail.bytes(n) + " but " + (limit - pos) + " left", at - base);
    }
    return (int) n;
  }

  /** An unsigned length, tag or count; over 2^63-1 (U64 top bit, VARINT overflow) is malformed. */
  private long readLength(Length length, Endian order, String field, String what) throws WireFormatException {
    if (length == Length.VARINT) {
      return readVarint(field, what);
    }
    int bytes = length.bytes();
    need(bytes, field);
    long v = Bits.getUnsigned(buf, pos, bytes, order == Endian.BIG);
    if (v < 0) {
      throw Fail.malformed(field, what + " 0x" + Long.toHexString(v) + " is above 2^63-1", pos - base);
    }
    pos += bytes;
    return v;
  }

  private long readVarint(String field, String what) throws WireFormatException {
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
      throw Fail.malformed(field, "VARINT " + what + " longer than 10 bytes", pos - base);
    }
    if (b != 0) {
      throw Fail.malformed(field, "VARINT " + what + " is above 2^63-1", pos - base);
    }
    pos = p + 1;
    return v;
  }

  private void need(int n, String field) throws WireFormatException {
    if (limit - pos < n) {
      throw ends(field, pos);
    }
  }

  private WireFormatException ends(String field, int at) {
    return Fail.malformed(field, "payload ends inside " + field + " (" + Fail.bytes(limit - at) + " left)", at - base);
  }
}
