package dev.wiremessage.runtime;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;

/**
 * How frames are separated on a stream, and the frame limit. Immutable; every option is
 * checked here, so a codec never holds an invalid framing.
 *
 * <pre>
 * lengthPrefixed(U32, BIG, max):  +-------------+-----------------+
 *                                 | 00 00 00 05 | 5 payload bytes |
 *                                 +-------------+-----------------+
 * lengthPrefixed(VARINT, _, max): +-------+-------------------+
 *                                 | AC 02 | 300 payload bytes |
 *                                 +-------+-------------------+
 * delimited("\n", false, max):    +----------------+----+
 *                                 | payload bytes  | 0A |
 *                                 +----------------+----+
 * delimited("\n", true, max), payload 0A 7D 41:
 *                                 +-------+-------+----+----+
 *                                 | 7D 2A | 7D 5D | 41 | 0A |
 *                                 +-------+-------+----+----+
 * </pre>
 */
public abstract sealed class Framing permits LengthPrefixedFraming, DelimitedFraming {
  Framing() {}

  /**
   * A length header of {@code length} (not REST) in {@code order}; payloads of at most
   * {@code maxFrameBytes} (&gt; 0) bytes.
   *
   * @param length how the header is written: U8, U16, U24, U32, U64 (1, 2, 3, 4, 8 bytes) or
   *     VARINT (1..10 bytes); not REST
   * @param order byte order of a fixed-width header; ignored for U8 and VARINT
   * @param maxFrameBytes the largest payload, not counting the header; &gt; 0 (the annotations'
   *     default is {@value dev.wiremessage.LengthPrefixed#DEFAULT_MAX_FRAME_BYTES})
   * @return the framing
   * @throws IllegalArgumentException for REST or a limit below 1, naming the option
   */
  public static LengthPrefixedFraming lengthPrefixed(Length length, Endian order, int maxFrameBytes) {
    return new LengthPrefixedFraming(length, order, maxFrameBytes);
  }

  /**
   * A delimiter (one byte per char, each U+0000..U+00FF, not empty), optionally escaped
   * payloads (then the first char must not be {@code '}'} (0x7D) or {@code ']'} (0x5D));
   * escaped payloads of at most {@code maxFrameBytes} (&gt; 0) bytes.
   *
   * @param delimiter the bytes that end a frame, one per char: {@code "\r\n"} is {@code 0D 0A}
   * @param escape whether payloads are octet-stuffed, so that any payload can be sent
   * @param maxFrameBytes the largest payload (escaped) before the delimiter; &gt; 0
   * @return the framing
   * @throws IllegalArgumentException for an empty delimiter, a char above U+00FF, a first char
   *     escaping cannot keep out, or a limit below 1, naming the option
   */
  public static DelimitedFraming delimited(String delimiter, boolean escape, int maxFrameBytes) {
    return new DelimitedFraming(delimiter, escape, maxFrameBytes);
  }

  /**
   * The largest payload (escaped payload, for delimiters) in bytes.
   *
   * @return the frame limit, at least 1
   */
  public abstract int maxFrameBytes();

  /**
   * The same framing with another limit; {@code maxFrameBytes: 0 (expected: > 0)}.
   *
   * @param maxFrameBytes the new limit, &gt; 0
   * @return a new framing of the same kind; this one keeps its limit
   */
  public abstract Framing withMaxFrameBytes(int maxFrameBytes);

  static int checkMax(int maxFrameBytes) {
    if (maxFrameBytes <= 0) {
      throw new IllegalArgumentException("maxFrameBytes: " + maxFrameBytes + " (expected: > 0)");
    }
    return maxFrameBytes;
  }
}
