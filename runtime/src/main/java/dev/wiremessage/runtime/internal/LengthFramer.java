package dev.wiremessage.runtime.internal;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.WireFormatException;
import java.nio.ByteBuffer;

/** Length-prefixed frames: a fixed-width or VARINT header, then the payload. */
final class LengthFramer extends Framer {
  private final Length length;
  private final Endian order;
  /** Fixed header width, -1 for VARINT. */
  final int width;
  /** Big-endian fixed-width header. */
  final boolean big;
  /**
   * The default header (U32, big-endian): read and written with one {@code VarHandle} access
   * and no switch on the width, which keeps the hot paths small enough for the JIT to inline.
   */
  private final boolean u32be;
  /** The largest payload a frame may carry: the frame limit, or what the header can count if less. */
  private final long cap;

  LengthFramer(Length length, Endian order, int max, String type) {
    super(type, max);
    this.length = length;
    this.order = order;
    this.width = length == Length.VARINT ? -1 : length.bytes();
    this.big = order == Endian.BIG;
    this.cap = Math.min(max, length.maxValue());
    this.u32be = length == Length.U32 && order == Endian.BIG;
  }

  @Override
  public int headerReserve() {
    return width < 0 ? Bits.varintSize(max) : width;
  }

  @Override
  public int trailerReserve() {
    return 0;
  }

  /** The encode checks of a payload of {@code n} bytes: the frame limit, the header's range. */
  private void check(int n) {
    if (n > cap) {
      refuse(n);
    }
  }

  private void refuse(int n) {
    if (n > max) {
      throw Fail.encode(type, "payload of " + n + " bytes is over maxFrameBytes " + max);
    }
    if (n > length.maxValue()) {
      throw Fail.encode(type, "payload of " + n + " bytes does not fit a " + length
          + " frame header (at most " + length.maxValue() + ")");
    }
  }

  /** Writes the header in front of the checked payload; returns where the frame starts. */
  private int seal(byte[] buf, int start, int end) {
    int n = end - start;
    if (u32be) {
      Bits.putIntBE(buf, start - 4, n);
      return start - 4;
    }
    if (width < 0) {
      int off = start - Bits.varintSize(n);
      Bits.putVarint(buf, off, n);
      return off;
    }
    Bits.put(buf, start - width, n, width, order == Endian.BIG);
    return start - width;
  }

  @Override
  public int sealRoom(byte[] buf, int start, int end) {
    check(end - start);
    return 0;
  }

  @Override
  public long sealInPlace(byte[] buf, int start, int end, int room) {
    int off = seal(buf, start, end);
    return frame(off, end - off);
  }

  @Override
  public int headerGuess(int lastPayload) {
    return width < 0 ? Bits.varintSize(lastPayload) : width;
  }

  @Override
  public int sealRoom(ByteBuffer buf, int start, int end) {
    int n = end - start;
    check(n);
    return width < 0 ? Math.max(0, Bits.varintSize(n) - start) : 0;
  }

  @Override
  public int sealAtZero(ByteBuffer buf, int start, int end, int room) {
    int n = end - start;
    if (width > 0) {
      Bits.put(buf, 0, n, width, big);
      return width + n;
    }
    int h = Bits.varintSize(n);
    if (h != start) { // the guess was another size: the payload moves to just after the header
      buf.put(h, buf, start, n); // overlapping: as if through an intermediate copy (ByteBuffer's contract)
    }
    Bits.putVarint(buf, 0, n);
    return h + n;
  }

  @Override
  public <T> T fromFrame(byte[] b, int off, int len, PayloadParser<T> parser) throws WireFormatException {
    return LengthFrameParser.whole(this, b, off, len, parser);
  }

  /** The payload length in the fixed-width header at {@code b[off]}, checked against the frame limit. */
  int fixedHeader(byte[] b, int off) throws WireFormatException {
    long h = u32be ? Bits.getIntBE(b, off) & 0xFFFF_FFFFL : Bits.getUnsigned(b, off, width, big);
    return LengthFrameParser.checked(this, h, false);
  }

  @Override
  <T> FrameParser<T> newParser(PayloadParser<T> parser) {
    return new LengthFrameParser<>(this, parser);
  }
}
