package dev.wiremessage.runtime;

/** Frames ended by a delimiter; see {@link Framing#delimited}. */
public final class DelimitedFraming extends Framing {
  private final String delimiter;
  private final boolean escape;
  private final int maxFrameBytes;

  DelimitedFraming(String delimiter, boolean escape, int maxFrameBytes) {
    this.delimiter = delimiter;
    this.escape = escape;
    this.maxFrameBytes = maxFrameBytes;
  }

  public String delimiter() { return delimiter; }

  public boolean escape() { return escape; }

  @Override
  public int maxFrameBytes() { return maxFrameBytes; }

  @Override
  public Framing withMaxFrameBytes(int maxFrameBytes) {
    return new DelimitedFraming(delimiter, escape, maxFrameBytes);
  }
}
