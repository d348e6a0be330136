package dev.wiremessage.runtime;

import java.util.Objects;

/**
 * Frames ended by a delimiter: {@code payload' delimiter}. See {@link Framing#delimited}.
 *
 * <pre>
 * delimited("\r\n", false, _), payload "PING":   +-------------+-------+
 *                                                | 50 49 4E 47 | 0D 0A |
 *                                                +-------------+-------+
 * </pre>
 *
 * <p>Without escaping, {@code payload' = payload}, and a payload that holds the delimiter (or
 * whose tail would join the delimiter into an earlier match) cannot be encoded. With
 * escaping, each payload byte equal to the delimiter's first byte {@code D} or to {@code 0x7D}
 * is sent as {@code 0x7D, b ^ 0x20} (RFC 1662 octet stuffing). The frame limit counts the bytes
 * of {@code payload'}.
 */
public final class DelimitedFraming extends Framing {
  private final String delimiter;
  private final boolean escape;
  private final int maxFrameBytes;

  DelimitedFraming(String delimiter, boolean escape, int maxFrameBytes) {
    Objects.requireNonNull(delimiter, "delimiter");
    if (delimiter.isEmpty()) {
      throw new IllegalArgumentException("delimiter: \"\" (expected: at least one character)");
    }
    for (int i = 0; i < delimiter.length(); i++) {
      char c = delimiter.charAt(i);
      if (c > 0xFF) {
        throw new IllegalArgumentException(String.format(
            "delimiter: U+%04X at index %d (expected: characters U+0000..U+00FF, one byte each)", (int) c, i));
      }
    }
    char d = delimiter.charAt(0);
    if (escape && (d == 0x7D || d == 0x5D)) {
      throw new IllegalArgumentException(String.format(
          "delimiter: first byte 0x%02X with escape = true (expected: a first byte other than 0x7D and 0x5D, "
              + "which escaping cannot keep out of the payload)", (int) d));
    }
    this.delimiter = delimiter;
    this.escape = escape;
    this.maxFrameBytes = checkMax(maxFrameBytes);
  }

  /**
   * The delimiter, one byte per char.
   *
   * @return the delimiter as given, each char U+0000..U+00FF
   */
  public String delimiter() {
    return delimiter;
  }

  /**
   * The delimiter's bytes (a copy).
   *
   * @return each char's low byte: {@code "\r\n"} is {@code 0D 0A}
   */
  public byte[] delimiterBytes() {
    byte[] b = new byte[delimiter.length()];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) delimiter.charAt(i);
    }
    return b;
  }

  /**
   * Whether payloads are octet-stuffed.
   *
   * @return {@code true} when the delimiter's first byte and {@code 7D} in a payload are sent as
   *     {@code 7D, b ^ 0x20}
   */
  public boolean escape() {
    return escape;
  }

  @Override
  public int maxFrameBytes() {
    return maxFrameBytes;
  }

  @Override
  public DelimitedFraming withMaxFrameBytes(int maxFrameBytes) {
    return new DelimitedFraming(delimiter, escape, maxFrameBytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DelimitedFraming d
        && d.delimiter.equals(delimiter)
        && d.escape == escape
        && d.maxFrameBytes == maxFrameBytes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(delimiter, escape, maxFrameBytes);
  }

  /** {@code delimited("\r\n", false, 16777216)}, the delimiter in Java escapes. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("delimited(\"");
    for (int i = 0; i < delimiter.length(); i++) {
      char c = delimiter.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c >= 0x7F) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append("\", ").append(escape).append(", ").append(maxFrameBytes).append(')').toString();
  }
}
