package dev.wiremessage.runtime.internal;

import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireFormatException;
import java.nio.ByteBuffer;

/**
 * Finds length-prefixed frames. {@link #header} reads a header from an array, for a whole
 * frame ({@link #whole}), a frame that lies whole in a chunk, and a header gathered across
 * chunks alike; the payload is parsed where it lies when it is all there, else gathered.
 */
final class LengthFrameParser<T> extends FrameParser<T> {
  private final LengthFramer f;
  /** The bytes of a header split across chunks. */
  private final byte[] header;
  private int headerHeld;
  private boolean inPayload;
  private int need;
  /** Header bytes of the frame being gathered: with the payload bytes held, the frame offset reached. */
  private int headerBytes;

  LengthFrameParser(LengthFramer f, PayloadParser<T> payloads) {
    super(payloads);
    this.f = f;
    this.header = new byte[f.width < 0 ? 10 : f.width];
  }

  /**
   * The header at {@code b[off, off+len)}: its size in the upper 32 bits, the payload length
   * (checked against the frame limit) in the lower; -1 when the header is not complete there.
   */
  static long header(LengthFramer f, byte[] b, int off, int len) throws WireFormatException {
    int w = f.width;
    if (w > 0) {
      return len < w ? -1 : (long) w << 32 | f.fixedHeader(b, off);
    }
    long v = 0;
    boolean huge = false;
    for (int i = 0; i < len; i++) {
      int x = b[off + i] & 0xFF;
      if (i == 9 && (x & 0x7E) != 0) {
        huge = true; // beyond 64 bits, far beyond any limit
      }
      v |= (long) (x & 0x7F) << (7 * i);
      if (x < 0x80) {
        return (long) (i + 1) << 32 | checked(f, v, huge);
      }
      if (i == 9) {
        throw Fail.malformed(f.type, "VARINT frame header longer than 10 bytes", 0);
      }
    }
    return -1;
  }

  /** {@code v}, an announced payload length, when it is within the frame limit; {@code huge}: it overflowed 64 bits. */
  static int checked(LengthFramer f, long v, boolean huge) throws WireFormatException {
    if (huge || v < 0 || v > f.max) {
      String announced = huge || v < 0 ? "2^63 or more" : Long.toString(v);
      throw Fail.decode(ErrorCategory.FRAME_TOO_LONG, f.type,
          "header announces " + announced + " bytes, over maxFrameBytes " + f.max, 0);
    }
    return (int) v;
  }

  /** Exactly one frame, {@code b[off, off+len)}: {@code fromFrame}. */
  static <T> T whole(LengthFramer f, byte[] b, int off, int len, PayloadParser<T> payloads) throws WireFormatException {
    long h = header(f, b, off, len);
    if (h < 0) {
      throw f.truncated("frame ends inside its header", len);
    }
    int i = (int) (h >>> 32);
    int n = (int) h;
    int left = len - i;
    if (left < n) {
      throw f.truncated("frame ends after " + left + " of " + n + " payload bytes", len);
    }
    if (left > n) {
      throw Fail.malformed(f.type, Fail.bytes(left - n) + " after the end of the frame", i + n);
    }
    return payloads.parse(b, off + i, n);
  }

  @Override
  T step(ByteBuffer in) throws WireFormatException {
    byte[] a = in.array();
    int base = in.arrayOffset();
    if (!inPayload) {
      int p = in.position();
      if (headerHeld == 0) {
        int r = in.remaining();
        long h = header(f, a, base + p, r);
        if (h >= 0) {
          int hs = (int) (h >>> 32);
          int n = (int) h;
          if (r - hs >= n) { // the whole frame is here: parsed where it lies
            in.position(p + hs + n);
            return payloads.parse(a, base + p + hs, n);
          }
          in.position(p + hs);
          startPayload(hs, n);
        }
      }
      if (!inPayload) { // a header split across chunks: gathered until complete
        int k = Math.min(in.remaining(), header.length - headerHeld);
        in.get(header, headerHeld, k);
        headerHeld += k;
        long h = header(f, header, 0, headerHeld);
        if (h < 0) {
          return null;
        }
        int hs = (int) (h >>> 32);
        in.position(in.position() - (headerHeld - hs)); // bytes after the header go back
        headerHeld = 0;
        startPayload(hs, (int) h);
      }
    }
    int have = heldSize();
    if (have == 0 && in.remaining() >= need) {
      inPayload = false;
      int p = in.position();
      in.position(p + need);
      return payloads.parse(a, base + p, need);
    }
    FrameBuffer body = held();
    body.append(in, Math.min(need - have, in.remaining()));
    if (body.size() < need) {
      return null;
    }
    inPayload = false;
    byte[] b = body.array();
    body.reset();
    return payloads.parse(b, 0, need);
  }

  private void startPayload(int headerSize, int n) {
    headerBytes = headerSize;
    need = n;
    inPayload = true;
  }

  @Override
  boolean between() {
    return !inPayload && headerHeld == 0;
  }

  @Override
  int wanted() {
    if (inPayload) {
      return need - heldSize();
    }
    return f.width < 0 ? 1 : f.width - headerHeld;
  }

  @Override
  WireFormatException endOfStream() {
    if (inPayload) {
      int have = heldSize();
      return f.truncated("stream ends after " + have + " of " + need + " payload bytes", headerBytes + have);
    }
    return f.truncated("stream ends inside a frame header", headerHeld);
  }
}
