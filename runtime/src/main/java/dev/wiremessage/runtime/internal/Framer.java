package dev.wiremessage.runtime.internal;

import dev.wiremessage.runtime.DelimitedFraming;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.FrameDecoder;
import dev.wiremessage.runtime.Framing;
import dev.wiremessage.runtime.LengthPrefixedFraming;
import dev.wiremessage.runtime.WireFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The framing logic of one codec: puts a header or delimiter around an encoded payload, and
 * finds payloads in frames, streams and chunks. One instance per codec; thread-safe.
 */
public abstract class Framer {
  /** The simple name of the codec's message type, for errors. */
  final String type;
  final int max;

  Framer(String type, int max) {
    this.type = type;
    this.max = max;
  }

  public static Framer of(Framing framing, String type) {
    if (framing instanceof LengthPrefixedFraming f) {
      return new LengthFramer(f.length(), f.order(), f.maxFrameBytes(), type);
    }
    DelimitedFraming f = (DelimitedFraming) framing;
    return new DelimiterFramer(f.delimiter(), f.escape(), f.maxFrameBytes(), type);
  }

  /** Bytes the writer leaves free before the payload for the header. */
  public abstract int headerReserve();

  /** Bytes the writer should have free after the payload for the delimiter. */
  public abstract int trailerReserve();

  /**
   * Runs every encode check of the framing on the payload {@code buf[start, end)} (the frame
   * limit, the header's range, a delimiter inside) and returns how many bytes the seal needs
   * free after {@code end} (the delimiter, plus one per escaped byte; a VARINT header longer
   * than guessed). Nothing is modified, and a seal after it cannot fail. Both overloads keep
   * this contract.
   */
  public abstract int sealRoom(byte[] buf, int start, int end);

  /**
   * Turns the checked payload {@code buf[start, end)} into its frame inside {@code buf}, which
   * has {@code room} (from {@link #sealRoom}) bytes free after {@code end}. Returns the
   * frame's position as {@code offset << 32 | length}; see {@link #offset} and {@link #length}.
   */
  public abstract long sealInPlace(byte[] buf, int start, int end, int room);

  static long frame(int offset, int length) {
    return (long) offset << 32 | length;
  }

  /** The offset of a frame {@link #sealInPlace} returned. */
  public static int offset(long frame) {
    return (int) (frame >>> 32);
  }

  /** The length of a frame {@link #sealInPlace} returned. */
  public static int length(long frame) {
    return (int) frame;
  }

  // ---- frames in a caller's ByteBuffer (FrameTarget), where the frame must start at index 0 ----

  /**
   * Bytes the buffer writer leaves before a payload: the header's width, none for a
   * delimiter; for VARINT, the header size of the previous payload, {@code lastPayload} bytes
   * (a guess that {@link #sealAtZero} corrects by moving the payload).
   */
  public abstract int headerGuess(int lastPayload);

  /**
   * {@link #sealRoom(byte[], int, int)} for the payload {@code buf[start, end)} ({@code start ==
   * headerGuess(..)}): runs the encode checks, and returns the bytes {@link #sealAtZero} needs
   * free after {@code end}. Nothing is modified.
   */
  public abstract int sealRoom(ByteBuffer buf, int start, int end);

  /**
   * Turns the checked payload {@code buf[start, end)} into its frame at {@code buf[0, length)},
   * with {@code room} (from {@link #sealRoom(ByteBuffer, int, int)}) bytes free after {@code end};
   * returns the frame's length.
   */
  public abstract int sealAtZero(ByteBuffer buf, int start, int end, int room);

  /**
   * The frame of the payload {@code buf[start, end)} ({@code start == headerReserve()}),
   * sealed in {@code buf} (or in a copy, when the room after {@code end} is too small for the
   * delimiter and the escapes); may return {@code buf} itself.
   */
  public final byte[] toFrame(byte[] buf, int start, int end) {
    int room = sealRoom(buf, start, end);
    byte[] b = buf.length - end >= room ? buf : Arrays.copyOf(buf, end + room);
    long frame = sealInPlace(b, start, end, room);
    int off = offset(frame);
    int len = length(frame);
    return off == 0 && len == b.length ? b : Arrays.copyOfRange(b, off, off + len);
  }

  /** Writes the frame of {@code buf[start, end)}, as {@link #toFrame} makes it, in one {@code out.write} call. */
  public final void write(OutputStream out, byte[] buf, int start, int end) throws IOException {
    int room = sealRoom(buf, start, end);
    byte[] b = buf.length - end >= room ? buf : Arrays.copyOf(buf, end + room);
    long frame = sealInPlace(b, start, end, room);
    out.write(b, offset(frame), length(frame));
  }

  /**
   * Decodes exactly one frame, {@code b[off, off+len)} (not modified); offsets in errors count
   * from {@code off}.
   */
  public abstract <T> T fromFrame(byte[] b, int off, int len, PayloadParser<T> parser) throws WireFormatException;

  /** Blocks for one frame; null at a clean end of stream. Reads no byte past the frame. */
  public final <T> T read(InputStream in, PayloadParser<T> parser) throws IOException {
    return newParser(parser).read(in);
  }

  public final <T> FrameDecoder<T> newDecoder(PayloadParser<T> parser) {
    return newParser(parser);
  }

  /** The parser of this framing: the only code that finds its frames. */
  abstract <T> FrameParser<T> newParser(PayloadParser<T> parser);

  final WireFormatException truncated(String detail, long offset) {
    return Fail.decode(ErrorCategory.TRUNCATED, type, detail, offset);
  }

  final WireFormatException tooLong(String detail, long offset) {
    return Fail.decode(ErrorCategory.FRAME_TOO_LONG, type, detail, offset);
  }
}
