package dev.wiremessage.runtime;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import java.util.Objects;

/**
 * Frames with a length header: {@code header payload}, the header being the payload's length
 * in bytes, unsigned, as {@link #length()} says (1, 2, 3, 4 or 8 bytes in {@link #order()},
 * or a 1..10-byte LEB128 VARINT). See {@link Framing#lengthPrefixed}.
 *
 * <pre>
 * U16 LITTLE, payload 01 02:   +-------+-------+
 *                              | 02 00 | 01 02 |
 *                              +-------+-------+
 * </pre>
 *
 * A header above {@link #maxFrameBytes()} is frame-too-long before any payload byte is read.
 */
public final class LengthPrefixedFraming extends Framing {
  private final Length length;
  private final Endian order;
  private final int maxFrameBytes;

  LengthPrefixedFraming(Length length, Endian order, int maxFrameBytes) {
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(order, "order");
    if (length == Length.REST) {
      throw new IllegalArgumentException("length: REST (expected: U8, U16, U24, U32, U64 or VARINT; "
          + "a frame header needs a length)");
    }
    this.length = length;
    this.order = order;
    this.maxFrameBytes = checkMax(maxFrameBytes);
  }

  /**
   * How the header is written.
   *
   * @return U8, U16, U24, U32, U64 (1, 2, 3, 4, 8 bytes) or VARINT (1..10 bytes); never REST
   */
  public Length length() {
    return length;
  }

  /**
   * Byte order of a fixed-width header (ignored for VARINT).
   *
   * @return the order: a U16 header of 258 is {@code 01 02} BIG, {@code 02 01} LITTLE
   */
  public Endian order() {
    return order;
  }

  @Override
  public int maxFrameBytes() {
    return maxFrameBytes;
  }

  @Override
  public LengthPrefixedFraming withMaxFrameBytes(int maxFrameBytes) {
    return new LengthPrefixedFraming(length, order, maxFrameBytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LengthPrefixedFraming p
        && p.length == length
        && p.order == order
        && p.maxFrameBytes == maxFrameBytes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(length, order, maxFrameBytes);
  }

  /** {@code lengthPrefixed(U32, BIG, 16777216)}. */
  @Override
  public String toString() {
    return "lengthPrefixed(" + length + ", " + order + ", " + maxFrameBytes + ")";
  }
}
