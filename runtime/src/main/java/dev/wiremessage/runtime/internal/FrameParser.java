package dev.wiremessage.runtime.internal;

import dev.wiremessage.runtime.FrameDecoder;
import dev.wiremessage.runtime.WireFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * The base of the frame parsers, one per framing and the only code that finds frames (as
 * Netty's {@code ByteToMessageDecoder} is for its decoders): it owns the bytes held of an
 * unfinished frame, the failure that poisons a parser, direct buffers, and the blocking
 * {@link #read}. A subclass parses heap buffers and names what an end of stream cuts off.
 * {@code fromFrame} is each subclass's static {@code whole}, on the same scans.
 */
abstract class FrameParser<T> implements FrameDecoder<T> {
  /** The piece of a direct buffer copied to the heap at a time. */
  private static final int PIECE = 8 * 1024;

  final PayloadParser<T> payloads;
  private FrameBuffer held; // made on first use: a whole frame in one buffer needs none
  private Exception failure;
  private byte[] piece;
  private ByteBuffer pieceView;

  FrameParser(PayloadParser<T> payloads) {
    this.payloads = payloads;
  }

  /** Consumes from the heap buffer {@code in} up to the end of the next frame and returns its message; null when {@code in} ran out first (all consumed). */
  abstract T step(ByteBuffer in) throws WireFormatException;

  /** True between frames. */
  abstract boolean between();

  /** The truncated error of a stream that ends now, inside a frame. */
  abstract WireFormatException endOfStream();

  /** How many bytes the parser can take without passing the end of the frame: what {@link #read} asks a stream for. */
  abstract int wanted();

  /** Bytes of the unfinished frame held, 0 when none. */
  final int heldSize() {
    return held == null ? 0 : held.size();
  }

  final FrameBuffer held() {
    if (held == null) {
      held = new FrameBuffer();
    }
    return held;
  }

  @Override
  public final T decode(ByteBuffer in) throws WireFormatException {
    if (failure != null) {
      throw failed();
    }
    try {
      return in.hasArray() ? step(in) : stepDirect(in);
    } catch (WireFormatException | RuntimeException e) {
      failure = e;
      throw e;
    }
  }

  /** A direct (or read-only) buffer, parsed through a heap copy a piece at a time. */
  private T stepDirect(ByteBuffer in) throws WireFormatException {
    if (piece == null) {
      piece = new byte[PIECE];
      pieceView = ByteBuffer.wrap(piece);
    }
    while (in.hasRemaining()) {
      int p = in.position();
      int k = Math.min(in.remaining(), PIECE);
      in.get(p, piece, 0, k);
      ByteBuffer view = pieceView.limit(k).position(0);
      T m = step(view);
      in.position(p + view.position());
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  private IllegalStateException failed() {
    return new IllegalStateException(
        "this decoder failed earlier (" + failure.getMessage() + "); its stream is out of step: close it", failure);
  }

  @Override
  public final boolean isIdle() {
    return failure == null && between();
  }

  @Override
  public final void finish() throws WireFormatException {
    if (failure != null) {
      throw failed();
    }
    if (!between()) {
      WireFormatException e = endOfStream();
      failure = e;
      throw e;
    }
  }

  /**
   * Blocks for one frame of {@code in}; null at a clean end of stream. Asks the stream for no
   * more than {@link #wanted} bytes at a time, so it never reads a byte past the frame. A
   * payload of up to 64 KiB is read into one array of its size and parsed there.
   */
  final T read(InputStream in) throws IOException {
    byte[] chunk = new byte[0];
    ByteBuffer view = ByteBuffer.wrap(chunk);
    while (true) {
      int want = Math.min(wanted(), FrameBuffer.SEGMENT);
      if (chunk.length < want) {
        chunk = new byte[want];
        view = ByteBuffer.wrap(chunk);
      }
      int got = 0;
      while (got < want) {
        int k = in.read(chunk, got, want - got);
        if (k < 0) {
          break;
        }
        got += k;
      }
      if (got > 0) {
        T m = decode(view.limit(got).position(0));
        if (m != null) {
          return m;
        }
      }
      if (got < want) {
        if (between()) {
          return null;
        }
        finish();
      }
    }
  }
}
