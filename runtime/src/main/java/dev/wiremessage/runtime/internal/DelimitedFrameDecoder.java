package dev.wiremessage.runtime.internal;

import dev.wiremessage.runtime.FrameDecoder;
import dev.wiremessage.runtime.WireFormatException;
import java.nio.ByteBuffer;

/**
 * Non-blocking decoder of delimited frames. The delimiter search resumes where the last call
 * stopped (the automaton's state is kept; no byte is scanned twice), and a frame that lies
 * whole in the input is decoded from it without a copy.
 */
final class DelimitedFrameDecoder<T> implements FrameDecoder<T> {
  private final DelimiterFramer framer;
  private final PayloadParser<T> parser;
  private final FrameBuffer body = new FrameBuffer();
  private final FailedState failed = new FailedState();
  private int state; // delimiter bytes matched at the end of body

  DelimitedFrameDecoder(DelimiterFramer framer, PayloadParser<T> parser) {
    this.framer = framer;
    this.parser = parser;
  }

  @Override
  public T decode(ByteBuffer in) throws WireFormatException {
    failed.check();
    try {
      return step(in);
    } catch (WireFormatException | RuntimeException e) {
      failed.set(e);
      throw e;
    }
  }

  private T step(ByteBuffer in) throws WireFormatException {
    int start = in.position();
    int lim = in.limit();
    int n = framer.delim.length;
    int held = body.size();
    long allowed = (long) framer.max - held + state; // bytes of payload' still allowed, plus a pending partial match
    int end = -1; // index after the delimiter
    int s = state;
    if (in.hasArray()) {
      byte[] a = in.array();
      int base = in.arrayOffset();
      if (n == 1) {
        byte d = framer.delim[0];
        int stop = (int) Math.min(lim, start + allowed + 1);
        for (int i = start; i < stop; i++) {
          if (a[base + i] == d) {
            end = i + 1;
            break;
          }
        }
      } else {
        for (int i = start; i < lim; i++) {
          s = framer.next(s, a[base + i]);
          if (s == n) {
            end = i + 1;
            break;
          }
          if (held + (i + 1 - start) - s > framer.max) {
            throw tooLong(held + (i - start));
          }
        }
      }
    } else {
      for (int i = start; i < lim; i++) {
        s = framer.next(s, in.get(i));
        if (s == n) {
          end = i + 1;
          break;
        }
        if (held + (i + 1 - start) - s > framer.max) {
          throw tooLong(held + (i - start));
        }
      }
    }
    if (end < 0) {
      if (n == 1 && lim - start > allowed) {
        throw tooLong(held + allowed); // the first byte past the limit, none of them a delimiter
      }
      body.append(in, lim - start);
      state = s;
      return null;
    }
    state = 0;
    int payloadLen = held + (end - start) - n;
    if (payloadLen > framer.max) {
      throw tooLong(payloadLen);
    }
    if (held == 0 && in.hasArray()) {
      in.position(end);
      return framer.parse(in.array(), in.arrayOffset() + start, payloadLen, false, parser);
    }
    body.append(in, end - start);
    byte[] b = body.array();
    body.reset();
    return framer.parse(b, 0, payloadLen, true, parser);
  }

  /** {@code at}: the frame offset of the byte that passed the limit, as fromFrame and read report it. */
  private WireFormatException tooLong(long at) {
    return framer.tooLong("no delimiter in the first " + framer.max + " bytes (maxFrameBytes)", at);
  }

  @Override
  public boolean isIdle() {
    return body.size() == 0 && !failed.failed();
  }

  @Override
  public void finish() throws WireFormatException {
    failed.check();
    if (body.size() > 0) {
      throw framer.truncated("stream ends inside a frame, " + Fail.bytes(body.size()) + " without a delimiter",
          body.size());
    }
  }
}
