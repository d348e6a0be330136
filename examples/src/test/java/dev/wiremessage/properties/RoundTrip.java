package dev.wiremessage.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.runtime.FrameDecoder;
import dev.wiremessage.runtime.FrameReader;
import dev.wiremessage.runtime.FrameWriter;
import dev.wiremessage.runtime.WireCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The round-trip oracle: a list of values goes through every encoding and decoding path of a
 * codec, whole and in random chunks, and must come back exactly (equal values when
 * {@code byValue}, and always byte-identical re-encodings: encode(decode(frame)) == frame).
 */
final class RoundTrip {
  private RoundTrip() {}

  static <T> void check(WireCodec<T> codec, List<T> values, Random random, boolean byValue) throws IOException {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    for (T v : values) {
      // unframed: array, heap buffer at an offset, direct buffer
      byte[] payload = codec.encode(v);
      T back = codec.decode(payload);
      same(codec, v, back, byValue);
      assertArrayEquals(payload, codec.encode(back), "encode(decode(payload)) == payload");
      ByteBuffer heap = ByteBuffer.allocate(payload.length + 7).position(3);
      codec.encode(v, heap);
      heap.flip().position(3);
      same(codec, v, codec.decode(heap), byValue);
      ByteBuffer direct = ByteBuffer.allocateDirect(payload.length);
      direct.put(payload).flip();
      same(codec, v, codec.decode(direct), byValue);
      // framed
      byte[] frame = codec.toFrame(v);
      T fromFrame = codec.fromFrame(frame);
      same(codec, v, fromFrame, byValue);
      assertArrayEquals(frame, codec.toFrame(fromFrame), "toFrame(fromFrame(frame)) == frame");
      ByteArrayOutputStream one = new ByteArrayOutputStream();
      codec.write(one, v);
      assertArrayEquals(frame, one.toByteArray(), "write == toFrame");
      stream.write(frame);
    }
    byte[] all = stream.toByteArray();

    // the buffered writer sends exactly the concatenated frames, whatever its buffer size
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    try (FrameWriter<T> w = new FrameWriter<>(codec, written, 1 + random.nextInt(256))) {
      for (T v : values) {
        w.write(v);
      }
    }
    assertArrayEquals(all, written.toByteArray(), "FrameWriter bytes");

    // non-blocking decoder, random chunks (heap and direct buffers)
    FrameDecoder<T> decoder = codec.newDecoder();
    List<T> got = new ArrayList<>();
    for (int p = 0; p < all.length; ) {
      int n = 1 + random.nextInt(Math.min(all.length - p, random.nextBoolean() ? 8 : 512));
      ByteBuffer chunk;
      if (random.nextBoolean()) {
        chunk = ByteBuffer.wrap(all, p, n).slice();
      } else {
        chunk = ByteBuffer.allocateDirect(n).put(all, p, n).flip();
      }
      decoder.decodeAll(chunk, got::add);
      assertEquals(0, chunk.remaining(), "decodeAll consumes its buffer");
      p += n;
    }
    assertTrue(decoder.isIdle());
    decoder.finish();
    sameAll(codec, values, got, byValue);

    // buffered reader over a stream that returns one byte per read, and over random short reads
    sameAll(codec, values, readAll(codec, new OneByte(all), 1 + random.nextInt(64)), byValue);
    sameAll(codec, values, readAll(codec, new ShortReads(all, random), FrameReader.DEFAULT_BUFFER_SIZE), byValue);
    // the codec's own blocking read, one byte at a time
    InputStream in = new OneByte(all);
    List<T> blocking = new ArrayList<>();
    for (T m; (m = codec.read(in)) != null; ) {
      blocking.add(m);
    }
    sameAll(codec, values, blocking, byValue);
  }

  private static <T> List<T> readAll(WireCodec<T> codec, InputStream in, int bufferSize) throws IOException {
    List<T> got = new ArrayList<>();
    try (FrameReader<T> r = new FrameReader<>(codec, in, bufferSize)) {
      for (T m; (m = r.read()) != null; ) {
        got.add(m);
      }
      assertNull(r.read());
    }
    return got;
  }

  private static <T> void sameAll(WireCodec<T> codec, List<T> expected, List<T> actual, boolean byValue) {
    assertEquals(expected.size(), actual.size(), "message count");
    for (int i = 0; i < expected.size(); i++) {
      same(codec, expected.get(i), actual.get(i), byValue);
    }
  }

  private static <T> void same(WireCodec<T> codec, T expected, T actual, boolean byValue) {
    if (byValue) {
      assertEquals(expected, actual);
    }
    assertArrayEquals(codec.encode(expected), codec.encode(actual), () -> "re-encoding of " + actual);
  }

  /** Every read returns at most one byte. */
  static final class OneByte extends InputStream {
    private final byte[] bytes;
    private int pos;

    OneByte(byte[] bytes) {
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

  /** Every read returns a random number of bytes, 1 to what was asked. */
  static final class ShortReads extends ByteArrayInputStream {
    private final Random random;

    ShortReads(byte[] bytes, Random random) {
      super(bytes);
      this.random = random;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(b, off, len == 0 ? 0 : 1 + random.nextInt(len));
    }
  }
}
