package dev.wiremessage.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.Framing;
import dev.wiremessage.runtime.TestCodecs.Blob;
import dev.wiremessage.runtime.TestCodecs.BlobCodec;
import dev.wiremessage.runtime.TestCodecs.Quote;
import dev.wiremessage.runtime.TestCodecs.QuoteCodec;
import dev.wiremessage.runtime.WireEncodeException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link FrameEncoder#encode(Object, FrameTarget)} without Netty: frames written straight into
 * a caller's growing {@link ByteBuffer} (heap or direct) are byte for byte what
 * {@code toFrame} gives, for every kind of header and delimiter, across buffer growth and VARINT
 * header sizes; a failed encode leaves the encoder usable.
 */
class FrameTargetTest {
  private static final int MAX = 1 << 22;

  /** A target that grows to exactly what is asked (the most growth steps), keeping the bytes asked for. */
  static final class Growing implements FrameTarget {
    final boolean direct;
    ByteBuffer buf;
    int grown;

    Growing(boolean direct) {
      this.direct = direct;
    }

    @Override
    public ByteBuffer room(int kept, int minBytes) {
      if (buf == null || buf.capacity() < minBytes) {
        ByteBuffer b = direct ? ByteBuffer.allocateDirect(minBytes) : ByteBuffer.allocate(minBytes);
        if (buf != null) {
          b.put(0, buf, 0, kept);
          grown++;
        }
        buf = b;
      }
      return buf;
    }

    byte[] frame(int n) {
      byte[] out = new byte[n];
      buf.get(0, out);
      return out;
    }
  }

  static Stream<Arguments> framings() {
    List<Framing> framings = List.of(
        Framing.lengthPrefixed(Length.U32, Endian.BIG, MAX),
        Framing.lengthPrefixed(Length.U16, Endian.LITTLE, 65535),
        Framing.lengthPrefixed(Length.U24, Endian.BIG, MAX),
        Framing.lengthPrefixed(Length.U64, Endian.LITTLE, MAX),
        Framing.lengthPrefixed(Length.VARINT, Endian.BIG, MAX),
        Framing.delimited("\n", true, MAX),
        Framing.delimited("\r\n", true, MAX));
    return framings.stream().flatMap(f -> Stream.of(Arguments.of(f, false), Arguments.of(f, true)));
  }

  @ParameterizedTest(name = "{0}, direct={1}")
  @MethodSource("framings")
  void framesInACallersBufferEqualToFrame(Framing framing, boolean direct) throws Exception {
    BlobCodec codec = new BlobCodec(framing);
    FrameEncoder<Blob> encoder = FrameEncoder.of(codec);
    Random random = new Random(42);
    // sizes up and down across VARINT header widths (1, 2, 3 bytes) and buffer growth
    int max = framing.maxFrameBytes() / 2 - 8;
    int[] sizes = {0, 1, 127, 128, 5, 16_383, 16_384, 300, Math.min(200_000, max), 3, Math.min(70_000, max), 0};
    Growing target = new Growing(direct);
    for (int size : sizes) {
      byte[] data = new byte[size];
      for (int i = 0; i < size; i++) { // plenty of delimiter and escape bytes
        data[i] = (byte) (random.nextInt(4) == 0 ? "\r\n\\\u001b".charAt(random.nextInt(4)) : random.nextInt(256));
      }
      Blob blob = new Blob(data);
      int n = encoder.encode(blob, target);
      byte[] expected = codec.toFrame(blob);
      assertArrayEquals(expected, target.frame(n), "frame of " + size + " bytes");
      assertEquals(blob, codec.fromFrame(target.frame(n)));
    }
    assertTrue(target.grown > 0, "the target was never grown");
  }

  @ParameterizedTest(name = "{0}, direct={1}")
  @MethodSource("framings")
  void aFrameOverTheLimitFailsAndTheNextFrameIsWhole(Framing framing, boolean direct) throws Exception {
    BlobCodec codec = new BlobCodec(framing.withMaxFrameBytes(100));
    FrameEncoder<Blob> encoder = FrameEncoder.of(codec);
    Growing target = new Growing(direct);
    WireEncodeException e = assertThrows(WireEncodeException.class, () -> encoder.encode(new Blob(new byte[101]), target));
    assertTrue(e.getMessage().contains("100"), e.getMessage());
    Blob ok = new Blob(new byte[] {1, 2, 3});
    int n = encoder.encode(ok, target);
    assertArrayEquals(codec.toFrame(ok), target.frame(n));
  }

  @ParameterizedTest(name = "direct={0}")
  @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
  void anUnescapedDelimiterInsideThePayloadFailsAndTheEncoderGoesOn(boolean direct) throws Exception {
    BlobCodec codec = new BlobCodec(Framing.delimited("\r\n", false, 1024));
    FrameEncoder<Blob> encoder = FrameEncoder.of(codec);
    Growing target = new Growing(direct);
    assertThrows(WireEncodeException.class, () -> encoder.encode(new Blob(new byte[] {'a', '\r', '\n', 'b'}), target));
    Blob ok = new Blob(new byte[] {'a', '\r', 'b', '\n'});
    int n = encoder.encode(ok, target);
    assertArrayEquals(new byte[] {'a', '\r', 'b', '\n', '\r', '\n'}, target.frame(n));
  }

  @ParameterizedTest(name = "direct={0}")
  @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
  void aRecordOfEveryFieldKindInAFreshTarget(boolean direct) throws Exception {
    QuoteCodec codec = QuoteCodec.INSTANCE;
    FrameEncoder<Quote> encoder = FrameEncoder.of(codec);
    for (Quote q : List.of(new Quote("AAPL", 18942, 300, "XNAS"), new Quote("Nestlé", -1, 0, "Börse Zürich ✓"),
        new Quote("X".repeat(255), Long.MIN_VALUE, Integer.MAX_VALUE, "y".repeat(70_000)))) {
      Growing target = new Growing(direct);
      int n = encoder.encode(q, target);
      assertArrayEquals(codec.toFrame(q), target.frame(n), q.symbol());
    }
  }
}
