package dev.wiremessage.runtime.internal;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireFormatException;

/** Parses a frame header a byte at a time, so that a decoder can stop and resume anywhere in it. */
final class LengthHeader {
  private final int width; // fixed width, or -1 for VARINT
  private final boolean big;
  private final int max;
  private final String type;
  private long value;
  private int count;
  private boolean overflow;

  LengthHeader(Length length, Endian order, int max, String type) {
    this.width = length == Length.VARINT ? -1 : length.bytes();
    this.big = order == Endian.BIG;
    this.max = max;
    this.type = type;
  }

  /** Header bytes taken so far. */
  int count() {
    return count;
  }

  /**
   * Takes one header byte; true when the header is complete. Then {@link #payloadLength()}.
   * A VARINT header longer than 10 bytes is malformed.
   */
  boolean add(int b) throws WireFormatException {
    if (width < 0) {
      if (count == 9 && (b & 0x7E) != 0) {
        overflow = true; // beyond 64 bits, far beyond any limit
      }
      value |= (long) (b & 0x7F) << (7 * count);
      count++;
      if (b < 0x80) {
        return true;
      }
      if (count == 10) {
        throw Fail.malformed(type, "VARINT frame header longer than 10 bytes", 0);
      }
      return false;
    }
    if (big) {
      value = (value << 8) | b;
    } else {
      value |= (long) b << (8 * count);
    }
    return ++count == width;
  }

  /** The announced payload length, checked against the limit; resets for the next header. */
  int payloadLength() throws WireFormatException {
    long v = value;
    boolean huge = overflow;
    value = 0;
    count = 0;
    overflow = false;
    return checked(v, huge, max, type);
  }

  /**
   * {@code v}, an announced payload length, as an int when it is at most {@code max}; else
   * the frame-too-long error. {@code huge}: the header overflowed 64 bits.
   */
  static int checked(long v, boolean huge, int max, String type) throws WireFormatException {
    if (huge || v < 0 || v > max) {
      throw tooLong(v, huge || v < 0, max, type);
    }
    return (int) v;
  }

  private static WireFormatException tooLong(long v, boolean huge, int max, String type) {
    String announced = huge ? "2^63 or more" : Long.toString(v);
    return Fail.decode(ErrorCategory.FRAME_TOO_LONG, type,
        "header announces " + announced + " bytes, over maxFrameBytes " + max, 0);
  }
}
