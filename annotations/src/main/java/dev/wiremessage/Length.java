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
  U8(1),
  /** Two bytes, 0..65,535. */
  U16(2),
  /** Three bytes, 0..16,777,215. */
  U24(3),
  /** Four bytes, 0..4,294,967,295. */
  U32(4),
  /** Eight bytes. */
  U64(8),
  /** Unsigned LEB128, one to ten bytes. */
  VARINT(-1),
  /** No length: everything left in the payload. */
  REST(0);

  private final int bytes;

  Length(int bytes) {
    this.bytes = bytes;
  }

  /** {@return the fixed width of this length in bytes; -1 for {@link #VARINT}, 0 for {@link #REST}} */
  public int bytes() {
    return bytes;
  }

  /** {@return the largest value this length can carry, capped at {@link Long#MAX_VALUE}} */
  public long maxValue() {
    switch (this) {
      case U8: return 0xFFL;
      case U16: return 0xFFFFL;
      case U24: return 0xFF_FFFFL;
      case U32: return 0xFFFF_FFFFL;
      default: return Long.MAX_VALUE;
    }
  }
}
