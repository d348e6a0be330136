package dev.wiremessage.runtime;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;

/** Frames with a length header; see {@link Framing#lengthPrefixed}. */
public final class LengthPrefixedFraming extends Framing {
  private final Length length;
  private final Endian order;
  private final int maxFrameBytes;

  LengthPrefixedFraming(Length length, Endian order, int maxFrameBytes) {
    this.length = length;
    this.order = order;
    this.maxFrameBytes = maxFrameBytes;
  }

  public Length length() { return length; }

  public Endian order() { return order; }

  @Override
  public int maxFrameBytes() { return maxFrameBytes; }

  @Override
  public Framing withMaxFrameBytes(int maxFrameBytes) {
    return new LengthPrefixedFraming(length, order, maxFrameBytes);
  }
}
