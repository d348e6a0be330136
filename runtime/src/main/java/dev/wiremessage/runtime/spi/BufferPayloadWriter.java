package dev.wiremessage.runtime.spi;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.JsonMapper;
import dev.wiremessage.runtime.internal.Bits;
import dev.wiremessage.runtime.internal.Framer;
import dev.wiremessage.runtime.internal.Utf8;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The {@link PayloadWriter} of a caller's {@link FrameTarget}: absolute puts into the target's
 * big-endian {@link ByteBuffer}, then the frame sealed in place at index 0. Holds the target
 * only while it encodes a frame.
 */
final class BufferPayloadWriter extends PayloadWriter {
  private final Framer framer;
  private FrameTarget target;
  private ByteBuffer buf;
  private int limit;
  private int pos;
  /** The previous payload's length: the guess at the next VARINT header's size. */
  private int lastPayload;

  BufferPayloadWriter(JsonMapper json, int maxDepth, Framer framer) {
    super(json, maxDepth);
    this.framer = framer;
  }

  /** Encodes the frame of {@code message} (not null) into {@code target}; returns its length. */
  <T> int encodeFrame(AbstractWireCodec<T> codec, T message, FrameTarget target) {
    try {
      int start = begin(target, framer.headerGuess(lastPayload));
      codec.encodePayload(message, this);
      int end = pos;
      int room = framer.sealRoom(buf, start, end); // the encode checks: too long, delimiter inside
      ensure(room);
      int length = framer.sealAtZero(buf, start, end, room);
      lastPayload = end - start;
      return length;
    } finally {
      end();
    }
  }

  /** Starts writing into {@code target} at index {@code start}; returns {@code start}. */
  int begin(FrameTarget target, int start) {
    this.target = target;
    depth = 1;
    limit = 0;
    pos = 0;
    room(start + 1);
    pos = start;
    return start;
  }

  /** Lets go of the target: the caller's memory is not ours to keep. */
  void end() {
    target = null;
    buf = null;
  }

  int position() {
    return pos;
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

  @Override
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
    ByteBuffer b = buf;
    int i = 0;
    for (; i < n; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        break;
      }
      b.put(start + i, (byte) c);
    }
    long total = i;
    if (i < n) {
      total = i + Utf8.encodedLength(value, i, field);
      checkFits(total, length, field, "string");
      checkSize(total, field);
      ensure((int) (header + total)); // keeps the ASCII run above pos: the target keeps the whole buffer
      Utf8.encode(value, i, buf, start + i);
    }
    checkFits(total, length, field, "string");
    if (header > 0) {
      Bits.put(buf, pos, total, header, order == Endian.BIG);
    }
    pos = start + (int) total;
  }

  @Override
  void putBytes(byte[] value) {
    putBytes(value, 0, value.length);
  }

  @Override
  void putBytes(byte[] value, int offset, int length) {
    ensure(length);
    buf.put(pos, value, offset, length);
    pos += length;
  }

  @Override
  void putVarint(long value) {
    ensure(Bits.varintSize(value));
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
      for (int i = pos - 1; i > mark; i--) { // from the end: the two ranges overlap
        buf.put(i + extra, buf.get(i));
      }
      pos += extra;
    }
    Bits.putVarint(buf, mark, n);
  }

  private void ensure(int n) {
    if (limit - pos < n) {
      long needed = (long) pos + n;
      if (needed > MAX_ARRAY) {
        throw tooLarge();
      }
      room((int) needed);
    }
  }

  /** Asks the target for {@code min} bytes, keeping all of the current buffer (bytes past the position too). */
  private void room(int min) {
    ByteBuffer b = target.room(limit, min);
    if (b.limit() < min) {
      throw new IllegalStateException("the target gave " + b.limit() + " bytes of room (expected: at least " + min + ")");
    }
    b.order(ByteOrder.BIG_ENDIAN);
    buf = b;
    limit = b.limit();
  }
}
