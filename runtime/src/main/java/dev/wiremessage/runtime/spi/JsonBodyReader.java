package dev.wiremessage.runtime.spi;

import dev.wiremessage.runtime.JsonMapper;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.internal.DefaultJson;
import dev.wiremessage.runtime.internal.Fail;
import dev.wiremessage.runtime.internal.JsonTextException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;

/**
 * The input of generated {@code Format.JSON} code: a strict JSON lexer over the body's bytes
 * in the payload (docs/wire-format.md sections 4 and 14), with no copy of the text. Every
 * failure is a {@code malformed} {@link WireFormatException}, {@code invalid JSON for Type:
 * what at $.json.path}, at the payload offset of the offending byte: a wrong JSON type (no
 * coercion), a fraction or an out-of-range number for an integer, a duplicate key at any
 * depth, invalid UTF-8, an unpaired surrogate ({@code \}{@code uD800} alone), a control
 * character in a string, nesting deeper than {@link #MAX_DEPTH}, a number longer than
 * {@link #MAX_NUMBER_CHARS}, anything after the object. Unknown keys are skipped, their
 * values checked as strictly. What it allocates is the values it returns (and, for unknown
 * keys, their names), all in proportion to the bytes of the body. Not thread-safe.
 *
 * <p>One reader per thread is reused from body to body ({@link #begin}; a new one when the
 * thread's is still in use further up the stack, by a mapper or a record constructor that
 * decodes another body), with its scratch for decoding strings that are not plain ASCII: a
 * message then allocates nothing but its values. The reader holds no reference to the
 * {@link PayloadReader}, which C2 can then keep in registers.
 */
public final class JsonBodyReader {
  /** The deepest nesting of objects and arrays a body may have, the body's own object included. */
  public static final int MAX_DEPTH = 500;
  /** The longest number, in characters, a body may hold (Jackson's default limit too). */
  public static final int MAX_NUMBER_CHARS = 1000;
  /** What {@link #nextKey} returns at the end of an object. */
  public static final int END = -1;
  private static final double[] POW10 = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
      1e19, 1e20, 1e21, 1e22};

  /** The largest scratch (in elements) a reader keeps from one body to the next. */
  private static final int KEEP = 1 << 14;
  /** The most names of unknown keys a reader's sets keep from one body to the next. */
  private static final int KEEP_OTHER_KEYS = 64;
  private static final ThreadLocal<JsonBodyReader> READERS = new ThreadLocal<>();

  private CodecSettings settings;
  private byte[] buf;
  /** Where the payload starts in {@link #buf}: offsets in errors are from there. */
  private int base;
  private int start;
  private int end;
  private String field;
  private int pos;
  private int depth;
  private boolean first;
  /** Reading a body: the thread's reader is not free for another. */
  private boolean inUse;
  /** Where the last value, or the last map key, started: the offset of errors about it. */
  private int valueAt;
  /** Scratch of strings decoded while all their characters are Latin-1 (a compact String). */
  private byte[] latin1;
  /** Scratch of strings with characters past U+00FF. */
  private char[] chars;
  /** The code point the last {@link #escape} or {@link #utf8} decoded. */
  private int codePoint;
  /** Names of the keys no code asked for, per depth, made when the first such key comes. */
  private java.util.ArrayList<HashSet<String>> otherKeys;
  /** How many names {@link #otherKeys} took in this body. */
  private int otherKeyCount;

  private JsonBodyReader() {}

  /**
   * This thread's reader over {@code buf[start, end)}, or a new one (which becomes the
   * thread's) when that one is in use.
   */
  static JsonBodyReader begin(CodecSettings settings, byte[] buf, int base, int start, int end, String field) {
    JsonBodyReader r = READERS.get();
    if (r == null || r.inUse) {
      // also after a body that ended in an exception from outside the reader (a record
      // constructor's): that reader is given up, not waited for
      r = new JsonBodyReader();
      READERS.set(r);
    }
    r.settings = settings;
    r.buf = buf;
    r.base = base;
    r.start = start;
    r.end = end;
    r.field = field;
    r.pos = start;
    r.depth = 0;
    r.first = false;
    r.inUse = true;
    return r;
  }

  /** Frees the reader for the next body: drops the body's bytes and any large scratch. */
  private void release() {
    inUse = false;
    buf = null;
    settings = null;
    if (latin1 != null && latin1.length > KEEP) {
      latin1 = null;
    }
    if (chars != null && chars.length > KEEP) {
      chars = null;
    }
    if (otherKeyCount > KEEP_OTHER_KEYS) {
      otherKeys = null; // a HashSet does not shrink when cleared
    }
    otherKeyCount = 0;
  }

  int position() {
    return pos;
  }

  // ---- structure ---------------------------------------------------------------------------

  /**
   * Ends the body: only white space may follow the object.
   *
   * @throws WireFormatException malformed: anything else follows
   */
  public void end() throws WireFormatException {
    skipSpace();
    if (pos < end) {
      throw error(pos, "unexpected " + describe(pos) + " after the object");
    }
    release();
  }

  /**
   * Reads the opening brace of an object.
   *
   * @throws WireFormatException malformed: another value, or nested deeper than {@link #MAX_DEPTH}
   */
  public void beginObject() throws WireFormatException {
    open('{', "an object");
    if (otherKeys != null && depth < otherKeys.size() && otherKeys.get(depth) != null) {
      otherKeys.get(depth).clear();
    }
  }

  /**
   * Reads {@code [}.
   *
   * @throws WireFormatException malformed: another value, or nested deeper than {@link #MAX_DEPTH}
   */
  public void beginArray() throws WireFormatException {
    open('[', "an array");
  }

  private void open(char c, String what) throws WireFormatException {
    int at = valueStart();
    if (buf[at] != c) {
      if (depth == 0 && buf[at] == 'n') { // the body is null: the same words on every read path
        WireFormatException e = Fail.malformed(field, "JSON null where a value is required", at - base);
        release();
        throw e;
      }
      throw wrongType(at, what);
    }
    if (depth >= MAX_DEPTH) {
      throw error(at, "JSON nested deeper than " + MAX_DEPTH + " levels");
    }
    depth++;
    pos = at + 1;
    first = true;
  }

  /**
   * The next key of the object: its index in {@code keys}, or {@link #END} at its closing brace.
   * Keys not in {@code keys} are skipped with their values (checked as strictly).
   *
   * @param keys the record's keys as {@link JsonBodyWriter#key(String)} made them
   * @param seen bit {@code i} set: key {@code i} was read already
   * @return the index of the key, its value next; or {@link #END}
   * @throws WireFormatException malformed: a key in {@code seen} again, or broken JSON
   */
  public int nextKey(byte[][] keys, long seen) throws WireFormatException {
    while (true) {
      if (!nextMember()) {
        return END;
      }
      int at = pos;
      int q = scanString(at);
      int index = -1;
      if (q > 0) { // no escapes, ASCII: compare bytes with the key's ("name":)
        int len = q - at - 1;
        for (int i = 0; i < keys.length; i++) {
          byte[] k = keys[i];
          if (k.length == len + 3 && java.util.Arrays.equals(buf, at + 1, q, k, 1, len + 1)) {
            index = i;
            break;
          }
        }
        pos = q + 1;
      }
      String name = null;
      if (q < 0) { // escapes or non-ASCII: decode, then compare
        name = readStringAt(at);
        byte[] asKey = JsonBodyWriter.key(name);
        for (int i = 0; i < keys.length; i++) {
          if (java.util.Arrays.equals(keys[i], asKey)) {
            index = i;
            break;
          }
        }
      }
      colon();
      if (index >= 0) {
        if ((seen & 1L << index) != 0) {
          throw error(at, "duplicate key '" + keyName(keys[index]) + "'");
        }
        return index;
      }
      otherKey(name != null ? name : new String(buf, at + 1, q - at - 1, StandardCharsets.ISO_8859_1), at);
      skipValue();
    }
  }

  /**
   * The next key of a map's object, or null at its closing brace.
   *
   * @param map the map read so far
   * @return the key, its value next
   * @throws WireFormatException malformed: a key {@code map} holds already, broken JSON
   */
  public String nextMapKey(Map<String, ?> map) throws WireFormatException {
    if (!nextMember()) {
      return null;
    }
    int at = pos;
    String k = readStringAt(at);
    if (map.containsKey(k)) {
      throw error(at, "duplicate key '" + k + "'");
    }
    colon();
    return k;
  }

  /**
   * Whether another element of the array follows; false at its {@code ]}.
   *
   * @return true: an element is next
   * @throws WireFormatException malformed: broken JSON
   */
  public boolean nextElement() throws WireFormatException {
    skipSpace();
    need(1);
    if (buf[pos] == ']') {
      pos++;
      depth--;
      first = false;
      return false;
    }
    if (!first) {
      expect(',', "',' or ']'");
    }
    first = false;
    return true;
  }

  /** Before a key: false (and the object ended) at '}'. */
  private boolean nextMember() throws WireFormatException {
    skipSpace();
    need(1);
    if (buf[pos] == '}') {
      pos++;
      depth--;
      first = false;
      return false;
    }
    if (!first) {
      expect(',', "',' or '}'");
      skipSpace();
      need(1);
    }
    first = false;
    if (buf[pos] != '"') {
      throw error(pos, "expected a key (a string), not " + describe(pos));
    }
    return true;
  }

  private void colon() throws WireFormatException {
    skipSpace();
    expect(':', "':'");
  }

  private void expect(char c, String what) throws WireFormatException {
    need(1);
    if (buf[pos] != c) {
      throw error(pos, "expected " + what + ", not " + describe(pos));
    }
    pos++;
  }

  private void otherKey(String name, int at) throws WireFormatException {
    if (otherKeys == null) {
      otherKeys = new java.util.ArrayList<>();
    }
    while (otherKeys.size() <= depth) {
      otherKeys.add(null);
    }
    HashSet<String> names = otherKeys.get(depth);
    if (names == null) {
      names = new HashSet<>();
      otherKeys.set(depth, names);
    }
    if (!names.add(name)) {
      throw error(at, "duplicate key '" + name + "'");
    }
    otherKeyCount++;
  }

  /**
   * Skips one value of any kind, checked as strictly as any other.
   *
   * @throws WireFormatException malformed: broken JSON, duplicate keys, too deep
   */
  public void skipValue() throws WireFormatException {
    int at = valueStart();
    switch (buf[at]) {
      case '{' -> {
        beginObject();
        while (nextMember()) {
          int k = pos;
          otherKey(readStringAt(k), k);
          colon();
          skipValue();
        }
      }
      case '[' -> {
        beginArray();
        while (nextElement()) {
          skipValue();
        }
      }
      case '"' -> readStringAt(at);
      case 't' -> literal(at, "true");
      case 'f' -> literal(at, "false");
      case 'n' -> literal(at, "null");
      default -> number(at, false);
    }
  }

  // ---- values --------------------------------------------------------------------------

  /**
   * Whether the next value is {@code null}, which is then read: an absent {@code Optional},
   * {@code @Nullable} or {@code @Since} value.
   *
   * @return true: {@code null} was read
   * @throws WireFormatException malformed: no value
   */
  public boolean readNull() throws WireFormatException {
    int at = valueStart();
    if (buf[at] != 'n') {
      return false;
    }
    literal(at, "null");
    return true;
  }

  /**
   * A string.
   *
   * @return the string, never null
   * @throws WireFormatException malformed: another type, invalid UTF-8, an unpaired surrogate
   */
  public String readString() throws WireFormatException {
    int at = valueStart();
    if (buf[at] != '"') {
      throw wrongType(at, "a string");
    }
    return readStringAt(at);
  }

  /**
   * An enum constant's name, matched on the bytes as they arrived (no String made for it).
   *
   * @param names the constants' names as {@link #names(String...)} made them
   * @param type the enum's name, for errors ("Severity")
   * @return the index of the name in {@code names}
   * @throws WireFormatException malformed: another type, or a name no constant has
   */
  public int readEnum(byte[][] names, String type) throws WireFormatException {
    int at = valueStart();
    if (buf[at] != '"') {
      throw wrongType(at, "a string");
    }
    int q = scanRaw(at);
    if (q > 0) { // no escapes: equal bytes are the same name (the names are valid UTF-8)
      for (int i = 0; i < names.length; i++) {
        byte[] name = names[i];
        if (name.length == q - at - 1 && java.util.Arrays.equals(buf, at + 1, q, name, 0, name.length)) {
          pos = q + 1;
          return i;
        }
      }
    }
    String name = readStringAt(at); // escapes, or no such name: decoded (and checked) to compare or to show
    byte[] asBytes = name.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < names.length; i++) {
      if (java.util.Arrays.equals(names[i], asBytes)) {
        return i;
      }
    }
    throw error(at, "no constant of " + type + " is named '" + name + "'");
  }

  /**
   * An enum's constant names as {@link #readEnum} matches them: their UTF-8 bytes.
   *
   * @param names the names, in the order of the enum's constants
   * @return their bytes
   */
  public static byte[][] names(String... names) {
    byte[][] bytes = new byte[names.length][];
    for (int i = 0; i < names.length; i++) {
      bytes[i] = names[i].getBytes(StandardCharsets.UTF_8);
    }
    return bytes;
  }

  /**
   * How many elements the array just begun has, to size the list it is read into: a quick
   * look ahead that counts the values at its level (their bytes are checked when they are
   * read). At most the bytes left; a broken array gives a count, and then its error.
   *
   * @return the number of elements
   */
  public int elementCount() {
    return count(false);
  }

  /**
   * The initial capacity of a {@code HashMap} or {@code LinkedHashMap} that holds the members
   * of the object just begun without growing: as {@link #elementCount()}, a look ahead.
   *
   * @return the capacity
   */
  public int mapCapacity() {
    int members = count(true) / 2;
    return members == 0 ? 0 : (int) (members / 0.75f) + 1;
  }

  /** The values at the level just begun; with {@code pairs}, keys too (':' separates them). */
  private int count(boolean pairs) {
    byte[] b = buf;
    int p = pos;
    int level = 0;
    int n = 0;
    boolean inValue = false; // a value at the array's level began since the last comma
    while (p < end) {
      byte c = b[p++];
      switch (c) {
        case ' ', '\n', '\r', '\t' -> { }
        case ',', ':' -> {
          if (level == 0 && (c == ',' || pairs)) {
            inValue = false;
          }
        }
        case ']', '}' -> {
          if (level == 0) {
            return n;
          }
          level--;
        }
        default -> {
          if (level == 0 && !inValue) {
            inValue = true;
            n++;
          }
          if (c == '[' || c == '{') {
            level++;
          } else if (c == '"') {
            while (p < end) {
              byte d = b[p++];
              if (d == '"') {
                break;
              }
              if (d == '\\') {
                p++;
              }
            }
          }
        }
      }
    }
    return n;
  }

  /**
   * A string of exactly one character.
   *
   * @return the character
   * @throws WireFormatException malformed: another type, or another length
   */
  public char readChar() throws WireFormatException {
    String s = readString();
    if (s.length() != 1) {
      throw error(valueAt, "expected a string of one character, not of " + s.length());
    }
    return s.charAt(0);
  }

  /**
   * {@code true} or {@code false}.
   *
   * @return the value
   * @throws WireFormatException malformed: another type ({@code 1}, {@code "true"})
   */
  public boolean readBoolean() throws WireFormatException {
    int at = valueStart();
    if (buf[at] == 't') {
      literal(at, "true");
      return true;
    } else if (buf[at] == 'f') {
      literal(at, "false");
      return false;
    }
    throw wrongType(at, "a boolean");
  }

  /**
   * An integer from {@code min} to {@code max}: no fraction or exponent, even {@code 1.0}.
   *
   * @param min the least value of the component's type
   * @param max the greatest
   * @param type the type's name, for errors ("int")
   * @return the value
   * @throws WireFormatException malformed: another type, a fraction, out of range
   */
  public long readLong(long min, long max, String type) throws WireFormatException {
    int at = valueStart();
    byte b = buf[at];
    if (b != '-' && (b < '0' || b > '9')) {
      throw wrongType(at, "an integer (" + type + ")");
    }
    int p = at;
    boolean negative = b == '-';
    if (negative) {
      p++;
    }
    long v = 0; // accumulated negative, which holds Long.MIN_VALUE
    boolean over = false;
    while (p < end && buf[p] >= '0' && buf[p] <= '9') {
      int d = buf[p] - '0';
      if (v < (Long.MIN_VALUE + d) / 10) {
        over = true;
      } else {
        v = v * 10 - d;
      }
      p++;
    }
    if (p < end && (buf[p] == '.' || buf[p] == 'e' || buf[p] == 'E')) {
      number(at, false);
      throw error(at, "expected an integer (" + type + "), not the number " + text(at, pos));
    }
    number(at, false); // the grammar: a digit after '-', no leading zeros, the length limit
    if (!negative && v == Long.MIN_VALUE) {
      over = true;
    }
    long value = negative ? v : -v;
    if (over || value < min || value > max) {
      throw error(at, text(at, pos) + " is out of range for " + type);
    }
    return value;
  }

  /**
   * An {@code int}.
   *
   * @return the value
   * @throws WireFormatException malformed: as {@link #readLong(long, long, String)}
   */
  public int readInt() throws WireFormatException {
    return (int) readLong(Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
  }

  /**
   * A {@code long}.
   *
   * @return the value
   * @throws WireFormatException malformed: as {@link #readLong(long, long, String)}
   */
  public long readLong() throws WireFormatException {
    return readLong(Long.MIN_VALUE, Long.MAX_VALUE, "long");
  }

  /**
   * A {@code short}.
   *
   * @return the value
   * @throws WireFormatException malformed: as {@link #readLong(long, long, String)}
   */
  public short readShort() throws WireFormatException {
    return (short) readLong(Short.MIN_VALUE, Short.MAX_VALUE, "short");
  }

  /**
   * A {@code byte}.
   *
   * @return the value
   * @throws WireFormatException malformed: as {@link #readLong(long, long, String)}
   */
  public byte readByte() throws WireFormatException {
    return (byte) readLong(Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
  }

  /**
   * A {@code float}: a number, rounded to the nearest float.
   *
   * @return the value
   * @throws WireFormatException malformed: as {@link #readDouble()}
   */
  public float readFloat() throws WireFormatException {
    return (float) readDouble();
  }

  /**
   * A number; an integer is one too ({@code 2} is {@code 2.0}).
   *
   * @return the value, correctly rounded
   * @throws WireFormatException malformed: another type ({@code "2"}), broken number
   */
  public double readDouble() throws WireFormatException {
    int at = valueStart();
    byte b = buf[at];
    if (b != '-' && (b < '0' || b > '9')) {
      throw wrongType(at, "a number");
    }
    return number(at, true);
  }

  // ---- the JDK types of docs/wire-format.md section 15, strictly ---------------------------

  /**
   * A UUID in its canonical form: 36 characters, hex digits in groups of 8-4-4-4-12.
   *
   * @return the UUID
   * @throws WireFormatException malformed: another type, or another form ({@code "1-1-1-1-1"},
   *     which {@code UUID.fromString} takes)
   */
  public java.util.UUID readUuid() throws WireFormatException {
    String s = readString();
    boolean ok = s.length() == 36;
    for (int i = 0; ok && i < 36; i++) {
      char c = s.charAt(i);
      ok = (i == 8 || i == 13 || i == 18 || i == 23) ? c == '-' : (Character.digit(c, 16) >= 0 && c < 0x80);
    }
    if (!ok) {
      throw error(valueAt, "expected a UUID (8-4-4-4-12 hex digits), not \"" + cut(s) + "\"");
    }
    return java.util.UUID.fromString(s);
  }

  /**
   * An instant in ISO-8601 with a {@code Z} ({@code DateTimeFormatter.ISO_INSTANT}).
   *
   * @return the instant
   * @throws WireFormatException malformed: another type, or text that is not such an instant
   */
  public java.time.Instant readInstant() throws WireFormatException {
    String s = readString();
    try {
      return java.time.Instant.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      throw error(valueAt, "expected an ISO-8601 instant such as \"2024-01-02T03:04:05Z\", not \"" + cut(s) + "\"");
    }
  }

  /**
   * A duration in ISO-8601 ({@code Duration.parse}: {@code "PT-1.5S"}, {@code "P2DT3H"}).
   *
   * @return the duration
   * @throws WireFormatException malformed: another type, or text that is not a duration
   */
  public java.time.Duration readDuration() throws WireFormatException {
    String s = readString();
    try {
      return java.time.Duration.parse(s);
    } catch (java.time.format.DateTimeParseException | ArithmeticException e) {
      throw error(valueAt, "expected an ISO-8601 duration such as \"PT1.5S\", not \"" + cut(s) + "\"");
    }
  }

  /**
   * A date in ISO-8601: {@code "2024-02-29"}.
   *
   * @return the date
   * @throws WireFormatException malformed: another type, or not a date ({@code "2023-02-29"})
   */
  public java.time.LocalDate readLocalDate() throws WireFormatException {
    String s = readString();
    try {
      return java.time.LocalDate.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      throw error(valueAt, "expected an ISO-8601 date such as \"2024-02-29\", not \"" + cut(s) + "\"");
    }
  }

  /**
   * A time of day in ISO-8601: {@code "13:45:30.000000123"}.
   *
   * @return the time
   * @throws WireFormatException malformed: another type, or not a time
   */
  public java.time.LocalTime readLocalTime() throws WireFormatException {
    String s = readString();
    try {
      return java.time.LocalTime.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      throw error(valueAt, "expected an ISO-8601 time such as \"13:45:30\", not \"" + cut(s) + "\"");
    }
  }

  /**
   * A date and time in ISO-8601: {@code "2024-02-29T13:45:30"}.
   *
   * @return the date and time
   * @throws WireFormatException malformed: another type, or not a date and time
   */
  public java.time.LocalDateTime readLocalDateTime() throws WireFormatException {
    String s = readString();
    try {
      return java.time.LocalDateTime.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      throw error(valueAt, "expected an ISO-8601 date and time such as \"2024-02-29T13:45:30\", not \"" + cut(s)
          + "\"");
    }
  }

  /**
   * An IP address literal, IPv4 ({@code "192.0.2.1"}) or IPv6 ({@code "2001:db8::1"}); never a
   * host name, so never a lookup.
   *
   * @return an {@code Inet4Address} or {@code Inet6Address}
   * @throws WireFormatException malformed: another type, or not an address literal
   */
  public java.net.InetAddress readInetAddress() throws WireFormatException {
    String s = readString();
    byte[] address = dev.wiremessage.runtime.internal.InetLiteral.parse(s);
    if (address == null) {
      throw error(valueAt, "expected an IP address such as \"192.0.2.1\" or \"2001:db8::1\", not \"" + cut(s) + "\"");
    }
    try {
      return address.length == 4 ? java.net.InetAddress.getByAddress(address)
          : java.net.Inet6Address.getByAddress(null, address, -1);
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError(e); // 4 or 16 bytes
    }
  }

  /**
   * An integer of any size: a JSON number with no fraction or exponent.
   *
   * @return the integer
   * @throws WireFormatException malformed: another type, a fraction or exponent, a broken number
   */
  public java.math.BigInteger readBigInteger() throws WireFormatException {
    int at = valueStart();
    byte b = buf[at];
    if (b != '-' && (b < '0' || b > '9')) {
      throw wrongType(at, "an integer (BigInteger)");
    }
    number(at, false);
    String text = text(at, pos, MAX_NUMBER_CHARS);
    if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
      throw error(at, "expected an integer (BigInteger), not the number " + text(at, pos));
    }
    return new java.math.BigInteger(text);
  }

  /**
   * A decimal: a JSON number, exactly ({@code 12.50} keeps its scale 2, {@code 1.2E+3} is
   * unscaled 12, scale -2).
   *
   * @return the decimal
   * @throws WireFormatException malformed: another type ({@code "12.5"}), a broken number, a
   *     scale beyond an {@code int}
   */
  public java.math.BigDecimal readBigDecimal() throws WireFormatException {
    int at = valueStart();
    byte b = buf[at];
    if (b != '-' && (b < '0' || b > '9')) {
      throw wrongType(at, "a number (BigDecimal)");
    }
    number(at, false);
    String text = text(at, pos, MAX_NUMBER_CHARS);
    try {
      return new java.math.BigDecimal(text);
    } catch (NumberFormatException e) {
      throw error(at, "the number " + text(at, pos) + " has a scale beyond an int");
    }
  }

  private static String cut(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  private String text(int from, int to, int max) {
    return new String(buf, from, Math.min(to - from, max), StandardCharsets.ISO_8859_1);
  }

  /**
   * A value of a type the generated code does not read itself, through the codec's
   * {@link dev.wiremessage.runtime.JsonMapper} (the default needs Jackson databind).
   *
   * @param <V> the value's type
   * @param type its type, generic arguments included
   * @return the value, never null
   * @throws WireFormatException malformed: what the mapper refuses, or {@code null}
   */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  public <V> V readMapped(Type type) throws WireFormatException {
    int at = valueStart();
    skipValue();
    Object v;
    try {
      v = mapper().read(buf, at, pos - at, type);
    } catch (IOException | RuntimeException e) {
      int off = e instanceof JsonTextException t && t.textOffset() >= 0 && t.textOffset() <= pos - at
          ? at + (int) t.textOffset() : at;
      String m = String.valueOf(e.getMessage());
      int nl = m.indexOf('\n');
      throw error(off, nl < 0 ? m : m.substring(0, nl));
    }
    if (v == null) {
      throw error(at, "null where a value is required");
    }
    return (V) v;
  }

  /** The codec's mapper, or the default (Jackson), as {@link PayloadReader#json()}. */
  private JsonMapper mapper() {
    JsonMapper m = settings.json();
    return m != null ? m : DefaultJson.mapper();
  }

  // ---- errors -----------------------------------------------------------------------------

  /**
   * The error of a required key that the object did not have, at its {@code }}.
   *
   * @param keys the record's keys
   * @param seen bit {@code i} set: key {@code i} was read
   * @param required bit {@code i} set: key {@code i} must be there
   * @throws WireFormatException malformed: the first required key not seen
   */
  public void requireKeys(byte[][] keys, long seen, long required) throws WireFormatException {
    long missing = required & ~seen;
    if (missing != 0) {
      String name = keyName(keys[Long.numberOfTrailingZeros(missing)]);
      int at = pos - 1;
      String path = JsonPath.at(buf, start, at, end, true) + "." + name;
      WireFormatException e = Fail.malformed(field, "invalid JSON for " + field + ": missing required key '" + name
          + "' at " + path, at - base);
      release();
      throw e;
    }
  }

  /**
   * An error about the last value read, such as an enum name that no constant has.
   *
   * @param what what is wrong
   * @return the error, to throw
   */
  public WireFormatException invalid(String what) {
    return error(valueAt, what);
  }

  private static String keyName(byte[] key) {
    return new String(key, 1, key.length - 3, StandardCharsets.UTF_8);
  }

  private WireFormatException wrongType(int at, String expected) {
    return error(at, "expected " + expected + ", not " + describe(at));
  }

  /** The error at {@code at}, to throw: the body's reading ends there, and the reader is free again. */
  private WireFormatException error(int at, String what) {
    String path = JsonPath.at(buf, start, Math.min(at, end), end, false);
    WireFormatException e = Fail.malformed(field, "invalid JSON for " + field + ": " + what + " at " + path, at - base);
    release();
    return e;
  }

  private String describe(int at) {
    if (at >= end) {
      return "the end of the text";
    }
    return switch (buf[at]) {
      case '{' -> "an object";
      case '[' -> "an array";
      case '"' -> "a string";
      case 't', 'f' -> "a boolean";
      case 'n' -> "null";
      default -> buf[at] == '-' || (buf[at] >= '0' && buf[at] <= '9') ? "a number"
          : "'" + (buf[at] >= 0x20 && buf[at] < 0x7F ? String.valueOf((char) buf[at]) : String.format("\\x%02X", buf[at] & 0xFF)) + "'";
    };
  }

  private String text(int from, int to) {
    int n = Math.min(to - from, 40);
    return new String(buf, from, n, StandardCharsets.ISO_8859_1) + (to - from > n ? "..." : "");
  }

  // ---- the lexer ------------------------------------------------------------------------

  private void skipSpace() {
    int p = pos;
    while (p < end) {
      byte b = buf[p];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        break;
      }
      p++;
    }
    pos = p;
  }

  private void need(int n) throws WireFormatException {
    if (end - pos < n) {
      throw error(end, "the text ends early");
    }
  }

  /** Skips white space; the start of the value there, which is recorded for errors. */
  private int valueStart() throws WireFormatException {
    skipSpace();
    need(1);
    valueAt = pos;
    return pos;
  }

  private void literal(int at, String word) throws WireFormatException {
    int n = word.length();
    if (end - at < n) {
      throw error(at, "expected " + word + ", the text ends early");
    }
    for (int i = 0; i < n; i++) {
      if (buf[at + i] != word.charAt(i)) {
        throw error(at + i, "invalid literal (expected " + word + ")");
      }
    }
    pos = at + n;
  }

  /**
   * The quote that ends the string at {@code at} when it is plain ASCII without escapes, or
   * -1: it needs decoding.
   */
  private int scanString(int at) throws WireFormatException {
    for (int p = at + 1; p < end; p++) {
      byte b = buf[p];
      if (b == '"') {
        return p;
      }
      if (b == '\\' || b < 0x20) { // negative: not ASCII
        return -1;
      }
    }
    throw error(end, "the text ends inside a string");
  }

  /**
   * The quote that ends the string at {@code at} when it has no escapes and no control
   * characters (its other bytes unchecked), or -1.
   */
  private int scanRaw(int at) throws WireFormatException {
    for (int p = at + 1; p < end; p++) {
      byte b = buf[p];
      if (b == '"') {
        return p;
      }
      if (b == '\\' || (b >= 0 && b < 0x20)) {
        return -1;
      }
    }
    throw error(end, "the text ends inside a string");
  }

  private String readStringAt(int at) throws WireFormatException {
    int q = scanString(at);
    if (q > 0) {
      pos = q + 1;
      return new String(buf, at + 1, q - at - 1, StandardCharsets.ISO_8859_1);
    }
    return decodeString(at);
  }

  /**
   * The string at {@code at} (its quote) with escapes and UTF-8 decoded and checked. While
   * every character is Latin-1 it is decoded into bytes, which the String copies as its own
   * (one allocation, the compact form); at the first character past U+00FF the rest goes to
   * {@link #decodeWide}.
   */
  private String decodeString(int at) throws WireFormatException {
    int p = at + 1;
    byte[] l = latin1;
    if (l == null) {
      latin1 = l = new byte[Math.min(64, end - at)];
    }
    int n = 0;
    while (true) {
      if (p >= end) {
        throw error(end, "the text ends inside a string");
      }
      if (n + 2 > l.length) {
        // grows with the string, which is in the bytes that arrived (no more characters than bytes)
        latin1 = l = java.util.Arrays.copyOf(l, grown(l.length, n, at));
      }
      int b = buf[p];
      if (b >= 0x20 && b != '\\') {
        if (b == '"') {
          pos = p + 1;
          return new String(l, 0, n, StandardCharsets.ISO_8859_1);
        }
        l[n++] = (byte) b;
        p++;
        continue;
      }
      p = codePointAt(p, b);
      int cp = codePoint;
      if (cp > 0xFF) {
        return decodeWide(at, p, n, cp);
      }
      l[n++] = (byte) cp;
    }
  }

  /**
   * The rest of {@link #decodeString}: the first {@code n} characters are in {@link #latin1},
   * the code point {@code cp} (past U+00FF) next, then the text from {@code p}; as UTF-16.
   */
  private String decodeWide(int at, int p, int n, int cp) throws WireFormatException {
    char[] c = chars;
    if (c == null || c.length < n + 2) {
      chars = c = new char[Math.max(n + 2, Math.min(Math.max(64, 2 * n), end - at))];
    }
    byte[] l = latin1;
    for (int i = 0; i < n; i++) {
      c[i] = (char) (l[i] & 0xFF);
    }
    n += Character.toChars(cp, c, n);
    while (true) {
      if (p >= end) {
        throw error(end, "the text ends inside a string");
      }
      if (n + 2 > c.length) {
        chars = c = java.util.Arrays.copyOf(c, grown(c.length, n, at));
      }
      int b = buf[p];
      if (b >= 0x20 && b != '\\') {
        if (b == '"') {
          pos = p + 1;
          return new String(c, 0, n);
        }
        c[n++] = (char) b;
        p++;
        continue;
      }
      p = codePointAt(p, b);
      n += Character.toChars(codePoint, c, n);
    }
  }

  /** A scratch's new length: twice, at least two more than {@code n}, at most the bytes from {@code at} to the end. */
  private int grown(int length, int n, int at) {
    return Math.max(n + 2, (int) Math.min(2L * length, end - at));
  }

  /**
   * Decodes the escape or the UTF-8 sequence at {@code p} (first byte {@code b}) into
   * {@link #codePoint}; the position after it.
   */
  private int codePointAt(int p, int b) throws WireFormatException {
    if (b == '\\') {
      return escape(p);
    }
    if (b >= 0) {
      throw error(p, String.format("control character U+%04X in a string (escape it)", b));
    }
    return utf8(p);
  }

  /** Decodes the escape at {@code p} into {@link #codePoint} (one for a surrogate pair); the position after it. */
  private int escape(int p) throws WireFormatException {
    if (end - p < 2) {
      throw error(end, "the text ends inside a string");
    }
    switch (buf[p + 1]) {
      case '"' -> codePoint = '"';
      case '\\' -> codePoint = '\\';
      case '/' -> codePoint = '/';
      case 'b' -> codePoint = '\b';
      case 'f' -> codePoint = '\f';
      case 'n' -> codePoint = '\n';
      case 'r' -> codePoint = '\r';
      case 't' -> codePoint = '\t';
      case 'u' -> {
        char u = hex4(p);
        if (Character.isHighSurrogate(u) && end - p >= 12 && buf[p + 6] == '\\' && buf[p + 7] == 'u'
            && Character.isLowSurrogate(hex4(p + 6))) {
          codePoint = Character.toCodePoint(u, hex4(p + 6));
          return p + 12;
        }
        if (Character.isSurrogate(u)) {
          throw error(p, "an unpaired surrogate \\u" + Integer.toHexString(u).toUpperCase(java.util.Locale.ROOT) + " (not valid Unicode)");
        }
        codePoint = u;
        return p + 6;
      }
      default -> throw error(p, "invalid escape " + describe(p + 1));
    }
    return p + 2;
  }

  private char hex4(int p) throws WireFormatException {
    if (end - p < 6) {
      throw error(p, "a \\u escape cut short");
    }
    int v = 0;
    for (int i = p + 2; i < p + 6; i++) {
      int d = Character.digit(buf[i], 16);
      if (d < 0) {
        throw error(p, "a \\u escape needs four hex digits");
      }
      v = (v << 4) | d;
    }
    return (char) v;
  }

  /** Decodes the UTF-8 sequence at {@code p} into {@link #codePoint}, strictly; the position after it. */
  private int utf8(int p) throws WireFormatException {
    int b = buf[p] & 0xFF;
    int len;
    int cp;
    int min;
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
      cp = b & 0x1F;
      min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      cp = b & 0x0F;
      min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      cp = b & 0x07;
      min = 0x10000;
    } else {
      throw error(p, String.format("invalid UTF-8 (byte 0x%02X)", b));
    }
    if (end - p < len) {
      throw error(p, "invalid UTF-8 (a sequence cut short)");
    }
    for (int i = 1; i < len; i++) {
      int x = buf[p + i] & 0xFF;
      if ((x & 0xC0) != 0x80) {
        throw error(p, String.format("invalid UTF-8 (byte 0x%02X)", x));
      }
      cp = (cp << 6) | (x & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      throw error(p, "invalid UTF-8 (an overlong form, a surrogate or past U+10FFFF)");
    }
    codePoint = cp;
    return p + len;
  }

  /**
   * Checks the number at {@code at} against JSON's grammar and moves past it; with
   * {@code value}, its value as a double (else 0).
   */
  private double number(int at, boolean value) throws WireFormatException {
    int p = at;
    if (p < end && buf[p] == '-') {
      p++;
    }
    int intStart = p;
    if (p < end && buf[p] == '0') {
      p++;
    } else if (p < end && buf[p] >= '1' && buf[p] <= '9') {
      while (p < end && buf[p] >= '0' && buf[p] <= '9') {
        p++;
      }
    } else {
      throw error(at, p < end ? "invalid number (" + describe(p) + ")" : "the text ends inside a number");
    }
    int intEnd = p;
    int fracStart = p;
    int fracEnd = p;
    if (p < end && buf[p] == '.') {
      fracStart = ++p;
      while (p < end && buf[p] >= '0' && buf[p] <= '9') {
        p++;
      }
      fracEnd = p;
      if (fracEnd == fracStart) {
        throw error(at, "invalid number (no digit after '.')");
      }
    }
    long exp = 0;
    if (p < end && (buf[p] == 'e' || buf[p] == 'E')) {
      p++;
      boolean neg = false;
      if (p < end && (buf[p] == '+' || buf[p] == '-')) {
        neg = buf[p] == '-';
        p++;
      }
      int e0 = p;
      while (p < end && buf[p] >= '0' && buf[p] <= '9') {
        if (exp < 100_000) {
          exp = exp * 10 + (buf[p] - '0');
        }
        p++;
      }
      if (p == e0) {
        throw error(at, "invalid number (no digit in the exponent)");
      }
      exp = neg ? -exp : exp;
    }
    if (p - at > MAX_NUMBER_CHARS) {
      throw error(at, "a number of " + (p - at) + " characters (at most " + MAX_NUMBER_CHARS + ")");
    }
    pos = p;
    if (!value) {
      return 0;
    }
    int digits = intEnd - intStart + fracEnd - fracStart;
    if (digits <= 15) {
      long m = 0;
      for (int i = intStart; i < intEnd; i++) {
        m = m * 10 + (buf[i] - '0');
      }
      for (int i = fracStart; i < fracEnd; i++) {
        m = m * 10 + (buf[i] - '0');
      }
      long e10 = exp - (fracEnd - fracStart);
      double d;
      if (m == 0) {
        d = 0;
      } else if (e10 >= 0 && e10 <= 22) {
        d = m * POW10[(int) e10]; // both exact: one rounding
      } else if (e10 < 0 && e10 >= -22) {
        d = m / POW10[(int) -e10];
      } else {
        return Double.parseDouble(new String(buf, at, p - at, StandardCharsets.ISO_8859_1));
      }
      return buf[at] == '-' ? -d : d;
    }
    return Double.parseDouble(new String(buf, at, p - at, StandardCharsets.ISO_8859_1));
  }
}
