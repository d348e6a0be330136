package dev.wiremessage.runtime;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;

/**
 * How frames are separated on a stream, and the frame limit. Immutable.
 *
 * <pre>
 * lengthPrefixed(U32, BIG, max):  +-------------+----------------+
 *                                 | 00 00 00 05 | 5 payload bytes|
 *                                 +-------------+----------------+
 * delimited("\n", false, max):    +----------------+----+
 *                                 | payload bytes  | 0A |
 *                                 +----------------+----+
 * </pre>
 */
public abstract class Framing {
  Framing() {}

  /** A length header of {@code length} (not REST) in {@code order}. */
  public static Framing lengthPrefixed(Length length, Endian order, int maxFrameBytes) {
    return new LengthPrefixedFraming(length, order, maxFrameBytes);
  }

  /** A delimiter (each char U+0000..U+00FF, not empty), optionally escaped payloads. */
  public static Framing delimited(String delimiter, boolean escape, int maxFrameBytes) {
    return new DelimitedFraming(delimiter, escape, maxFrameBytes);
  }

  /** The largest payload (escaped payload, for delimiters) in bytes. */
  public abstract int maxFrameBytes();

  /** The same framing with another limit; {@code maxFrameBytes: 0 (expected: > 0)}. */
  public abstract Framing withMaxFrameBytes(int maxFrameBytes);
}
