package dev.wiremessage.runtime.spi;

import dev.wiremessage.runtime.internal.Fail;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The output of generated {@code Format.JSON} code: compact JSON text (no white space), keys
 * in the order the code writes them, UTF-8. Strings escape exactly {@code "}, {@code \} and
 * the control characters U+0000..U+001F ({@code \b \f \n \r \t}, the others as
 * {@code \}{@code u00XX}); every other character, DEL and non-ASCII included, is its own
 * UTF-8 bytes, which Python's {@code json.loads} reads as the same string. A string that is
 * not valid Unicode (an unpaired surrogate), a NaN or infinite number, and nesting deeper
 * than {@link JsonBodyReader#MAX_DEPTH} are encode errors: a codec never writes what it would
 * refuse to read. Reused by its {@link PayloadWriter}; not thread-safe.
 */
public final class JsonBodyWriter {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] LONG_MIN = "-9223372036854775808".getBytes(StandardCharsets.US_ASCII);

  private final PayloadWriter out;
  byte[] buf = new byte[128];
  int pos;
  boolean inUse;
  private String field;
  private int depth;
  /** No comma before the next key or element: just after a '{' or '['. */
  private boolean first;
  /**
   * Scratch of {@link #writeDouble} and {@link #writeFloat}: {@code StringBuilder.append}
   * writes the digits of {@code Double.toString} with no String made for them.
   */
  private StringBuilder digits;

  JsonBodyWriter(PayloadWriter out) {
    this.out = out;
  }

  void reset(String field) {
    this.field = field;
    pos = 0;
    depth = 0;
    first = true;
    inUse = true;
    if (buf.length > 1 << 16) {
      buf = new byte[128]; // one large body does not stay held
    }
  }

  void release() {
    inUse = false;
  }

  /**
   * A key as generated code keeps it: {@code "name":}, escaped and UTF-8 encoded once.
   *
   * @param name the component's name
   * @return the key's bytes, quotes and colon included
   */
  public static byte[] key(String name) {
    JsonBodyWriter w = new JsonBodyWriter(null);
    w.reset(name);
    w.writeString(name);
    w.put((byte) ':');
    return Arrays.copyOf(w.buf, w.pos);
  }

  /**
   * Throws an encode error "Record.component: is null" unless {@code value} is non-null.
   *
   * @param <V> the value's type
   * @param value a component, element or map value
   * @param field "Record.component", named in the error
   * @return {@code value}
   */
  public static <V> V requireNonNull(V value, String field) {
    return PayloadWriter.requireNonNull(value, field);
  }

  /** Starts an object: an opening brace. */
  public void beginObject() {
    open((byte) '{');
  }

  /** Ends an object: a closing brace. */
  public void endObject() {
    close((byte) '}');
  }

  /** Starts an array: {@code [}. */
  public void beginArray() {
    open((byte) '[');
  }

  /** Ends an array: {@code ]}. */
  public void endArray() {
    close((byte) ']');
  }

  private void open(byte b) {
    if (++depth > JsonBodyReader.MAX_DEPTH) {
      throw Fail.encode(field, "JSON nested deeper than " + JsonBodyReader.MAX_DEPTH + " levels");
    }
    put(b);
    first = true;
  }

  private void close(byte b) {
    depth--;
    put(b);
    first = false;
  }

  /**
   * The key of the next member, a comma before it unless it is the first.
   *
   * @param key the bytes {@link #key(String)} made
   */
  public void key(byte[] key) {
    ensure(key.length + 1);
    if (!first) {
      buf[pos++] = ',';
    }
    first = false;
    System.arraycopy(key, 0, buf, pos, key.length);
    pos += key.length;
  }

  /**
   * The key of a map entry, a comma before it unless it is the first.
   *
   * @param key the map key, not null
   */
  public void mapKey(String key) {
    element();
    writeString(requireNonNull(key, field + " (a map key)"));
    put((byte) ':');
  }

  /** Before each element of an array: a comma unless it is the first. */
  public void element() {
    if (!first) {
      put((byte) ',');
    }
    first = false;
  }

  /** {@code null}: an empty {@code Optional}, a {@code @Nullable} null. */
  public void writeNull() {
    putAll(NULL);
  }

  /**
   * {@code true} or {@code false}.
   *
   * @param value the value
   */
  public void writeBoolean(boolean value) {
    putAll(value ? TRUE : FALSE);
  }

  /**
   * An integer, in decimal.
   *
   * @param value the value
   */
  public void writeLong(long value) {
    ensure(20);
    if (value < 0) {
      if (value == Long.MIN_VALUE) {
        putAll(LONG_MIN);
        return;
      }
      buf[pos++] = '-';
      value = -value;
    }
    int n = 1;
    for (long v = value; v >= 10; v /= 10) {
      n++;
    }
    int end = pos + n;
    for (int i = end - 1; i >= pos; i--) {
      buf[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    pos = end;
  }

  /**
   * A number as {@code Double.toString} writes it ({@code 0.5}, {@code 1.0E10}); NaN and the
   * infinities, which JSON has no number for, are encode errors.
   *
   * @param value the value
   * @param field "Record.component", named in errors
   */
  public void writeDouble(double value, String field) {
    if (!Double.isFinite(value)) {
      throw Fail.encode(field, value + " is not a JSON number");
    }
    putDigits(digits().append(value));
  }

  /**
   * A number as {@code Float.toString} writes it; NaN and infinities are encode errors.
   *
   * @param value the value
   * @param field "Record.component", named in errors
   */
  public void writeFloat(float value, String field) {
    if (!Float.isFinite(value)) {
      throw Fail.encode(field, value + " is not a JSON number");
    }
    putDigits(digits().append(value));
  }

  /**
   * A JSON string of one character.
   *
   * @param value the character; an unpaired surrogate is an encode error
   * @param field "Record.component", named in errors
   */
  public void writeChar(char value, String field) {
    if (Character.isSurrogate(value)) {
      throw Fail.encode(field, "a string holds an unpaired surrogate (U+" + Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT)
          + "): not valid Unicode");
    }
    writeString(String.valueOf(value), field);
  }

  // ---- the JDK types of docs/wire-format.md section 15, as Jackson writes them -------------

  /**
   * A UUID as its canonical string, {@code "123e4567-e89b-12d3-a456-426614174000"}.
   *
   * @param value the UUID, not null
   * @param field "Record.component", named in errors
   */
  public void writeUuid(java.util.UUID value, String field) {
    writeString(value.toString(), field);
  }

  /**
   * An instant in ISO-8601 ({@code Instant.toString()}): {@code "2024-01-02T03:04:05.000000006Z"}.
   *
   * @param value the instant, not null
   * @param field "Record.component", named in errors
   */
  public void writeInstant(java.time.Instant value, String field) {
    writeString(value.toString(), field);
  }

  /**
   * A duration in ISO-8601 ({@code Duration.toString()}): {@code "PT-1.5S"}.
   *
   * @param value the duration, not null
   * @param field "Record.component", named in errors
   */
  public void writeDuration(java.time.Duration value, String field) {
    writeString(value.toString(), field);
  }

  /**
   * A date in ISO-8601: {@code "2024-02-29"}.
   *
   * @param value the date, not null
   * @param field "Record.component", named in errors
   */
  public void writeLocalDate(java.time.LocalDate value, String field) {
    writeString(value.toString(), field);
  }

  /**
   * A time of day in ISO-8601: {@code "13:45:30.000000123"}.
   *
   * @param value the time, not null
   * @param field "Record.component", named in errors
   */
  public void writeLocalTime(java.time.LocalTime value, String field) {
    writeString(value.toString(), field);
  }

  /**
   * A date and time in ISO-8601: {@code "2024-02-29T13:45:30"}.
   *
   * @param value the date and time, not null
   * @param field "Record.component", named in errors
   */
  public void writeLocalDateTime(java.time.LocalDateTime value, String field) {
    writeString(value.toString(), field);
  }

  /**
   * An IP address as its literal ({@code getHostAddress()}, no lookup): {@code "192.0.2.1"},
   * {@code "2001:db8:0:0:0:0:0:1"}. An IPv6 scope is not written.
   *
   * @param value the address, not null
   * @param field "Record.component", named in errors
   */
  public void writeInetAddress(java.net.InetAddress value, String field) {
    String text = value.getHostAddress();
    int zone = text.indexOf('%');
    writeString(zone < 0 ? text : text.substring(0, zone), field);
  }

  /**
   * An integer of any size as a JSON number; one of more than
   * {@link JsonBodyReader#MAX_NUMBER_CHARS} characters, which no reader takes, is an encode error.
   *
   * @param value the integer, not null
   * @param field "Record.component", named in errors
   */
  public void writeBigInteger(java.math.BigInteger value, String field) {
    putNumber(value.toString(), field);
  }

  /**
   * A decimal as a JSON number, as {@code BigDecimal.toString()} writes it ({@code 12.50},
   * {@code 1.2E+3}), so that its scale survives; at most {@link JsonBodyReader#MAX_NUMBER_CHARS}
   * characters.
   *
   * @param value the decimal, not null
   * @param field "Record.component", named in errors
   */
  public void writeBigDecimal(java.math.BigDecimal value, String field) {
    putNumber(value.toString(), field);
  }

  private void putNumber(String text, String field) {
    if (text.length() > JsonBodyReader.MAX_NUMBER_CHARS) {
      throw Fail.encode(field, "a number of " + text.length() + " characters (at most "
          + JsonBodyReader.MAX_NUMBER_CHARS + ")");
    }
    putAscii(text);
  }

  /**
   * A JSON string: quoted, escaped as the class says, UTF-8.
   *
   * @param value the string, not null
   * @param field "Record.component", named in errors
   */
  public void writeString(String value, String field) {
    String f = this.field;
    this.field = field;
    writeString(value);
    this.field = f;
  }

  private void writeString(String s) {
    int n = s.length();
    ensure(n + 2);
    byte[] b = buf;
    int p = pos;
    b[p++] = '"';
    int i = 0;
    // ASCII without anything to escape: one byte a character
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
        break;
      }
      b[p++] = (byte) c;
    }
    pos = p;
    if (i < n) {
      writeRest(s, i);
    }
    put((byte) '"');
  }

  private void writeRest(String s, int i) {
    int n = s.length();
    ensure((n - i) * 6);
    byte[] b = buf;
    int p = pos;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\') {
          b[p++] = (byte) c;
        } else {
          b[p++] = '\\';
          switch (c) {
            case '"' -> b[p++] = '"';
            case '\\' -> b[p++] = '\\';
            case '\b' -> b[p++] = 'b';
            case '\f' -> b[p++] = 'f';
            case '\n' -> b[p++] = 'n';
            case '\r' -> b[p++] = 'r';
            case '\t' -> b[p++] = 't';
            default -> {
              b[p++] = 'u';
              b[p++] = '0';
              b[p++] = '0';
              b[p++] = HEX[c >> 4];
              b[p++] = HEX[c & 0xF];
            }
          }
        }
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        b[p++] = (byte) (0xF0 | (cp >> 18));
        b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        pos = p;
        throw Fail.encode(field, "a string holds an unpaired surrogate (\\u" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
            + " at index " + i + "): not valid Unicode");
      } else {
        b[p++] = (byte) (0xE0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    pos = p;
  }

  /**
   * A value of a type the generated code does not write itself, through the codec's
   * {@link dev.wiremessage.runtime.JsonMapper} (the default needs Jackson databind).
   *
   * @param value the value, not null
   * @param type its type, generic arguments included
   * @param field "Record.component", named in errors
   */
  public void writeMapped(Object value, Type type, String field) {
    putAll(out.jsonText(value, type, field));
  }

  private StringBuilder digits() {
    StringBuilder d = digits;
    if (d == null) {
      digits = d = new StringBuilder(32);
    }
    d.setLength(0);
    return d;
  }

  private void putAscii(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[pos++] = (byte) s.charAt(i);
    }
  }

  private void putDigits(StringBuilder s) {
    int n = s.length();
    ensure(n);
    byte[] b = buf;
    int p = pos;
    for (int i = 0; i < n; i++) {
      b[p++] = (byte) s.charAt(i);
    }
    pos = p;
  }

  private void putAll(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, pos, b.length);
    pos += b.length;
  }

  private void put(byte b) {
    ensure(1);
    buf[pos++] = b;
  }

  private void ensure(int n) {
    if (n > buf.length - pos) {
      long want = Math.max((long) buf.length * 2, (long) pos + n);
      if (want > PayloadWriter.MAX_ARRAY) {
        if ((long) pos + n > PayloadWriter.MAX_ARRAY) {
          throw PayloadWriter.tooLarge();
        }
        want = PayloadWriter.MAX_ARRAY;
      }
      buf = Arrays.copyOf(buf, (int) want);
    }
  }
}
