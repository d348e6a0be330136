package dev.wiremessage.runtime.spi;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.WireConverter;
import dev.wiremessage.runtime.JsonMapper;
import dev.wiremessage.runtime.WireEncodeException;
import dev.wiremessage.runtime.internal.DefaultJson;
import dev.wiremessage.runtime.internal.Fail;
import dev.wiremessage.runtime.internal.Utf8;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/**
 * The output of generated {@code encodePayload} methods. Every {@code field} argument is
 * {@code "Record.component"} and names the component in errors
 * ({@link dev.wiremessage.runtime.WireEncodeException}). Not thread-safe.
 *
 * <p>Two implementations, both the runtime's: a growable byte array (frames and payloads as
 * arrays, streams, caller's buffers) and a caller's {@link java.nio.ByteBuffer}
 * ({@link FrameEncoder#encode(Object, FrameTarget)}, frames straight into a Netty
 * {@code ByteBuf}). The class is sealed so that the generated code's calls see at most these
 * two receivers, which HotSpot inlines; a program that never encodes into a target loads only
 * the array writer, whose calls then bind as to a final class. Range checks, lengths and JSON
 * live here once, and so do the fixed-width writes (a {@link #claim} of room, then a put at its
 * index: what generated code does for a run of fixed-width components); only putting bytes
 * differs.
 */
public abstract sealed class PayloadWriter permits ArrayPayloadWriter, BufferPayloadWriter {
  static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

  private final int maxDepth;
  private JsonMapper json;
  /** Whether the codec was given a mapper of its own ({@code withJsonMapper}): it then writes JSON bodies. */
  private final boolean ownJson;
  /** The scratch of generated JSON bodies, made on the first and reused (a body holds no other body). */
  private JsonBodyWriter jsonBody;
  /** Nesting level of the message being written; 1 is the top-level message. */
  int depth = 1;

  /** {@code json} null: the default mapper, resolved on first use. */
  PayloadWriter(JsonMapper json, int maxDepth) {
    this.json = json;
    this.ownJson = json != null;
    this.maxDepth = maxDepth;
  }

  /**
   * Whether the codec was given a mapper of its own with {@code withJsonMapper}: generated
   * {@code Format.JSON} codecs then write the whole body through it, as before there was
   * generated JSON code (docs/wire-format.md section 14, "Leniency is a mapper of your own").
   *
   * @return true when {@link #json()} is a mapper the user chose
   */
  public final boolean hasOwnJsonMapper() {
    return ownJson;
  }

  /**
   * Starts a {@code Format.JSON} body written by generated code: an empty writer, which
   * {@link #endJsonBody} appends to this payload.
   *
   * @param field the record's name, named in encode errors
   * @return the writer of the body's JSON text
   */
  public final JsonBodyWriter beginJsonBody(String field) {
    JsonBodyWriter w = jsonBody;
    if (w == null || w.inUse) {
      w = new JsonBodyWriter(this);
      if (jsonBody == null) {
        jsonBody = w;
      }
    }
    w.reset(field);
    return w;
  }

  /**
   * Appends the text of a body begun with {@link #beginJsonBody}, which runs to the end of the
   * payload (wire-format section 4): no length before it.
   *
   * @param body the writer {@link #beginJsonBody} returned
   */
  public final void endJsonBody(JsonBodyWriter body) {
    putBytes(body.buf, 0, body.pos);
    body.release();
  }

  /**
   * The JSON mapper of the codec that started this payload.
   *
   * @return the codec's mapper, or the default (Jackson), looked up on the first call
   */
  public final JsonMapper json() {
    JsonMapper m = json;
    if (m == null) {
      json = m = DefaultJson.mapper();
    }
    return m;
  }

  /**
   * Throws an encode error "Record.component: is null" unless {@code value} is non-null. Writes
   * nothing.
   *
   * @param <V> the component's type
   * @param value the component's value
   * @param field "Record.component", named in the error
   * @return {@code value}
   */
  public static <V> V requireNonNull(V value, String field) {
    if (value == null) {
      throw Fail.encode(field, "is null; mark the component @Nullable or declare it Optional to allow absence");
    }
    return value;
  }

  /**
   * An encode error for generated code to throw (a protocol given a subtype its codec was
   * generated without).
   *
   * @param field "Record.component", or the protocol's name, named in the error
   * @param detail what is wrong
   * @return the exception, not thrown
   */
  public static WireEncodeException encodeError(String field, String detail) {
    return Fail.encode(field, detail);
  }

  /**
   * The payload of {@code member}, one message of the protocol being written, after its tag:
   * through the member's codec, at the protocol's depth.
   *
   * @param <V> the member record's type
   * @param codec the member's codec
   * @param member the message; not null
   */
  public final <V> void writeMember(AbstractWireCodec<V> codec, V member) {
    codec.encodePayload(member, this);
  }

  /**
   * The payload of a nested message (non-null), through {@code codec}: one level deeper. Past
   * the codec's {@code maxDepth} it is an encode error: a peer with the same limit would
   * reject the frame, and a cyclic graph (a list that holds its own record) must not
   * overflow the stack.
   *
   * @param <V> the nested record's type
   * @param codec the nested record's codec; its components are written inline, with no header
   * @param value the nested message; the caller checks it is not null
   * @param field "Record.component" holding the nested message, named in errors
   */
  public final <V> void writeMessage(AbstractWireCodec<V> codec, V value, String field) {
    if (depth >= maxDepth) {
      throw Fail.encode(field, "messages nested deeper than " + maxDepth + " (maxDepth)");
    }
    depth++;
    codec.encodePayload(value, this);
    depth--;
  }

  /**
   * The payload of a nested evolving message (non-null), after its byte length as a VARINT
   * (evolution.md section 3), so that a reader of another version finds its end: one level
   * deeper, as {@link #writeMessage}.
   *
   * <pre>
   * Pos(int x, int y, &#64;Since(2) Optional&lt;Integer&gt; z) = Pos[1, 2, Optional[3]]
   *   0D | 00 00 00 01 | 00 00 00 02 | 01 00 00 00 03
   * </pre>
   *
   * @param <V> the nested record's type
   * @param codec the nested record's codec
   * @param value the nested message; the caller checks it is not null
   * @param field "Record.component" holding the nested message, named in errors
   */
  public final <V> void writeMessageWithLength(AbstractWireCodec<V> codec, V value, String field) {
    if (depth >= maxDepth) {
      throw Fail.encode(field, "messages nested deeper than " + maxDepth + " (maxDepth)");
    }
    int mark = beginLength();
    depth++;
    codec.encodePayload(value, this);
    depth--;
    endLength(mark);
  }

  /**
   * One byte: {@code 00} false, {@code 01} true.
   *
   * @param value the component's value
   */
  public final void writeBoolean(boolean value) {
    putBoolean(claim(1), value);
  }

  /**
   * The byte before an {@code Optional} or {@code @Nullable} value: {@code 00} absent,
   * {@code 01} present (the caller writes the value next).
   *
   * @param present whether the value follows
   */
  public final void writePresence(boolean present) {
    putBoolean(claim(1), present);
  }

  /**
   * IEEE 754 bits, 4 bytes big-endian ({@code Float.floatToRawIntBits}): 1.5f is
   * {@code 3F C0 00 00}.
   *
   * @param value any float; a NaN keeps its bits
   */
  public final void writeFloat(float value) {
    putFloat(claim(4), value);
  }

  /**
   * IEEE 754 bits, 8 bytes big-endian ({@code Double.doubleToRawLongBits}): 1.5 is
   * {@code 3F F8 00 00 00 00 00 00}.
   *
   * @param value any double; a NaN keeps its bits
   */
  public final void writeDouble(double value) {
    putDouble(claim(8), value);
  }

  /**
   * The low {@code bytes} bytes of {@code value} in {@code order}, no range check (a field as
   * wide as its type: a {@code char} in 2 bytes, an unsigned {@code int} in 4): 0x1234 in 2
   * bytes little-endian is {@code 34 12}.
   *
   * @param value the bits; any above the low {@code bytes} bytes are dropped
   * @param bytes the field's width, 1..8
   * @param order the field's byte order
   */
  public final void writeBits(long value, int bytes, Endian order) {
    putBits(claim(bytes), value, bytes, order);
  }

  /**
   * {@code value} in {@code bytes} bytes, two's complement, in {@code order}: -2 in 2 bytes
   * big-endian is {@code FF FE}. Fails outside -2^(8N-1)..2^(8N-1)-1 (128 in 1 byte), writing
   * nothing.
   *
   * @param value the component's value, widened to {@code long}
   * @param bytes the field's width N, 1..8
   * @param order the field's byte order
   * @param field "Record.component", named in errors
   */
  public final void writeSigned(long value, int bytes, Endian order, String field) {
    long v = signed(value, bytes, field);
    putBits(claim(bytes), v, bytes, order);
  }

  /**
   * {@code value} in {@code bytes} bytes, unsigned, in {@code order}: 65534 in 2 bytes
   * big-endian is {@code FF FE}. Fails outside 0..2^(8N)-1 (-1 in 2 bytes), writing nothing;
   * with 8 bytes any value is written as its bit pattern.
   *
   * @param value the component's value, widened to {@code long}; negative fails below 8 bytes
   * @param bytes the field's width N, 1..8
   * @param order the field's byte order
   * @param field "Record.component", named in errors
   */
  public final void writeUnsigned(long value, int bytes, Endian order, String field) {
    long v = unsigned(value, bytes, field);
    putBits(claim(bytes), v, bytes, order);
  }

  // ---- runs of fixed-width components: one room check, then puts at offsets ----------------

  /**
   * Room for the {@code n} bytes of a run of consecutive fixed-width components, which the
   * position moves past; the generated code then puts each component at its offset from the
   * index returned, with no room check of its own.
   *
   * @param n the run's bytes
   * @return the index of the run's first byte, for the put methods
   */
  public abstract int claim(int n);

  /**
   * {@link #writeBits} at {@code at} (inside a run {@link #claim} returned): no range check.
   *
   * @param at the index of the component's first byte
   * @param value the bits; any above the low {@code bytes} bytes are dropped
   * @param bytes the field's width, 1..8
   * @param order the field's byte order
   */
  public abstract void putBits(int at, long value, int bytes, Endian order);

  /**
   * {@link #writeSigned} at {@code at}, inside a run.
   *
   * @param at the index of the component's first byte
   * @param value the component's value, widened to {@code long}
   * @param bytes the field's width N, 1..8
   * @param order the field's byte order
   * @param field "Record.component", named in errors
   */
  public final void putSigned(int at, long value, int bytes, Endian order, String field) {
    putBits(at, signed(value, bytes, field), bytes, order);
  }

  /** {@code value} when it fits {@code bytes} signed bytes, else the encode error. */
  private static long signed(long value, int bytes, String field) {
    int shift = 64 - 8 * bytes;
    if (bytes < 8 && (value << shift) >> shift != value) {
      throw outOfRange(value, bytes, "signed", field);
    }
    return value;
  }

  /** {@code value} when it fits {@code bytes} unsigned bytes (any value fits 8), else the encode error. */
  private static long unsigned(long value, int bytes, String field) {
    if (bytes < 8 && (value >>> (8 * bytes)) != 0) {
      throw outOfRange(value, bytes, "unsigned", field);
    }
    return value;
  }

  /**
   * {@link #writeUnsigned} at {@code at}, inside a run.
   *
   * @param at the index of the component's first byte
   * @param value the component's value, widened to {@code long}
   * @param bytes the field's width N, 1..8
   * @param order the field's byte order
   * @param field "Record.component", named in errors
   */
  public final void putUnsigned(int at, long value, int bytes, Endian order, String field) {
    putBits(at, unsigned(value, bytes, field), bytes, order);
  }

  /**
   * {@link #writeBoolean} at {@code at}, inside a run.
   *
   * @param at the index of the byte
   * @param value the component's value
   */
  public final void putBoolean(int at, boolean value) {
    putBits(at, value ? 1 : 0, 1, Endian.BIG);
  }

  /**
   * {@link #writeFloat} at {@code at}, inside a run.
   *
   * @param at the index of the component's first byte
   * @param value any float; a NaN keeps its bits
   */
  public final void putFloat(int at, float value) {
    putBits(at, Float.floatToRawIntBits(value), 4, Endian.BIG);
  }

  /**
   * {@link #writeDouble} at {@code at}, inside a run.
   *
   * @param at the index of the component's first byte
   * @param value any double; a NaN keeps its bits
   */
  public final void putDouble(int at, double value) {
    putBits(at, Double.doubleToRawLongBits(value), 8, Endian.BIG);
  }

  // ---- built-in encodings of JDK types (docs/wire-format.md section 15) ----------------------

  /**
   * A UUID in 16 bytes, big-endian, the byte order of RFC 9562 (the most significant 64 bits
   * first): {@code 123e4567-e89b-12d3-a456-426614174000} is {@code 12 3E 45 67 E8 9B 12 D3 A4
   * 56 42 66 14 17 40 00}.
   *
   * @param value the UUID, not null
   */
  public final void writeUuid(UUID value) {
    writeBits(value.getMostSignificantBits(), 8, Endian.BIG);
    writeBits(value.getLeastSignificantBits(), 8, Endian.BIG);
  }

  /**
   * An instant in 12 bytes: seconds since 1970-01-01T00:00:00Z as 8 bytes signed, then the
   * nanoseconds of that second (0..999,999,999) as 4 bytes, both big-endian. Every
   * {@link Instant} fits: nothing is rounded.
   *
   * @param value the instant, not null
   */
  public final void writeInstant(Instant value) {
    writeBits(value.getEpochSecond(), 8, Endian.BIG);
    writeBits(value.getNano(), 4, Endian.BIG);
  }

  /**
   * A duration in 12 bytes, as {@link Duration#getSeconds()} (8 bytes signed) and
   * {@link Duration#getNano()} (4 bytes, 0..999,999,999), big-endian: -1.5 s is seconds -2 and
   * 500,000,000 nanoseconds. Every {@link Duration} fits.
   *
   * @param value the duration, not null
   */
  public final void writeDuration(Duration value) {
    writeBits(value.getSeconds(), 8, Endian.BIG);
    writeBits(value.getNano(), 4, Endian.BIG);
  }

  /**
   * A date as its epoch day (days since 1970-01-01), 4 bytes signed, big-endian. Fails,
   * writing nothing, for a date beyond the 4 bytes (about 5.8 million years either side).
   *
   * @param value the date, not null
   * @param field "Record.component", named in errors
   */
  public final void writeLocalDate(LocalDate value, String field) {
    long day = value.toEpochDay();
    if (day != (int) day) {
      throw Fail.encode(field, value + " (epoch day " + day + ") does not fit in 4 signed bytes (expected "
          + LocalDate.ofEpochDay(Integer.MIN_VALUE) + ".." + LocalDate.ofEpochDay(Integer.MAX_VALUE) + ")");
    }
    writeBits(day, 4, Endian.BIG);
  }

  /**
   * A time of day as its nanosecond of the day (0..86,399,999,999,999), 8 bytes, big-endian.
   *
   * @param value the time, not null
   */
  public final void writeLocalTime(LocalTime value) {
    writeBits(value.toNanoOfDay(), 8, Endian.BIG);
  }

  /**
   * A date and time in 12 bytes: the date as {@link #writeLocalDate}, then the time as
   * {@link #writeLocalTime}.
   *
   * @param value the date and time, not null
   * @param field "Record.component", named in errors (a date beyond 4 bytes of epoch days)
   */
  public final void writeLocalDateTime(LocalDateTime value, String field) {
    writeLocalDate(value.toLocalDate(), field);
    writeLocalTime(value.toLocalTime());
  }

  /**
   * An IP address: one byte, 4 (IPv4) or 16 (IPv6), then the address in network byte order:
   * 192.0.2.1 is {@code 04 C0 00 02 01}. No host name and no IPv6 scope are sent.
   *
   * @param value the address, not null
   */
  public final void writeInetAddress(InetAddress value) {
    byte[] address = value.getAddress();
    writeBits(address.length, 1, Endian.BIG);
    putBytes(address);
  }

  /**
   * An integer of any size: its two's-complement bytes, big-endian and minimal
   * ({@link BigInteger#toByteArray()}), after their count as {@code length} says (as a
   * {@code byte[]}, so {@code @Bytes} sets it): 255 is {@code 00 00 00 02 | 00 FF}, -1 is
   * {@code 00 00 00 01 | FF}, 0 is {@code 00 00 00 01 | 00}.
   *
   * @param value the integer, not null
   * @param length how the count is written, or REST: no count (the last component)
   * @param order byte order of a fixed-width count
   * @param field "Record.component", named in errors
   */
  public final void writeBigInteger(BigInteger value, Length length, Endian order, String field) {
    writeRaw(value.toByteArray(), length, order, field, "integer");
  }

  /**
   * {@link #writeBigInteger(BigInteger, Length, Endian, String)} of at most {@code max} bytes
   * ({@code @Bytes(maxBytes)}); fails, writing nothing, above it.
   *
   * @param value the integer, not null
   * @param length how the count is written, or REST: no count (the last component)
   * @param order byte order of a fixed-width count
   * @param max the most bytes allowed, 0 or more
   * @param field "Record.component", named in errors
   */
  public final void writeBigInteger(BigInteger value, Length length, Endian order, int max, String field) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > max) {
      throw tooLong("integer", bytes.length, max, field);
    }
    writeRaw(bytes, length, order, field, "integer");
  }

  /**
   * A decimal, exactly: its {@link BigDecimal#scale() scale} as 4 bytes signed big-endian,
   * then its unscaled value as {@link #writeBigInteger(BigInteger, Length, Endian, String)}:
   * 12.50 (unscaled 1250, scale 2) is {@code 00 00 00 02 | 00 00 00 02 | 04 E2}.
   *
   * @param value the decimal, not null
   * @param length how the unscaled value's count is written, or REST: no count
   * @param order byte order of a fixed-width count
   * @param field "Record.component", named in errors
   */
  public final void writeBigDecimal(BigDecimal value, Length length, Endian order, String field) {
    byte[] unscaled = value.unscaledValue().toByteArray();
    checkRaw(unscaled.length, length, field);
    writeBits(value.scale(), 4, Endian.BIG);
    writeRaw(unscaled, length, order, field, "integer");
  }

  /**
   * {@link #writeBigDecimal(BigDecimal, Length, Endian, String)} whose unscaled value takes at
   * most {@code max} bytes ({@code @Bytes(maxBytes)}); fails, writing nothing, above it.
   *
   * @param value the decimal, not null
   * @param length how the unscaled value's count is written, or REST: no count
   * @param order byte order of a fixed-width count
   * @param max the most bytes of the unscaled value, 0 or more
   * @param field "Record.component", named in errors
   */
  public final void writeBigDecimal(BigDecimal value, Length length, Endian order, int max, String field) {
    byte[] unscaled = value.unscaledValue().toByteArray();
    if (unscaled.length > max) {
      throw tooLong("unscaled integer", unscaled.length, max, field);
    }
    checkRaw(unscaled.length, length, field);
    writeBits(value.scale(), 4, Endian.BIG);
    writeRaw(unscaled, length, order, field, "integer");
  }

  /** Fails, before anything is written, when {@code n} bytes do not fit {@code length}. */
  private static void checkRaw(int n, Length length, String field) {
    if (length != Length.REST) {
      checkFits(n, length, field, "integer");
    }
  }

  /**
   * The wire value of {@code value} through a {@code @WireAs} converter: its exception, or a
   * null result, is an encode error naming the component.
   *
   * @param <J> the component's type
   * @param <W> the converter's wire type
   * @param converter the component's converter
   * @param value the component's value, not null
   * @param field "Record.component", named in errors
   * @return the wire value, not null
   */
  public static <J, W> W toWire(WireConverter<J, W> converter, J value, String field) {
    W wire;
    try {
      wire = converter.toWire(value);
    } catch (RuntimeException e) {
      throw Fail.encode(field, converter.getClass().getSimpleName() + ".toWire failed: " + e);
    }
    if (wire == null) {
      throw Fail.encode(field, converter.getClass().getSimpleName() + ".toWire returned null");
    }
    return wire;
  }

  // ---- components with a maximum (@Count(max), maxBytes): check, then write as without one ----

  /**
   * An element count of at most {@code max} ({@code @Count(max)}); fails, writing nothing,
   * above it (also for REST, which writes no count). Otherwise as
   * {@link #writeCount(int, Length, Endian, String)}.
   *
   * @param count the number of elements that follow
   * @param length how the count is written, or REST: not written
   * @param order byte order of a fixed-width count
   * @param max the most elements allowed, 0 or more
   * @param field "Record.component", named in errors
   */
  public void writeCount(int count, Length length, Endian order, int max, String field) {
    if (count > max) {
      throw Fail.encode(field, "count " + count + " is more than max = " + max);
    }
    writeCount(count, length, order, field);
  }

  /**
   * A string of at most {@code max} UTF-8 bytes ({@code @Utf8(maxBytes)}); fails, writing
   * nothing, above it. Otherwise as {@link #writeUtf8(String, Length, Endian, String)}. The
   * UTF-8 length is only counted when the string has more than {@code max / 3} chars.
   *
   * @param value the string, not null
   * @param length how the byte length is written, or REST: no length (the last component)
   * @param order byte order of a fixed-width length
   * @param max the most bytes allowed, 0 or more
   * @param field "Record.component", named in errors
   */
  public void writeUtf8(String value, Length length, Endian order, int max, String field) {
    if (value.length() > max / 3) { // a char takes at most 3 UTF-8 bytes (a surrogate pair 4 for 2)
      long bytes = Utf8.encodedLength(value, 0, field);
      if (bytes > max) {
        throw tooLong("string", bytes, max, field);
      }
    }
    writeUtf8(value, length, order, field);
  }

  /**
   * At most {@code max} raw bytes ({@code @Bytes(maxBytes)}); fails, writing nothing, above
   * it. Otherwise as {@link #writeBytes(byte[], Length, Endian, String)}.
   *
   * @param value the bytes, not null
   * @param length how the count is written, or REST: no count (the last component)
   * @param order byte order of a fixed-width count
   * @param max the most bytes allowed, 0 or more
   * @param field "Record.component", named in errors
   */
  public void writeBytes(byte[] value, Length length, Endian order, int max, String field) {
    if (value.length > max) {
      throw tooLong("byte array", value.length, max, field);
    }
    writeBytes(value, length, order, field);
  }

  /**
   * {@code value} as JSON text of at most {@code max} bytes ({@code @JsonBlob(maxBytes)});
   * fails, writing nothing, when the mapper's text is longer. Otherwise as
   * {@link #writeJson(Object, Type, Length, Endian, String)}.
   *
   * @param value the component's value; {@code null} is written as the text {@code null}
   * @param type the component's type, generic arguments included
   * @param length how the text's byte length is written, or REST: no length (the last component)
   * @param order byte order of a fixed-width length
   * @param max the most bytes allowed, 0 or more
   * @param field "Record.component", named in errors
   */
  public void writeJson(Object value, Type type, Length length, Endian order, int max, String field) {
    byte[] text = jsonText(value, type, field);
    if (text.length > max) {
      throw tooLong("JSON text", text.length, max, field);
    }
    writeRaw(text, length, order, field, "JSON text");
  }

  private static RuntimeException tooLong(String what, long bytes, int max, String field) {
    return Fail.encode(field, what + " of " + Fail.bytes(bytes) + " is longer than maxBytes = " + max);
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

  /**
   * A protocol tag: the message id, unsigned, as {@code tag} says (1, 2, 3, 4 or 8 bytes in
   * {@code order}, or VARINT): id 300 is {@code 01 2C} as U16 big-endian, {@code AC 02} as
   * VARINT.
   *
   * @param id the message's id, 0 or more, fitting the tag
   * @param tag the protocol's tag; not REST ({@link IllegalArgumentException})
   * @param order byte order of a fixed-width tag of 2 bytes or more
   */
  public final void writeTag(long id, Length tag, Endian order) {
    if (tag == Length.REST) {
      throw new IllegalArgumentException("tag: REST (expected: U8, U16, U24, U32, U64 or VARINT)");
    }
    writeLength(id, tag, order, null, "tag");
  }

  /**
   * An element count for a list or array, as {@code length} says: 2 is {@code 00 00 00 02}
   * as U32 big-endian. REST writes nothing (the elements run to the end of the payload).
   *
   * @param count the number of elements that follow
   * @param length how the count is written (U8 ... U64, VARINT), or REST: not written
   * @param order byte order of a fixed-width count
   * @param field "Record.component", named in errors (a count that does not fit {@code length})
   */
  public final void writeCount(int count, Length length, Endian order, String field) {
    if (length != Length.REST) {
      writeLength(count, length, order, field, "count");
    }
  }

  /**
   * A string: its UTF-8 byte length as {@code length} says, then those bytes: {@code "hé"}
   * with U8 is {@code 03 | 68 C3 A9}. Fails, writing nothing, on an unpaired surrogate or a
   * byte length that does not fit {@code length}.
   *
   * @param value the string, not null
   * @param length how the byte length is written, or REST: no length (the last component)
   * @param order byte order of a fixed-width length
   * @param field "Record.component", named in errors
   */
  public abstract void writeUtf8(String value, Length length, Endian order, String field);

  /**
   * Raw bytes after their count, as {@code length} says: {@code {0, 1, -2, -1}} with VARINT
   * is {@code 04 | 00 01 FE FF}.
   *
   * @param value the bytes, not null, written as they are
   * @param length how the count is written, or REST: no count (the last component)
   * @param order byte order of a fixed-width count
   * @param field "Record.component", named in errors
   */
  public final void writeBytes(byte[] value, Length length, Endian order, String field) {
    writeRaw(value, length, order, field, "byte array");
  }

  /**
   * {@code value} as compact JSON via {@link #json()}, framed as a UTF-8 string: its byte
   * length as {@code length} says, then the text. Fails when the mapper cannot write it.
   *
   * @param value the component's value; {@code null} is written as the text {@code null}
   * @param type the component's type, generic arguments included (built with
   *     {@link dev.wiremessage.runtime.JsonTypes})
   * @param length how the text's byte length is written, or REST: no length (the last component)
   * @param order byte order of a fixed-width length
   * @param field "Record.component", or the record's name for a {@code Format.JSON} body,
   *     named in errors
   */
  public final void writeJson(Object value, Type type, Length length, Endian order, String field) {
    writeRaw(jsonText(value, type, field), length, order, field, "JSON text");
  }

  /** {@code value} as JSON text through {@link #json()}; the mapper's failures are encode errors. */
  final byte[] jsonText(Object value, Type type, String field) {
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
    return text;
  }

  /** {@code value}'s length as {@code length} says (unless REST), then its bytes. */
  final void writeRaw(byte[] value, Length length, Endian order, String field, String what) {
    if (length != Length.REST) {
      writeLength(value.length, length, order, field, what);
    }
    putBytes(value);
  }

  /** A checked length, count or tag: fixed-width in {@code order}, or VARINT. */
  final void writeLength(long value, Length length, Endian order, String field, String what) {
    checkFits(value, length, field, what);
    if (length == Length.VARINT) {
      putVarint(value);
    } else {
      writeBits(value, length.bytes(), order);
    }
  }

  /** The bytes of {@code value} as they are. */
  abstract void putBytes(byte[] value);

  /** {@code length} bytes of {@code value} from {@code offset}, as they are. */
  abstract void putBytes(byte[] value, int offset, int length);

  /** {@code value} (0 or more) as unsigned LEB128. */
  abstract void putVarint(long value);

  /** Leaves one byte for a VARINT length and returns where it is; {@link #endLength} fills it. */
  abstract int beginLength();

  /**
   * Writes the length of the bytes after {@code mark} as a VARINT at {@code mark}, moving those
   * bytes up when it takes more than the one byte left for it (a length of 128 or more).
   */
  abstract void endLength(int mark);

  static void checkFits(long value, Length length, String field, String what) {
    if (value < 0 || value > length.maxValue()) {
      throw doesNotFit(value, length, field, what);
    }
  }

  private static RuntimeException doesNotFit(long value, Length length, String field, String what) {
    String unit = what.equals("count") || what.equals("tag") ? "" : value == 1 ? " byte" : " bytes";
    return Fail.encode(field, what + " of " + value + unit + " does not fit a " + length
        + " length (at most " + length.maxValue() + ")");
  }

  static void checkSize(long bytes, String field) {
    if (bytes > MAX_ARRAY) {
      throw Fail.encode(field, "string of " + bytes + " UTF-8 bytes is larger than a Java array");
    }
  }

  static RuntimeException tooLarge() {
    return Fail.encode(null, "payload of more than " + MAX_ARRAY + " bytes");
  }
}
