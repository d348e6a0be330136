package dev.wiremessage.fuzz;

import com.sun.management.ThreadMXBean;
import dev.wiremessage.runtime.FrameDecoder;
import dev.wiremessage.runtime.FrameReader;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * What any input may do to a decoder, and what a user relies on when it decodes. Checked for
 * every input, on every read path the targets drive:
 *
 * <ul>
 *   <li>the only exception is the library's own {@link WireFormatException} (anything else,
 *       a {@link StackOverflowError} or {@link OutOfMemoryError} included, fails);
 *   <li>a frame or payload never decodes to {@code null}: not from {@code decode},
 *       {@code fromFrame} (also at an offset), nor a {@code null} from {@code read} or
 *       {@code FrameReader.read} while bytes are left, nor a {@code null} handed out by
 *       {@code FrameDecoder.decodeAll} (which must also consume all its input);
 *   <li>every path gives the same message (deep equality, {@link DeepEquals}) or the same
 *       error category;
 *   <li>an accepted message re-encodes, the re-encoding decodes to an equal message, and
 *       re-encoding that is a fixed point (the same bytes); not the input itself, which an
 *       evolving record's older or newer frame need not be;
 *   <li>an evolving record's earlier versions ({@link #OLDER}) read what the current version
 *       reads, and the current version reads what they write, with the later components absent;
 *   <li>a JSON text the decoder accepted says what the message's encoding says
 *       ({@link StrictJson}): no coercion, no duplicate keys, no missing value;
 *   <li>the first decode of an input takes under {@link #MAX_NANOS} and makes the thread
 *       allocate at most {@link #allocationBound}.
 * </ul>
 */
final class Oracle {
  private Oracle() {}

  /** Generous for one input of at most a few KiB; a hang or a quadratic blow-up exceeds it. */
  static final long MAX_NANOS = 2_000_000_000L;

  /**
   * Bytes the first decode of an input may allocate per input byte, on top of the fixed costs
   * per message below. Measured (docs/reliability.md, "Fuzzing"): at most 45 per byte in the
   * seeded run (20,000 inputs a target; {@code Lists}, whose elements are objects of a few
   * bytes each); 128.
   */
  static final long BYTES_PER_INPUT_BYTE = 128;

  /**
   * Bytes a decode may allocate per message (and once more for the read that ends the stream),
   * whatever its size: readers' buffers, an exception and its stack trace. Measured: at most
   * 12 KiB for the binary codecs; 32 KiB.
   */
  static final long BYTES_PER_MESSAGE = 32 * 1024;

  /**
   * Bytes per JSON value (a {@code Format.JSON} body or a {@code @JsonBlob}) in a message: the
   * default mapper (Jackson 3.3) allocates about 97 KiB per value it parses, however small;
   * 128 KiB.
   */
  static final long BYTES_PER_JSON_VALUE = 128 * 1024;

  /**
   * What one payload's elements that take no bytes (empty records) may cost: the runtime allows
   * {@code PayloadReader.MAX_ZERO_WIDTH_COUNT} (65,536) of them per payload, all counts together,
   * each an object of 16 bytes and a 4-byte reference in its list's array, plus the arrays a
   * growing list leaves behind (measured: at most 34 bytes each, 64,000 in two lists); 40 bytes
   * each.
   */
  static final long ZERO_WIDTH_BYTES = 65_536L * 40;

  /** Codecs whose messages can hold elements that take no bytes (lists of empty records). */
  static final Set<WireCodec<?>> ZERO_WIDTH = new java.util.HashSet<>();

  /** The most JSON values one message of a codec can hold (codecs not in the map: none). */
  static final java.util.Map<WireCodec<?>, Integer> JSON_VALUES = new java.util.HashMap<>();

  /** JSON texts in payloads: codec to the offset of the text, for {@link StrictJson}. */
  interface JsonAt {
    /** The index of the JSON text in {@code payload}, or -1 if it has none. */
    int of(byte[] payload);
  }

  static final java.util.Map<WireCodec<?>, JsonAt> JSON_TEXT = new java.util.HashMap<>();

  /**
   * Evolving records: codec to the codecs of its earlier versions (every one extensible where it
   * differs). A payload the current reader accepts must be accepted by each of them with the same
   * values of their components ({@link Versions}); and what an older writer writes, the current
   * reader reads with those values and every later component absent.
   */
  static final java.util.Map<WireCodec<?>, List<WireCodec<?>>> OLDER = new java.util.HashMap<>();

  /**
   * The allocation bound of the first decode of {@code inputBytes} bytes by {@code codec} that
   * gave {@code messages} messages: {@link #BYTES_PER_INPUT_BYTE} per input byte, plus the fixed
   * costs of each message and of the read that ended (an error or the end of the stream).
   */
  static long allocationBound(WireCodec<?> codec, int inputBytes, int messages) {
    long perMessage = BYTES_PER_MESSAGE + BYTES_PER_JSON_VALUE * JSON_VALUES.getOrDefault(codec, 0)
        + (ZERO_WIDTH.contains(codec) ? ZERO_WIDTH_BYTES : 0);
    return BYTES_PER_INPUT_BYTE * inputBytes + (messages + 1L) * perMessage;
  }

  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** False while {@link Targets} warms up: one-time class loading and JIT work is not the input's. */
  static boolean measuring;

  /**
   * When set ({@code -Dwiremessage.fuzz.measure=true}), every measured decode ("codec input-bytes
   * allocated-bytes") is written to {@code target/fuzz-allocation-<pid>.txt} at exit: how the
   * bounds above were chosen.
   */
  static final boolean REPORT = Boolean.getBoolean("wiremessage.fuzz.measure");
  static final java.util.Queue<String> SAMPLES = new java.util.concurrent.ConcurrentLinkedQueue<>();

  static {
    if (REPORT) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          java.nio.file.Files.write(java.nio.file.Path.of("target", "fuzz-allocation-" + ProcessHandle.current().pid() + ".txt"),
              SAMPLES);
        } catch (IOException e) {
          System.err.println("fuzz allocation samples not written: " + e);
        }
      }));
    }
  }

  /** A decode's result: the message, or the category of its error. */
  record Result(Object message, String error) {
    static Result of(ThrowingSupplier<?> decode) throws Exception {
      try {
        return new Result(decode.get(), null);
      } catch (WireFormatException e) {
        return new Result(null, e.category().id());
      }
    }
  }

  interface ThrowingSupplier<R> {
    R get() throws Exception;
  }

  /** Runs the first decode of an input under the time and allocation bounds. */
  static <R> R bounded(WireCodec<?> codec, int inputBytes, ThrowingSupplier<R> body, java.util.function.ToIntFunction<R> messages)
      throws Exception {
    if (!measuring) {
      return body.get();
    }
    long thread = Thread.currentThread().getId();
    long allocated = THREADS.getThreadAllocatedBytes(thread);
    long start = System.nanoTime();
    R r = body.get();
    long nanos = System.nanoTime() - start;
    long bytes = THREADS.getThreadAllocatedBytes(thread) - allocated;
    long bound = allocationBound(codec, inputBytes, messages.applyAsInt(r));
    if (bytes > bound || nanos > MAX_NANOS) {
      // once more: the first run of a path may load classes (an exception's, Jackson's), which
      // is not the input's cost; the same input run again is
      allocated = THREADS.getThreadAllocatedBytes(thread);
      start = System.nanoTime();
      body.get();
      nanos = System.nanoTime() - start;
      bytes = THREADS.getThreadAllocatedBytes(thread) - allocated;
    }
    if (nanos > MAX_NANOS) {
      throw new AssertionError("input of " + inputBytes + " bytes took " + nanos / 1_000_000 + " ms");
    }
    if (bytes > bound) {
      throw new AssertionError("input of " + inputBytes + " bytes made " + codec.type().getSimpleName() + " allocate "
          + bytes + " bytes (bound " + bound + " for " + messages.applyAsInt(r) + " messages)");
    }
    if (REPORT) {
      SAMPLES.add(codec.type().getSimpleName() + " " + inputBytes + " " + bytes + " " + messages.applyAsInt(r));
    }
    return r;
  }

  /** decode(payload) through the array and both kinds of buffer; what decodes round-trips. */
  static <T> void payload(WireCodec<T> codec, byte[] payload) throws Exception {
    Result first = bounded(codec, payload.length, () -> Result.of(() -> codec.decode(payload)), r -> 0);
    if (first.error == null && first.message == null) {
      throw new AssertionError("decode(byte[]) returned null");
    }
    ByteBuffer heap = ByteBuffer.allocate(payload.length + 8).position(5);
    heap.put(payload).flip().position(5);
    same(codec, first, Result.of(() -> codec.decode(heap)), "decode(heap buffer at 5)");
    ByteBuffer direct = ByteBuffer.allocateDirect(payload.length).put(payload).flip();
    same(codec, first, Result.of(() -> codec.decode(direct)), "decode(direct buffer)");
    if (first.error != null) {
      return;
    }
    @SuppressWarnings("unchecked")
    T value = (T) first.message;
    // Not the input against its re-encoding: an evolving record's older frame re-encodes longer
    // (the current version, absent values written), and a newer frame's skipped bytes are not
    // re-encoded. decode(encode(m)) equal to m and a fixed point hold for every record.
    byte[] again = codec.encode(value);
    roundTrip(codec, value, again, codec.decode(again), codec.encode(codec.decode(again)));
    for (WireCodec<?> older : OLDER.getOrDefault(codec, List.of())) {
      olderReader(codec, value, payload, older);
    }
    JsonAt json = JSON_TEXT.get(codec);
    int at = json == null ? -1 : json.of(payload);
    if (at >= 0) {
      int atAgain = json.of(again);
      if (atAgain < 0) {
        throw new AssertionError(codec.type().getSimpleName() + ": the JSON text " + StrictJson.slice(payload, at)
            + " was accepted as a present value, and the message " + value + " encodes it as absent");
      }
      String d = StrictJson.difference(Arrays.copyOfRange(payload, at, payload.length),
          Arrays.copyOfRange(again, atAgain, again.length));
      if (d != null) {
        throw new AssertionError(codec.type().getSimpleName() + ": " + d + " (decoded " + value + ")");
      }
    }
  }

  /** An older version's reader reads {@code payload} as {@code value} says; the current one reads what it writes. */
  @SuppressWarnings("unchecked")
  private static void olderReader(WireCodec<?> codec, Object value, byte[] payload, WireCodec<?> olderCodec) throws Exception {
    String name = olderCodec.type().getSimpleName();
    Result old = Result.of(() -> olderCodec.decode(payload));
    if (old.error != null) {
      throw new AssertionError(name + " (an earlier version) rejects as " + old.error + " a payload that "
          + codec.type().getSimpleName() + " reads as " + value);
    }
    String d = Versions.difference(value, old.message, false);
    if (d != null) {
      throw new AssertionError(name + " (an earlier version) reads the payload of " + value + " as " + old.message + ": " + d);
    }
    byte[] written = ((WireCodec<Object>) olderCodec).encode(old.message);
    Object up;
    try {
      up = codec.decode(written);
    } catch (WireFormatException e) {
      throw new AssertionError(codec.type().getSimpleName() + " rejects the frame of its earlier version " + old.message + ": "
          + HexFormat.of().formatHex(written), e);
    }
    d = Versions.difference(up, old.message, true);
    if (d != null) {
      throw new AssertionError(codec.type().getSimpleName() + " reads the frame of its earlier version " + old.message + " as "
          + up + ": " + d);
    }
  }

  /** A decoded message re-encoded and decoded again is equal, and the encoding a fixed point. */
  private static <T> void roundTrip(WireCodec<T> codec, T value, byte[] encoded, T decoded, byte[] encodedAgain) {
    if (decoded == null) {
      throw new AssertionError("the re-encoding of " + value + " decodes to null");
    }
    String d = DeepEquals.difference(value, decoded);
    if (d != null) {
      throw new AssertionError("decode(encode(m)) differs from m = " + value + ": " + d);
    }
    if (!Arrays.equals(encoded, encodedAgain)) {
      throw new AssertionError("re-encoding is not a fixed point for " + value + ": " + HexFormat.of().formatHex(encoded)
          + " then " + HexFormat.of().formatHex(encodedAgain));
    }
  }

  private static void same(WireCodec<?> codec, Result first, Result other, String path) {
    if (first.error != null || other.error != null) {
      if (!java.util.Objects.equals(first.error, other.error)) {
        throw new AssertionError(path + " ends with " + other + ", the first decode with " + first);
      }
      return;
    }
    if (other.message == null) {
      throw new AssertionError(path + " returned null");
    }
    String d = DeepEquals.difference(first.message, other.message);
    if (d != null) {
      throw new AssertionError(path + " differs from the first decode: " + d);
    }
  }

  /** How a stream of frames went: the messages, re-encoded, then how it ended. */
  record Outcome(List<String> messages, String end) {}

  /**
   * Feeds {@code stream} to every reader of {@code codec} (blocking read, buffered reader over
   * whole and one-byte reads, non-blocking decoder in the given chunk sizes) and checks they
   * agree; also {@code fromFrame} on the whole input, in its own array and at an offset of a
   * larger one.
   */
  static <T> void stream(WireCodec<T> codec, byte[] stream, int[] chunks) throws Exception {
    Result whole = Result.of(() -> codec.fromFrame(stream));
    if (whole.error == null) {
      if (whole.message == null) {
        throw new AssertionError("fromFrame returned null");
      }
      @SuppressWarnings("unchecked")
      T one = (T) whole.message;
      byte[] frame = codec.toFrame(one);
      roundTrip(codec, one, frame, codec.fromFrame(frame), codec.toFrame(codec.fromFrame(frame)));
    }
    byte[] padded = new byte[stream.length + 6];
    Arrays.fill(padded, (byte) 0x0A);
    System.arraycopy(stream, 0, padded, 3, stream.length);
    same(codec, whole, Result.of(() -> codec.fromFrame(padded, 3, stream.length)), "fromFrame(buf, 3, length)");

    List<T> messages = new ArrayList<>();
    Outcome blocking = bounded(codec, stream.length, () -> blocking(codec, new ByteArrayInputStream(stream), messages),
        o -> o.messages().size());
    for (T m : messages) {
      byte[] frame = codec.toFrame(m);
      roundTrip(codec, m, frame, codec.fromFrame(frame), codec.toFrame(codec.fromFrame(frame)));
    }
    Outcome buffered = buffered(codec, new ByteArrayInputStream(stream), 64);
    Outcome oneByte = buffered(codec, new OneByteInput(stream), 7);
    Outcome nonBlocking = nonBlocking(codec, stream, chunks);
    if (!blocking.equals(buffered) || !blocking.equals(oneByte) || !blocking.equals(nonBlocking)) {
      throw new AssertionError("readers disagree:\n blocking     " + blocking + "\n buffered     " + buffered
          + "\n one byte     " + oneByte + "\n non-blocking " + nonBlocking);
    }
  }

  private static <T> Outcome blocking(WireCodec<T> codec, InputStream in, List<T> messages) {
    List<String> got = new ArrayList<>();
    try {
      for (T m; (m = codec.read(in)) != null; ) {
        messages.add(m);
        got.add(reencode(codec, m));
      }
      int left = in.available();
      if (left > 0) {
        throw new AssertionError("read returned null (end of stream) with " + left + " bytes left after " + got.size()
            + " messages");
      }
      return new Outcome(got, "end");
    } catch (WireFormatException e) {
      return new Outcome(got, e.category().id());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static <T> Outcome buffered(WireCodec<T> codec, InputStream in, int bufferSize) {
    List<String> got = new ArrayList<>();
    try (FrameReader<T> r = new FrameReader<>(codec, in, bufferSize)) {
      for (T m; (m = r.read()) != null; ) {
        got.add(reencode(codec, m));
      }
      if (r.buffered() > 0 || in.read() != -1) {
        throw new AssertionError("FrameReader.read returned null (end of stream) with bytes left after " + got.size()
            + " messages");
      }
      return new Outcome(got, "end");
    } catch (WireFormatException e) {
      return new Outcome(got, e.category().id());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static <T> Outcome nonBlocking(WireCodec<T> codec, byte[] stream, int[] chunks) {
    List<String> got = new ArrayList<>();
    FrameDecoder<T> d = codec.newDecoder();
    try {
      int p = 0;
      for (int i = 0; p < stream.length; i++) {
        int n = Math.min(stream.length - p, chunks.length == 0 ? stream.length : 1 + Math.floorMod(chunks[i % chunks.length], 97));
        ByteBuffer chunk = i % 3 == 2 ? ByteBuffer.allocateDirect(n).put(stream, p, n).flip() : ByteBuffer.wrap(stream, p, n);
        d.decodeAll(chunk, m -> {
          if (m == null) {
            throw new AssertionError("decodeAll handed out null");
          }
          got.add(reencode(codec, m));
        });
        if (chunk.hasRemaining()) {
          throw new AssertionError("decodeAll left " + chunk.remaining() + " bytes after " + got.size() + " messages");
        }
        p += n;
      }
      d.finish();
      if (!d.isIdle()) {
        throw new AssertionError("finished decoder not idle");
      }
      return new Outcome(got, "end");
    } catch (WireFormatException e) {
      return new Outcome(got, e.category().id());
    }
  }

  private static <T> String reencode(WireCodec<T> codec, T m) {
    return HexFormat.of().formatHex(codec.toFrame(m));
  }

  /** Every read returns at most one byte. */
  static final class OneByteInput extends InputStream {
    private final byte[] bytes;
    private int pos;

    OneByteInput(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (pos >= bytes.length) {
        return -1;
      }
      b[off] = bytes[pos++];
      return 1;
    }
  }
}
