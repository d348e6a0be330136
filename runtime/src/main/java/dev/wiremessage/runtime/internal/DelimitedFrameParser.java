package dev.wiremessage.runtime.internal;

import dev.wiremessage.runtime.WireFormatException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Finds delimited frames. {@link #scan} is the one delimiter search, for a whole frame
 * ({@link #whole}) and for chunks; across chunks it resumes where it stopped (the automaton's
 * state is kept; no byte is scanned twice), and a frame that lies whole in a chunk is parsed
 * there without a copy.
 */
final class DelimitedFrameParser<T> extends FrameParser<T> {
  private final DelimiterFramer f;
  private int state; // delimiter bytes matched at the end of the bytes held

  DelimitedFrameParser(DelimiterFramer f, PayloadParser<T> payloads) {
    super(payloads);
    this.f = f;
  }

  /**
   * Searches {@code a[from, to)}, which follows {@code held} bytes of the frame that end with
   * {@code s} delimiter bytes matched, for the end of the frame: returns the index after the
   * delimiter, or {@code -1 - s} with {@code s} the state at {@code to} when there is none.
   * Throws frame-too-long at the frame offset of the first byte past the limit.
   */
  static int scan(DelimiterFramer f, byte[] a, int from, int to, int held, int s) throws WireFormatException {
    int n = f.delim.length;
    if (n == 1) {
      byte d = f.delim[0];
      long allowed = (long) f.max - held; // bytes of payload' still allowed
      int stop = (int) Math.min(to, from + allowed + 1);
      for (int i = from; i < stop; i++) {
        if (a[i] == d) {
          return i + 1;
        }
      }
      if (to - from > allowed) {
        throw tooLong(f, held + allowed); // the first byte past the limit, none of them a delimiter
      }
      return -1;
    }
    for (int i = from; i < to; i++) {
      s = f.next(s, a[i]);
      if (s == n) {
        return i + 1;
      }
      if (held + (i + 1 - from) - s > f.max) {
        throw tooLong(f, held + (i - from));
      }
    }
    return -1 - s;
  }

  private static WireFormatException tooLong(DelimiterFramer f, long at) {
    return f.tooLong("no delimiter in the first " + f.max + " bytes (maxFrameBytes)", at);
  }

  /** Exactly one frame, {@code b[off, off+len)}: {@code fromFrame}. */
  static <T> T whole(DelimiterFramer f, byte[] b, int off, int len, PayloadParser<T> payloads) throws WireFormatException {
    int end = scan(f, b, off, off + len, 0, 0);
    if (end < 0) {
      throw f.truncated("frame ends without its delimiter " + f.quoted(), len);
    }
    if (end < off + len) {
      throw Fail.malformed(f.type, Fail.bytes(off + len - end) + " after the delimiter", end - off);
    }
    return parse(f, b, off, len - f.delim.length, false, payloads);
  }

  /** Parses {@code payload'} at {@code b[off, off+len)}, unescaping it first ({@code mine}: in place, else in a copy). */
  private static <T> T parse(DelimiterFramer f, byte[] b, int off, int len, boolean mine, PayloadParser<T> payloads)
      throws WireFormatException {
    if (f.escape) {
      int first = indexOfEsc(b, off, off + len);
      if (first >= 0) {
        if (!mine) {
          b = Arrays.copyOfRange(b, off, off + len);
          first -= off;
          off = 0;
        }
        len = unescape(f, b, off, len, first);
      }
    }
    return payloads.parse(b, off, len);
  }

  private static int indexOfEsc(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == DelimiterFramer.ESC) {
        return i;
      }
    }
    return -1;
  }

  /** Undoes the stuffing in place from {@code first} (an ESC); returns the payload's length. */
  private static int unescape(DelimiterFramer f, byte[] b, int off, int len, int first) throws WireFormatException {
    int end = off + len;
    int w = first;
    for (int r = first; r < end; r++) {
      byte x = b[r];
      if (x == DelimiterFramer.ESC) {
        if (r + 1 == end) {
          throw Fail.malformed(f.type, "escape byte 0x7D ends the frame", r - off);
        }
        int y = (b[++r] ^ 0x20) & 0xFF;
        if (y != f.d0 && y != DelimiterFramer.ESC) {
          throw Fail.malformed(f.type, String.format("bad escape 7D %02X (expected 7D %02X or 7D 5D)",
              b[r] & 0xFF, f.d0 ^ 0x20), r - 1 - off);
        }
        x = (byte) y;
      }
      b[w++] = x;
    }
    return w - off;
  }

  @Override
  T step(ByteBuffer in) throws WireFormatException {
    byte[] a = in.array();
    int base = in.arrayOffset();
    int start = in.position();
    int lim = in.limit();
    int held = heldSize();
    int end = scan(f, a, base + start, base + lim, held, state);
    if (end < 0) {
      held().append(in, lim - start);
      state = -1 - end;
      return null;
    }
    end -= base;
    state = 0;
    int payloadLen = held + (end - start) - f.delim.length;
    if (held == 0) {
      in.position(end);
      return parse(f, a, base + start, payloadLen, false, payloads);
    }
    FrameBuffer body = held();
    body.append(in, end - start);
    byte[] b = body.array();
    body.reset();
    return parse(f, b, 0, payloadLen, true, payloads);
  }

  @Override
  boolean between() {
    return heldSize() == 0;
  }

  @Override
  int wanted() {
    return 1; // any byte may be the delimiter's last
  }

  @Override
  WireFormatException endOfStream() {
    int have = heldSize();
    return f.truncated("stream ends inside a frame, " + Fail.bytes(have) + " without a delimiter", have);
  }
}
