package dev.wiremessage.runtime.internal;

import dev.wiremessage.runtime.FrameDecoder;
import dev.wiremessage.runtime.WireFormatException;
import java.nio.ByteBuffer;

/**
 * Non-blocking decoder of length-prefixed frames: the header is parsed incrementally, the
 * payload decoded straight from the input when it is all there, else gathered as it arrives.
 */
final class LengthFrameDecoder<T> implements FrameDecoder<T> {
  private final LengthFramer framer;
  private final PayloadParser<T> parser;
  private final LengthHeader header;
  private final FrameBuffer body = new FrameBuffer();
  private final FailedState failed = new FailedState();
  private final int width; // fixed header width, -1 for VARINT
  private boolean inPayload;
  private int need;
  /** Header bytes of the frame being gathered: with the payload bytes held, the frame offset reached. */
  private int headerBytes;

  LengthFrameDecoder(LengthFramer framer, PayloadParser<T> parser) {
    this.framer = framer;
    this.parser = parser;
    this.header = framer.newHeader();
    this.width = framer.width;
  }

  @Override
  public T decode(ByteBuffer in) throws WireFormatException {
    failed.check();
    try {
      if (width > 0 && !inPayload && header.count() == 0 && in.hasArray()) {
        int p = in.position();
        int r = in.limit() - p;
        if (r >= width) {
          return whole(in, in.array(), in.arrayOffset() + p, p, r);
        }
      }
      return step(in);
    } catch (WireFormatException | RuntimeException e) {
      failed.set(e);
      throw e;
    }
  }

  /**
   * The fast path, between frames with a whole fixed-width header in a heap buffer: the
   * length read in one go and, when the payload is there too, decoded straight from the array.
   */
  private T whole(ByteBuffer in, byte[] a, int off, int p, int r) throws WireFormatException {
    int n = framer.fixedHeader(a, off);
    if (r - width < n) {
      return step(in); // a partial payload: gathered by the slow path
    }
    in.position(p + width + n);
    return parser.parse(a, off + width, n);
  }

  private T step(ByteBuffer in) throws WireFormatException {
    if (!inPayload) {
      do {
        if (!in.hasRemaining()) {
          return null;
        }
      } while (!header.add(in.get() & 0xFF));
      headerBytes = header.count();
      need = header.payloadLength();
      inPayload = true;
    }
    int have = body.size();
    if (have == 0 && in.remaining() >= need) {
      inPayload = false;
      int p = in.position();
      in.position(p + need);
      if (in.hasArray()) {
        return parser.parse(in.array(), in.arrayOffset() + p, need);
      }
      byte[] copy = new byte[need];
      in.get(p, copy);
      return parser.parse(copy, 0, need);
    }
    body.append(in, Math.min(need - have, in.remaining()));
    if (body.size() < need) {
      return null;
    }
    inPayload = false;
    byte[] b = body.array();
    body.reset();
    return parser.parse(b, 0, need);
  }

  @Override
  public boolean isIdle() {
    return !inPayload && header.count() == 0 && !failed.failed();
  }

  @Override
  public void finish() throws WireFormatException {
    failed.check();
    if (inPayload) {
      // the frame offset where the stream ended, as fromFrame and read report it
      throw framer.truncated("stream ends after " + body.size() + " of " + need + " payload bytes",
          headerBytes + body.size());
    }
    if (header.count() > 0) {
      throw framer.truncated("stream ends inside a frame header", header.count());
    }
  }
}
