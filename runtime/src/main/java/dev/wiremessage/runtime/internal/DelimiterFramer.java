package dev.wiremessage.runtime.internal;

import dev.wiremessage.runtime.WireFormatException;
import java.nio.ByteBuffer;

/**
 * Delimited frames: {@code payload' delimiter}, where {@code payload'} is the payload, or with
 * escaping the payload with each byte in {D, 0x7D} sent as {@code 0x7D, b ^ 0x20}. The first
 * occurrence of the delimiter ends a frame; a KMP automaton finds it in one pass.
 */
final class DelimiterFramer extends Framer {
  static final int ESC = 0x7D;

  final byte[] delim;
  final int d0; // the delimiter's first byte, unsigned
  final boolean escape;
  private final int[] fail; // KMP failure function

  DelimiterFramer(String delimiter, boolean escape, int max, String type) {
    super(type, max);
    this.delim = new byte[delimiter.length()];
    for (int i = 0; i < delim.length; i++) {
      delim[i] = (byte) delimiter.charAt(i);
    }
    this.d0 = delim[0] & 0xFF;
    this.escape = escape;
    this.fail = new int[delim.length];
    for (int i = 1, k = 0; i < delim.length; i++) {
      while (k > 0 && delim[i] != delim[k]) {
        k = fail[k - 1];
      }
      if (delim[i] == delim[k]) {
        k++;
      }
      fail[i] = k;
    }
  }

  /** The automaton: delimiter bytes matched after one more byte {@code b}, given {@code state} (&lt; length) matched. */
  int next(int state, byte b) {
    while (state > 0 && delim[state] != b) {
      state = fail[state - 1];
    }
    return delim[state] == b ? state + 1 : state;
  }

  @Override
  public int headerReserve() {
    return 0;
  }

  @Override
  public int trailerReserve() {
    return delim.length;
  }

  @Override
  public int sealRoom(byte[] buf, int start, int end) {
    int stuffed = 0;
    if (escape) {
      for (int i = start; i < end; i++) {
        int b = buf[i] & 0xFF;
        if (b == d0 || b == ESC) {
          stuffed++;
        }
      }
    } else {
      checkStrict(buf, start, end);
    }
    return room(end - start, stuffed);
  }

  /**
   * The room {@code sealRoom} asks for after a payload of {@code payload} bytes with
   * {@code stuffed} bytes to escape, once the frame limit holds for the payload as sent.
   */
  private int room(int payload, int stuffed) {
    checkLength((long) payload + stuffed);
    return stuffed + delim.length;
  }

  /** The frame limit, on the payload as sent ({@code len} bytes, escaped). */
  private void checkLength(long len) {
    if (len > max) {
      throw Fail.encode(type, (escape ? "escaped payload of " : "payload of ") + len
          + " bytes is over maxFrameBytes " + max);
    }
  }

  @Override
  public long sealInPlace(byte[] buf, int start, int end, int room) {
    int stuffed = room - delim.length;
    int len = end - start + stuffed;
    if (stuffed > 0) {
      // Backwards, so that each byte is read before the expansion overwrites it.
      for (int r = end - 1, w = start + len - 1; r >= start; r--) {
        byte b = buf[r];
        if ((b & 0xFF) == d0 || (b & 0xFF) == ESC) {
          buf[w--] = (byte) (b ^ 0x20);
          buf[w--] = (byte) ESC;
        } else {
          buf[w--] = b;
        }
      }
    }
    System.arraycopy(delim, 0, buf, start + len, delim.length);
    return frame(start, len + delim.length);
  }

  @Override
  public int headerGuess(int lastPayload) {
    return 0;
  }

  @Override
  public int sealRoom(ByteBuffer buf, int start, int end) {
    if (buf.hasArray()) {
      int off = buf.arrayOffset();
      return sealRoom(buf.array(), off + start, off + end);
    }
    // A direct target (Netty's pooled ByteBuf): the checks run on a heap copy of the payload,
    // so that they exist once; this path allocates anyway (see docs/benchmarks.md, Netty encoder).
    byte[] copy = new byte[end - start];
    buf.get(start, copy);
    return sealRoom(copy, 0, copy.length);
  }

  @Override
  public int sealAtZero(ByteBuffer buf, int start, int end, int room) {
    int stuffed = room - delim.length;
    int len = end - start + stuffed;
    if (stuffed > 0) {
      // Backwards, so that each byte is read before the expansion overwrites it.
      for (int r = end - 1, w = start + len - 1; r >= start; r--) {
        byte b = buf.get(r);
        if ((b & 0xFF) == d0 || (b & 0xFF) == ESC) {
          buf.put(w--, (byte) (b ^ 0x20));
          buf.put(w--, (byte) ESC);
        } else {
          buf.put(w--, b);
        }
      }
    }
    buf.put(start + len, delim);
    return start + len + delim.length;
  }

  /** Rejects a payload in which the first occurrence of the delimiter in payload+delimiter starts before its end. */
  private void checkStrict(byte[] buf, int start, int end) {
    int n = delim.length;
    if (n == 1) {
      byte d = delim[0];
      for (int i = start; i < end; i++) {
        if (buf[i] == d) {
          throw holds(i - start);
        }
      }
      return;
    }
    int s = 0;
    for (int i = start; i < end; i++) {
      s = next(s, buf[i]);
      if (s == n) {
        throw holds(i - start - n + 1);
      }
    }
    checkTail(s);
  }

  /** Rejects a payload whose last bytes ({@code s} delimiter bytes matched) and the delimiter form an earlier one. */
  private void checkTail(int s) {
    int n = delim.length;
    for (int j = 0; j < n - 1; j++) {
      s = next(s, delim[j]);
      if (s == n) {
        throw Fail.encode(type, "the payload's last " + Fail.bytes(n - 1 - j)
            + " and the delimiter " + quoted() + " form an earlier delimiter; use @Delimited(escape = true)");
      }
    }
  }

  private RuntimeException holds(int at) {
    return Fail.encode(type, "payload holds the delimiter " + quoted() + " at byte " + at
        + "; use @Delimited(escape = true) or another delimiter");
  }

  String quoted() {
    StringBuilder sb = new StringBuilder("\"");
    for (byte b : delim) {
      int c = b & 0xFF;
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
        sb.append((char) c);
      } else {
        sb.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : String.format("\\x%02X", c));
      }
    }
    return sb.append('"').toString();
  }

  @Override
  public <T> T fromFrame(byte[] b, int off, int len, PayloadParser<T> parser) throws WireFormatException {
    return DelimitedFrameParser.whole(this, b, off, len, parser);
  }

  @Override
  <T> FrameParser<T> newParser(PayloadParser<T> parser) {
    return new DelimitedFrameParser<>(this, parser);
  }
}
