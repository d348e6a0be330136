package dev.wiremessage;

/**
 * How a length (of a frame, a string, a blob, a list) or a protocol tag is written.
 *
 * <pre>
 *   U8      1 byte   unsigned            0 .. 255
 *   U16     2 bytes  unsigned, in order  0 .. 65_535
 *   U24     3 bytes  unsigned, in order  0 .. 16_777_215
 *   U32     4 bytes  unsigned, in order  0 .. 4_294_967_295
 *   U64     8 bytes  unsigned, in order  0 .. 2^64-1 (a Java reader accepts at most 2^63-1)
 *   VARINT  1..10 bytes, unsigned LEB128 (protocol buffers' varint): 7 bits a byte,
 *           least significant group first, high bit set on every byte but the last.
 *           300 = 0xAC 0x02
 *   REST    nothing: the value takes every byte left in the payload (last component only;
 *           never a frame header)
 * </pre>
 */
public enum Length {
  /** One byte, 0..255. */
  U8,
  /** Two bytes, 0..65,535. */
  U16,
  /** Three bytes, 0..16,777,215. */
  U24,
  /** Four bytes, 0..4,294,967,295. */
  U32,
  /** Eight bytes. */
  U64,
  /** Unsigned LEB128, one to ten bytes. */
  VARINT,
  /** No length: everything left in the payload. */
  REST;

  // bytes() and maxValue() compare by identity instead of reading a field or switching on the
  // ordinal: a codec passes constants (Length.U8), and once the JIT inlines the call the
  // comparisons fold to a literal; it does not treat an enum's fields as constants.

  /** {@return the fixed width of this length in bytes; -1 for {@link #VARINT}, 0 for {@link #REST}} */
  public int bytes() {
    if (this == U32) {
      return 4;
    } else if (this == U8) {
      return 1;
    } else if (this == U16) {
      return 2;
    } else if (this == U64) {
      return 8;
    } else if (this == U24) {
      return 3;
    }
    return this == VARINT ? -1 : 0;
  }

  /** {@return the largest value this length can carry, capped at {@link Long#MAX_VALUE}} */
  public long maxValue() {
    if (this == U32) {
      return 0xFFFF_FFFFL;
    } else if (this == U8) {
      return 0xFFL;
    } else if (this == U16) {
      return 0xFFFFL;
    } else if (this == U24) {
      return 0xFF_FFFFL;
    }
    return Long.MAX_VALUE;
  }
}
