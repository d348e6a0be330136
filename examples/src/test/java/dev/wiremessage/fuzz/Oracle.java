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
import java.util.List;

/**
 * What any input may do to a decoder: decode, or throw the library's own
 * {@link WireFormatException}. Anything else (another exception, a {@link StackOverflowError},
 * {@link OutOfMemoryError}) fails the fuzz test; so does an input that takes longer than
 * {@link #MAX_NANOS} or makes the thread allocate more than {@link #allocationBound}. Whatever
 * decodes must re-encode, and the re-encoding must be a fixed point:
 * encode(decode(encode(decode(x)))) == encode(decode(x)). All stream readers must agree on
 * the messages of a stream and on how it ends.
 */
final class Oracle {
  private Oracle() {}

  /** Generous for one input of at most a few KiB; a hang or a quadratic blow-up exceeds it. */
  static final long MAX_NANOS = 2_000_000_000L;

  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  /**
   * Bytes one input may make the decoding thread allocate: proportional to the input, plus
   * fixed buffers (a 64 KiB read buffer, the 65,536 empty records a count may announce,
   * Jackson's recycled buffers).
   */
  static long allocationBound(int inputBytes) {
    return 8L * 1024 * 1024 + 256L * inputBytes;
  }

  /** How a stream of frames went: the messages, re-encoded, then how it ended. */
  record Outcome(List<String> messages, String end) {}

  /** False while {@link Targets} warms up: one-time class loading and JIT work is not the input's. */
  static boolean measuring;

  /** Runs {@code body} under the time and allocation bounds. */
  static <R> R bounded(int inputBytes, ThrowingSupplier<R> body) throws Exception {
    if (!measuring) {
      return body.get();
    }
    long thread = Thread.currentThread().getId();
    long allocated = THREADS.getThreadAllocatedBytes(thread);
    long start = System.nanoTime();
    R r = body.get();
    long nanos = System.nanoTime() - start;
    long bytes = THREADS.getThreadAllocatedBytes(thread) - allocated;
    if (nanos > MAX_NANOS) {
      throw new AssertionError("input of " + inputBytes + " bytes took " + nanos / 1_000_000 + " ms");
    }
    if (bytes > allocationBound(inputBytes)) {
      throw new AssertionError("input of " + inputBytes + " bytes allocated " + bytes + " bytes (bound "
          + allocationBound(inputBytes) + ")");
    }
    return r;
  }

  interface ThrowingSupplier<R> {
    R get() throws Exception;
  }

  /** decode(payload): a WireFormatException or a value whose re-encoding is a fixed point. */
  static <T> void payload(WireCodec<T> codec, byte[] payload) throws Exception {
    bounded(payload.length, () -> {
      T value;
      try {
        value = codec.decode(payload);
      } catch (WireFormatException expected) {
        return null;
      }
      byte[] again = codec.encode(value);
      byte[] third = codec.encode(codec.decode(again));
      if (!Arrays.equals(again, third)) {
        throw new AssertionError("re-encoding is not a fixed point for " + value);
      }
      return null;
    });
  }

  /**
   * Feeds {@code stream} to every reader of {@code codec} (blocking read, buffered reader over
   * whole and one-byte reads, non-blocking decoder in the given chunk sizes) and checks they
   * agree; also {@code fromFrame} on the whole input.
   */
  static <T> void stream(WireCodec<T> codec, byte[] stream, int[] chunks) throws Exception {
    bounded(stream.length, () -> {
      try {
        T one = codec.fromFrame(stream);
        byte[] frame = codec.toFrame(one);
        if (!Arrays.equals(frame, codec.toFrame(codec.fromFrame(frame)))) {
          throw new AssertionError("toFrame is not a fixed point");
        }
      } catch (WireFormatException expected) {
        // fine
      }
      Outcome blocking = blocking(codec, new ByteArrayInputStream(stream));
      Outcome buffered = buffered(codec, new ByteArrayInputStream(stream), 64);
      Outcome oneByte = buffered(codec, new OneByteInput(stream), 7);
      Outcome nonBlocking = nonBlocking(codec, stream, chunks);
      if (!blocking.equals(buffered) || !blocking.equals(oneByte) || !blocking.equals(nonBlocking)) {
        throw new AssertionError("readers disagree:\n blocking     " + blocking + "\n buffered     " + buffered
            + "\n one byte     " + oneByte + "\n non-blocking " + nonBlocking);
      }
      return null;
    });
  }

  private static <T> Outcome blocking(WireCodec<T> codec, InputStream in) {
    List<String> got = new ArrayList<>();
    try {
      for (T m; (m = codec.read(in)) != null; ) {
        got.add(reencode(codec, m));
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
        d.decodeAll(chunk, m -> got.add(reencode(codec, m)));
        if (chunk.hasRemaining()) {
          throw new AssertionError("decodeAll left " + chunk.remaining() + " bytes");
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
    return java.util.HexFormat.of().formatHex(codec.toFrame(m));
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
