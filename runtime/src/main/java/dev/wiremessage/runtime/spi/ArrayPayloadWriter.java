package dev.wiremessage.runtime.spi;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.JsonMapper;
import dev.wiremessage.runtime.internal.Bits;
import dev.wiremessage.runtime.internal.Utf8;
import java.util.Arrays;

/** The {@link PayloadWriter} of byte arrays: a growable array, kept and reused by its owner. */
final class ArrayPayloadWriter extends PayloadWriter {
  /**
   * The largest array a reused writer (a codec's per-thread scratch writer, a frame encoder's)
   * keeps between messages: one large message does not pin its buffer.
   */
  static final int KEEP = 64 * 1024;

  private byte[] buf;
  private int pos;
  /** Set while a codec's scratch writer is encoding, so a nested use takes a fresh writer. */
  boolean claimed;

  /** {@code json} null: the default mapper, resolved on first use. */
  ArrayPayloadWriter(JsonMapper json, int capacity, int reserve) {
    this(json, CodecSettings.DEFAULT_MAX_DEPTH, capacity, reserve);
  }

  ArrayPayloadWriter(JsonMapper json, int maxDepth, int capacity, int reserve) {
    super(json, maxDepth);
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
   * that one large message grew past {@link #KEEP} bytes is dropped, so a long-lived writer
   * does not hold its largest frame forever.
   */
  void reset(int reserve) {
    depth = 1;
    if (buf.length < reserve || buf.length > Math.max(KEEP, reserve)) {
      buf = new byte[Math.max(KEEP, reserve)];
    }
    pos = reserve;
  }

  /** Lets go of the array, which the caller handed out; the next {@link #reset} starts a new one. */
  void detach() {
    buf = new byte[256];
    pos = 0;
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

  @Override
  public int claim(int n) {
    ensure(n);
    int at = pos;
    pos = at + n;
    return at;
  }

  @Override
  public void putBits(int at, long value, int bytes, Endian order) {
    Bits.put(buf, at, value, bytes, order == Endian.BIG);
  }

  /**
   * The fast path, small enough to inline into a generated codec, where {@code length} and
   * {@code order} are constants and the header's width folds: ASCII is copied char by char
   * behind one room check and one header write. The first non-ASCII char (or a VARINT length,
   * whose width depends on the UTF-8 size) goes to {@link #writeUtf8Tail}, out of line.
   */
  @Override
  public void writeUtf8(String value, Length length, Endian order, String field) {
    if (length == Length.VARINT) {
      writeUtf8Varint(value, field);
      return;
    }
    int header = length.bytes(); // 0 for REST
    int n = value.length();
    ensure(header + n);
    int start = pos + header;
    byte[] b = buf;
    int i = Utf8.putAscii(value, b, start);
    if (i < n) {
      writeUtf8Tail(value, i, length, order, field);
      return;
    }
    checkFits(n, length, field, "string");
    if (header > 0) {
      Bits.put(b, pos, n, header, order == Endian.BIG);
    }
    pos = start + n;
  }

  /** {@code value[i..]} from its first non-ASCII char; {@code value[..i)} is already in place after the header. */
  private void writeUtf8Tail(String value, int i, Length length, Endian order, String field) {
    int header = length.bytes();
    long total = i + Utf8.encodedLength(value, i, field);
    checkFits(total, length, field, "string");
    checkSize(total, field);
    ensure((int) (header + total));
    int start = pos + header;
    Utf8.encode(value, i, buf, start + i);
    if (header > 0) {
      Bits.put(buf, pos, total, header, order == Endian.BIG);
    }
    pos = start + (int) total;
  }

  private void writeUtf8Varint(String value, String field) {
    long bytes = Utf8.encodedLength(value, 0, field);
    checkSize(bytes, field);
    writeLength(bytes, Length.VARINT, Endian.BIG, field, "string");
    ensure((int) bytes);
    pos = Utf8.encode(value, 0, buf, pos);
  }

  @Override
  void putBytes(byte[] value) {
    putBytes(value, 0, value.length);
  }

  @Override
  void putBytes(byte[] value, int offset, int length) {
    ensure(length);
    System.arraycopy(value, offset, buf, pos, length);
    pos += length;
  }

  @Override
  void putVarint(long value) {
    ensure(10);
    pos = Bits.putVarint(buf, pos, value);
  }

  @Override
  int beginLength() {
    ensure(1);
    return pos++;
  }

  @Override
  void endLength(int mark) {
    int n = pos - mark - 1;
    int extra = Bits.varintSize(n) - 1;
    if (extra > 0) {
      ensure(extra);
      System.arraycopy(buf, mark + 1, buf, mark + 1 + extra, n);
      pos += extra;
    }
    Bits.putVarint(buf, mark, n);
  }

  private void ensure(int n) {
    if (buf.length - pos < n) {
      grow(n);
    }
  }

  private void grow(int n) {
    long needed = (long) pos + n;
    if (needed > MAX_ARRAY) {
      throw tooLarge();
    }
    int cap = (int) Math.max(needed, Math.min(Math.max(16L, buf.length * 2L), MAX_ARRAY));
    buf = Arrays.copyOf(buf, cap);
  }
}
