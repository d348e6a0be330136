package dev.wiremessage.runtime.internal;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.FrameDecoder;
import dev.wiremessage.runtime.WireFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Length-prefixed frames: a fixed-width or VARINT header, then the payload. */
final class LengthFramer extends Framer {
  private final Length length;
  private final Endian order;
  /** Fixed header width, -1 for VARINT. */
  final int width;
  /** Big-endian fixed-width header. */
  final boolean big;
  /**
   * The default header (U32, big-endian): read and written with one {@code VarHandle} access
   * and no switch on the width, which keeps the hot paths small enough for the JIT to inline.
   */
  private final boolean u32be;
  /** The largest payload a frame may carry: the frame limit, or what the header can count if less. */
  private final long cap;

  LengthFramer(Length length, Endian order, int max, String type) {
    super(type, max);
    this.length = length;
    this.order = order;
    this.width = length == Length.VARINT ? -1 : length.bytes();
    this.big = order == Endian.BIG;
    this.cap = Math.min(max, length.maxValue());
    this.u32be = length == Length.U32 && order == Endian.BIG;
  }

  LengthHeader newHeader() {
    return new LengthHeader(length, order, max, type);
  }

  @Override
  public int headerReserve() {
    return width < 0 ? Bits.varintSize(max) : width;
  }

  @Override
  public int trailerReserve() {
    return 0;
  }

  /** The encode checks of a payload of {@code n} bytes: the frame limit, the header's range. */
  private void check(int n) {
    if (n > cap) {
      refuse(n);
    }
  }

  private void refuse(int n) {
    if (n > max) {
      throw Fail.encode(type, "payload of " + n + " bytes is over maxFrameBytes " + max);
    }
    if (n > length.maxValue()) {
      throw Fail.encode(type, "payload of " + n + " bytes does not fit a " + length
          + " frame header (at most " + length.maxValue() + ")");
    }
  }

  /** Writes the header in front of the payload; returns where the frame starts. */
  private int seal(byte[] buf, int start, int end) {
    int n = end - start;
    check(n);
    if (u32be) {
      Bits.putIntBE(buf, start - 4, n);
      return start - 4;
    }
    if (width < 0) {
      int off = start - Bits.varintSize(n);
      Bits.putVarint(buf, off, n);
      return off;
    }
    Bits.put(buf, start - width, n, width, order == Endian.BIG);
    return start - width;
  }

  @Override
  public int sealRoom(byte[] buf, int start, int end) {
    return 0; // seal checks before it writes the header
  }

  @Override
  public long sealInPlace(byte[] buf, int start, int end, int room) {
    int off = seal(buf, start, end);
    return frame(off, end - off);
  }

  @Override
  public int headerGuess(int lastPayload) {
    return width < 0 ? Bits.varintSize(lastPayload) : width;
  }

  @Override
  public int sealRoom(ByteBuffer buf, int start, int end) {
    int n = end - start;
    check(n);
    return width < 0 ? Math.max(0, Bits.varintSize(n) - start) : 0;
  }

  @Override
  public int sealAtZero(ByteBuffer buf, int start, int end, int room) {
    int n = end - start;
    if (width > 0) {
      Bits.put(buf, 0, n, width, big);
      return width + n;
    }
    int h = Bits.varintSize(n);
    if (h != start) { // the guess was another size: the payload moves to just after the header
      buf.put(h, buf, start, n); // overlapping: as if through an intermediate copy (ByteBuffer's contract)
    }
    Bits.putVarint(buf, 0, n);
    return h + n;
  }

  @Override
  public byte[] toFrame(byte[] buf, int start, int end) {
    int off = seal(buf, start, end);
    return off == 0 && end == buf.length ? buf : Arrays.copyOfRange(buf, off, end);
  }

  @Override
  public void write(OutputStream out, byte[] buf, int start, int end) throws IOException {
    int off = seal(buf, start, end);
    out.write(buf, off, end - off);
  }

  @Override
  public <T> T fromFrame(byte[] b, int off, int len, PayloadParser<T> parser) throws WireFormatException {
    if (width > 0) {
      return fromFixedFrame(b, off, len, parser);
    }
    LengthHeader header = newHeader();
    int i = 0;
    do {
      if (i == len) {
        throw truncated("frame ends inside its header", i);
      }
    } while (!header.add(b[off + i++] & 0xFF));
    int n = header.payloadLength();
    int left = len - i;
    if (left < n) {
      throw truncated("frame ends after " + left + " of " + n + " payload bytes", len);
    }
    if (left > n) {
      throw Fail.malformed(type, Fail.bytes(left - n) + " after the end of the frame", i + n);
    }
    return parser.parse(b, off + i, n);
  }

  /** The payload length in the fixed-width header at {@code b[off]}, checked against the frame limit. */
  int fixedHeader(byte[] b, int off) throws WireFormatException {
    long h = u32be ? Bits.getIntBE(b, off) & 0xFFFF_FFFFL : Bits.getUnsigned(b, off, width, big);
    return LengthHeader.checked(h, false, max, type);
  }

  /** {@link #fromFrame} with a fixed-width header: read in one go, no header object. */
  private <T> T fromFixedFrame(byte[] b, int off, int len, PayloadParser<T> parser) throws WireFormatException {
    int w = width;
    if (len < w) {
      throw truncated("frame ends inside its header", len);
    }
    int n = fixedHeader(b, off);
    if (len - w != n) {
      throw payloadMismatch(len, w, n);
    }
    return parser.parse(b, off + w, n);
  }

  private WireFormatException payloadMismatch(int frameLength, int i, int n) {
    int left = frameLength - i;
    if (left < n) {
      return truncated("frame ends after " + left + " of " + n + " payload bytes", frameLength);
    }
    return Fail.malformed(type, Fail.bytes(left - n) + " after the end of the frame", i + n);
  }

  @Override
  public <T> T read(InputStream in, PayloadParser<T> parser) throws IOException {
    int b = in.read();
    if (b < 0) {
      return null;
    }
    LengthHeader header = newHeader();
    int got = 1;
    if (width > 1) {
      byte[] h = new byte[width];
      h[0] = (byte) b;
      fill(in, h, 1, width - 1, 0, "header");
      for (int i = 0; i < width - 1; i++) {
        header.add(h[i] & 0xFF);
      }
      b = h[width - 1] & 0xFF;
      got = width;
    }
    while (!header.add(b)) {
      b = in.read();
      if (b < 0) {
        throw truncated("stream ends inside the frame header", got);
      }
      got++;
    }
    int n = header.payloadLength();
    return parser.parse(readPayload(in, n, got), 0, n);
  }

  /** The payload's bytes, held in 64 KiB segments until all have arrived, then joined. */
  private byte[] readPayload(InputStream in, int n, int headerBytes) throws IOException {
    if (n <= FrameBuffer.SEGMENT) {
      byte[] b = new byte[n];
      fill(in, b, 0, n, headerBytes, "payload");
      return b;
    }
    List<byte[]> segments = new ArrayList<>();
    int got = 0;
    while (got < n) {
      byte[] seg = new byte[Math.min(FrameBuffer.SEGMENT, n - got)];
      segments.add(seg);
      fill(in, seg, 0, seg.length, headerBytes + got, "payload");
      got += seg.length;
    }
    byte[] all = new byte[n];
    int p = 0;
    for (byte[] seg : segments) {
      System.arraycopy(seg, 0, all, p, seg.length);
      p += seg.length;
    }
    return all;
  }

  /** Reads exactly {@code len} bytes; an end of stream first is truncated. */
  private void fill(InputStream in, byte[] b, int off, int len, long frameOffset, String part) throws IOException {
    int done = 0;
    while (done < len) {
      int k = in.read(b, off + done, len - done);
      if (k < 0) {
        throw truncated("stream ends inside the frame " + part, frameOffset + off + done);
      }
      done += k;
    }
  }

  @Override
  public <T> FrameDecoder<T> newDecoder(PayloadParser<T> parser) {
    return new LengthFrameDecoder<>(this, parser);
  }
}
