package dev.wiremessage.examples.strict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.wiremessage.netty.WireMessageDecoder;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.FrameDecoder;
import dev.wiremessage.runtime.FrameReader;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireFormatException;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Runs one bad frame through every read path of a codec and asserts the same outcome on each:
 * a {@link WireFormatException} of the same category, message and offset (never null, never
 * another exception), with the good frames before it handed out and the stream then refused.
 * The paths: {@code fromFrame}, {@code fromFrame(buf, offset, length)} at an offset,
 * {@code read(InputStream)}, {@code reader()}, {@code decodeAll} on the whole stream, the
 * non-blocking decoder fed 1 byte at a time and in random chunks, and Netty's
 * {@link WireMessageDecoder} in an {@link EmbeddedChannel}.
 */
final class AllPaths {
  private AllPaths() {}

  /**
   * {@code before} frames, then {@code bad}, then {@code after} frames on one stream, through
   * every path.
   *
   * @return the error, the same on every path
   */
  @SafeVarargs
  static <T> WireFormatException rejects(WireCodec<T> codec, ErrorCategory category, List<T> before, byte[] bad, T... after)
      throws IOException {
    ByteArrayOutputStream s = new ByteArrayOutputStream();
    for (T m : before) {
      s.write(codec.toFrame(m));
    }
    s.write(bad);
    for (T m : after) {
      s.write(codec.toFrame(m));
    }
    byte[] stream = s.toByteArray();

    WireFormatException expected = assertThrows(WireFormatException.class, () -> codec.fromFrame(bad), "fromFrame");
    assertEquals(category, expected.category(), expected.getMessage());
    List<String> paths = new ArrayList<>();

    byte[] padded = new byte[bad.length + 10];
    Arrays.fill(padded, (byte) 0x5A);
    System.arraycopy(bad, 0, padded, 7, bad.length);
    same(expected, assertThrows(WireFormatException.class, () -> codec.fromFrame(padded, 7, bad.length)), "fromFrame at 7");
    paths.add("fromFrame");

    InputStream in = new ByteArrayInputStream(stream);
    for (T m : before) {
      assertEquals(m, codec.read(in), "read");
    }
    same(expected, assertThrows(WireFormatException.class, () -> codec.read(in)), "read");

    try (FrameReader<T> r = codec.reader(new ByteArrayInputStream(stream))) {
      for (T m : before) {
        assertEquals(m, r.read(), "reader");
      }
      same(expected, assertThrows(WireFormatException.class, r::read), "reader");
      assertThrows(IllegalStateException.class, r::read, "a failed reader refuses, it does not say end of stream");
    }

    List<T> got = new ArrayList<>();
    FrameDecoder<T> whole = codec.newDecoder();
    ByteBuffer all = ByteBuffer.wrap(stream);
    same(expected, assertThrows(WireFormatException.class, () -> {
      whole.decodeAll(all, got::add);
      whole.finish(); // the end of the stream: truncated fails here
    }), "decodeAll");
    assertEquals(before, got, "decodeAll hands out the frames before the failure");
    assertEquals(0, all.remaining(), "decodeAll consumes all of its input");
    assertFalse(whole.isIdle(), "a failed decoder is not idle");

    chunked(codec, stream, before, expected, new Random(1), 1);
    for (long seed = 0; seed < 8; seed++) {
      chunked(codec, stream, before, expected, new Random(seed), 0);
    }
    netty(codec, stream, before, expected);
    return expected;
  }

  /** A frame that decodes on every path to {@code message}, between two copies of itself. */
  static <T> void accepts(WireCodec<T> codec, byte[] frame, T message) throws IOException {
    assertEquals(message, codec.fromFrame(frame));
    byte[] stream = new byte[frame.length * 3];
    for (int i = 0; i < 3; i++) {
      System.arraycopy(frame, 0, stream, i * frame.length, frame.length);
    }
    assertEquals(message, codec.fromFrame(stream, frame.length, frame.length));
    InputStream in = new ByteArrayInputStream(stream);
    try (FrameReader<T> r = codec.reader(new ByteArrayInputStream(stream))) {
      for (int i = 0; i < 3; i++) {
        assertEquals(message, codec.read(in));
        assertEquals(message, r.read());
      }
      assertNull(codec.read(in));
      assertNull(r.read());
    }
    List<T> got = new ArrayList<>();
    FrameDecoder<T> d = codec.newDecoder();
    for (byte b : stream) {
      d.decodeAll(ByteBuffer.wrap(new byte[] {b}), got::add);
    }
    d.finish();
    assertEquals(List.of(message, message, message), got);
    EmbeddedChannel ch = new EmbeddedChannel(new WireMessageDecoder<>(codec));
    ch.writeInbound(Unpooled.wrappedBuffer(stream));
    for (int i = 0; i < 3; i++) {
      assertEquals(message, ch.readInbound());
    }
    assertNull(ch.readInbound());
    ch.finishAndReleaseAll();
  }

  /** The decoder fed {@code stream} in chunks of {@code size} bytes, or of random sizes when 0. */
  private static <T> void chunked(WireCodec<T> codec, byte[] stream, List<T> before, WireFormatException expected,
      Random random, int size) {
    String path = size == 1 ? "decoder, 1-byte chunks" : "decoder, random chunks";
    FrameDecoder<T> d = codec.newDecoder();
    List<T> got = new ArrayList<>();
    int p = 0;
    try {
      while (p < stream.length) {
        int n = Math.min(stream.length - p, size > 0 ? size : 1 + random.nextInt(9));
        ByteBuffer chunk = ByteBuffer.wrap(stream, p, n);
        p += n;
        for (T m; (m = d.decode(chunk)) != null; ) {
          got.add(m);
        }
        assertEquals(0, chunk.remaining(), path + ": decode returns null only when all was consumed");
      }
      d.finish();
      fail(path + ": no failure, got " + got);
    } catch (WireFormatException e) {
      same(expected, e, path);
    }
    assertEquals(before, got, path);
    assertFalse(d.isIdle(), path + ": not idle after a failure");
  }

  private static <T> void netty(WireCodec<T> codec, byte[] stream, List<T> before, WireFormatException expected) {
    EmbeddedChannel ch = new EmbeddedChannel(new WireMessageDecoder<>(codec));
    // a truncated stream fails when the channel ends (decodeLast): finish() closes it
    Throwable thrown = assertThrows(Throwable.class, () -> {
      ch.writeInbound(Unpooled.wrappedBuffer(stream));
      ch.finish();
    }, "Netty");
    WireFormatException e = WireMessageDecoder.formatError(thrown);
    assertNotNull(e, "Netty: " + thrown);
    same(expected, e, "Netty");
    for (T m : before) {
      assertEquals(m, ch.readInbound(), "Netty delivers the frames before the bad one");
    }
    assertNull(ch.readInbound(), "Netty: nothing after the failure");
    ch.finishAndReleaseAll();
  }

  private static void same(WireFormatException expected, WireFormatException actual, String path) {
    assertEquals(expected.category(), actual.category(), path + ": " + actual.getMessage());
    assertEquals(expected.offset(), actual.offset(), path + ": " + actual.getMessage());
    if (expected.category() == ErrorCategory.MALFORMED) {
      assertEquals(expected.getMessage(), actual.getMessage(), path);
    }
  }
}
