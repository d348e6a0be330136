package dev.wiremessage.runtime.spi;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.JsonMapper;
import dev.wiremessage.runtime.internal.Bits;
import dev.wiremessage.runtime.internal.DefaultJson;
import dev.wiremessage.runtime.internal.Fail;
import dev.wiremessage.runtime.internal.Utf8;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * The output of generated {@code encodePayload} methods: a growable byte array. Every
 * {@code field} argument is {@code "Record.component"} and names the component in errors
 * ({@link dev.wiremessage.runtime.WireEncodeException}). Not thread-safe.
 */
public final class PayloadWriter {
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

  private final int maxDepth;
  private byte[] buf;
  private int pos;
  private int depth = 1; // the top-level message
  private JsonMapper json;

  /** {@code json} null: the default mapper, resolved on first use. */
  PayloadWriter(JsonMapper json, int capacity, int reserve) {
    this(json, CodecSettings.DEFAULT_MAX_DEPTH, capacity, reserve);
  }

  PayloadWriter(JsonMapper json, int maxDepth, int capacity, int reserve) {
    this.json = json;
    this.maxDepth = maxDepth;
    this.buf = new byte[Math.max(capacity, reserve)];
    this.pos = reserve;
  }

  // ---- hooks for AbstractWireCodec ------------------------------------------------------

  byte[] buffer() {
    return buf;
  }

  int position() {
    return pos;
  }

  /**
   * Empties the writer for reuse, leaving {@code reserve} bytes free for a header. A buffer
   * that one large message grew past {@code keep} bytes is dropped, so a long-lived writer
   * does not hold its largest frame forever.
   */
  void reset(int reserve, int keep) {
    depth = 1;
    if (buf.length < reserve || buf.length > Math.max(keep, reserve)) {
      buf = new byte[Math.max(keep, reserve)];
    }
    pos = reserve;
  }

  /** Makes room for {@code n} more bytes after the position without writing them. */
  void reserveAfter(int n) {
    ensure(n);
  }

  /** The bytes from {@code from} to the position, without a copy when they fill the array. */
  byte[] toArray(int from) {
    return from == 0 && pos == buf.length ? buf : Arrays.copyOfRange(buf, from, pos);
  }

  // ---- the generated code's calls ---------------------------------------------------------

  /** The JSON mapper of the codec that started this payload. */
  public JsonMapper json() {
    JsonMapper m = json;
    if (m == null) {
      json = m = DefaultJson.mapper();
    }
    return m;
  }

  /** Throws an encode error "Record.component is null" unless {@code value} is non-null. */
  public static <V> V requireNonNull(V value, String field) {
    if (value == null) {
      throw Fail.encode(field, "is null; mark the component @Nullable or declare it Optional to allow absence");
    }
    return value;
  }

  /**
   * The payload of a nested message (non-null), through {@code codec}: one level deeper. Past
   * the codec's {@code maxDepth} it is an encode error: a peer with the same limit would
   * reject the frame, and a cyclic graph (a list that holds its own record) must not
   * overflow the stack.
   */
  public <V> void writeMessage(AbstractWireCodec<V> codec, V value, String field) {
    if (depth >= maxDepth) {
      throw Fail.encode(field, "messages nested deeper than " + maxDepth + " (maxDepth)");
    }
    depth++;
    codec.encodePayload(value, this);
    depth--;
  }

  /** 0x00 or 0x01. */
  public void writeBoolean(boolean value) {
    ensure(1);
    buf[pos++] = (byte) (value ? 1 : 0);
  }

  /** 0x00 absent or 0x01 present. */
  public void writePresence(boolean present) {
    ensure(1);
    buf[pos++] = (byte) (present ? 1 : 0);
  }

  /** IEEE 754 bits, 4 bytes big-endian ({@code Float.floatToRawIntBits}). */
  public void writeFloat(float value) {
    ensure(4);
    Bits.putIntBE(buf, pos, Float.floatToRawIntBits(value));
    pos += 4;
  }

  /** IEEE 754 bits, 8 bytes big-endian ({@code Double.doubleToRawLongBits}). */
  public void writeDouble(double value) {
    ensure(8);
    Bits.putLongBE(buf, pos, Double.doubleToRawLongBits(value));
    pos += 8;
  }

  /** The low {@code bytes} bytes of {@code value}, no range check (a field as wide as its type). */
  public void writeBits(long value, int bytes, Endian order) {
    ensure(8);
    Bits.put(buf, pos, value, bytes, order == Endian.BIG);
    pos += bytes;
  }

  /** {@code value} in {@code bytes} bytes, two's complement; fails outside -2^(8N-1)..2^(8N-1)-1. */
  public void writeSigned(long value, int bytes, Endian order, String field) {
    if (bytes < 8) {
      int shift = 64 - 8 * bytes;
      if ((value << shift) >> shift != value) {
        throw outOfRange(value, bytes, "signed", field);
      }
    }
    writeBits(value, bytes, order);
  }

  /** {@code value} in {@code bytes} bytes, unsigned; fails outside 0..2^(8N)-1 ({@code bytes} &lt; 8). */
  public void writeUnsigned(long value, int bytes, Endian order, String field) {
    if (bytes < 8 && (value >>> (8 * bytes)) != 0) {
      throw outOfRange(value, bytes, "unsigned", field);
    }
    writeBits(value, bytes, order);
  }

  private static RuntimeException outOfRange(long value, int bytes, String kind, String field) {
    if (bytes < 1 || bytes > 8) {
      return new IllegalArgumentException("bytes: " + bytes + " (expected: 1..8)");
    }
    String range = kind.equals("signed")
        ? -(1L << (8 * bytes - 1)) + ".." + ((1L << (8 * bytes - 1)) - 1)
        : "0.." + ((1L << (8 * bytes)) - 1);
    return Fail.encode(field, value + " does not fit in " + bytes + " " + kind + (bytes == 1 ? " byte" : " bytes")
        + " (expected " + range + ")");
  }

  /** A protocol tag (id), unsigned, as {@code tag} says (not REST). */
  public void writeTag(long id, Length tag, Endian order) {
    if (tag == Length.REST) {
      throw new IllegalArgumentException("tag: REST (expected: U8, U16, U24, U32, U64 or VARINT)");
    }
    writeLength(id, tag, order, null, "tag");
  }

  /** An element count for a list or array: as {@code length} says; REST writes nothing. */
  public void writeCount(int count, Length length, Endian order, String field) {
    if (length != Length.REST) {
      writeLength(count, length, order, field, "count");
    }
  }

  /** Strict UTF-8 after its byte length; fails on an unpaired surrogate or a length that does not fit. */
  public void writeUtf8(String value, Length length, Endian order, String field) {
    int n = value.length();
    if (length == Length.VARINT) {
      long bytes = Utf8.encodedLength(value, 0, field);
      checkSize(bytes, field);
      writeLength(bytes, length, order, field, "string");
      ensure((int) bytes);
      pos = Utf8.encode(value, 0, buf, pos);
      return;
    }
    int header = length.bytes();
    ensure(header + n);
    int start = pos + header;
    byte[] b = buf;
    int i = 0;
    for (; i < n; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        break;
      }
      b[start + i] = (byte) c;
    }
    long total = i;
    if (i < n) {
      total = i + Utf8.encodedLength(value, i, field);
      checkFits(total, length, field, "string");
      checkSize(total, field);
      ensure((int) (header + total));
      Utf8.encode(value, i, buf, start + i);
    }
    checkFits(total, length, field, "string");
    if (header > 0) {
      Bits.put(buf, pos, total, header, order == Endian.BIG);
    }
    pos = start + (int) total;
  }

  /** Raw bytes after their count. */
  public void writeBytes(byte[] value, Length length, Endian order, String field) {
    writeRaw(value, length, order, field, "byte array");
  }

  /** {@code value} (may be null: {@code null}) as compact JSON via {@link #json()}, framed as a UTF-8 string. */
  public void writeJson(Object value, Type type, Length length, Endian order, String field) {
    JsonMapper mapper = json(); // no mapper at all is a setup problem, not this message's: not caught
    byte[] text;
    try {
      text = mapper.write(value, type);
    } catch (IOException | RuntimeException e) {
      throw Fail.encode(field, "cannot write as JSON (" + type.getTypeName() + "): " + e.getMessage());
    }
    if (text == null) {
      throw Fail.encode(field, "the JSON mapper returned null");
    }
    writeRaw(text, length, order, field, "JSON text");
  }

  private void writeRaw(byte[] value, Length length, Endian order, String field, String what) {
    int n = value.length;
    if (length != Length.REST) {
      writeLength(n, length, order, field, what);
    }
    ensure(n);
    System.arraycopy(value, 0, buf, pos, n);
    pos += n;
  }

  private void writeLength(long value, Length length, Endian order, String field, String what) {
    checkFits(value, length, field, what);
    if (length == Length.VARINT) {
      ensure(10);
      pos = Bits.putVarint(buf, pos, value);
    } else {
      int bytes = length.bytes();
      ensure(8);
      Bits.put(buf, pos, value, bytes, order == Endian.BIG);
      pos += bytes;
    }
  }

  private static void checkFits(long value, Length length, String field, String what) {
    if (value < 0 || value > length.maxValue()) {
      String unit = what.equals("count") || what.equals("tag") ? "" : value == 1 ? " byte" : " bytes";
      throw Fail.encode(field, what + " of " + value + unit + " does not fit a " + length
          + " length (at most " + length.maxValue() + ")");
    }
  }

  private static void checkSize(long bytes, String field) {
    if (bytes > MAX_ARRAY) {
      throw Fail.encode(field, "string of " + bytes + " UTF-8 bytes is larger than a Java array");
    }
  }

  private void ensure(int n) {
    if (buf.length - pos < n) {
      grow(n);
    }
  }

  private void grow(int n) {
    long needed = (long) pos + n;
    if (needed > MAX_ARRAY) {
      throw Fail.encode(null, "payload of more than " + MAX_ARRAY + " bytes");
    }
    int cap = (int) Math.max(needed, Math.min(Math.max(16L, buf.length * 2L), MAX_ARRAY));
    buf = Arrays.copyOf(buf, cap);
  }
}
