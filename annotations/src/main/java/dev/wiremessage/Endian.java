package dev.wiremessage;

/**
 * Byte order of a multi-byte integer. The value 0x0102 in two bytes is {@code 01 02} in
 * {@link #BIG} order (network order, the default) and {@code 02 01} in {@link #LITTLE}.
 */
public enum Endian {
  /** Most significant byte first (network order). */
  BIG,
  /** Least significant byte first. */
  LITTLE
}
