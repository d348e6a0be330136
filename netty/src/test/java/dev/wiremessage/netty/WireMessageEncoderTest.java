package dev.wiremessage.netty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireEncodeException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.EncoderException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The encoder writes frames straight into the outbound {@code ByteBuf}: byte for byte the
 * runtime's {@code toFrame}, in direct and heap buffers of pooled and unpooled allocators, for
 * every framing and for frames many times the size of a fresh buffer; no array per message;
 * failed encodes leave the buffer as it was.
 */
class WireMessageEncoderTest {
  private static final int MIB = 1 << 20;

  /** The allocators a channel may have, and whether the encoder asks for direct buffers. */
  enum Buffers {
    POOLED_DIRECT(PooledByteBufAllocator.DEFAULT, true),
    POOLED_HEAP(PooledByteBufAllocator.DEFAULT, false),
    UNPOOLED_DIRECT(UnpooledByteBufAllocator.DEFAULT, true),
    DEFAULT_HEAP(ByteBufAllocator.DEFAULT, false);

    final ByteBufAllocator alloc;
    final boolean direct;

    Buffers(ByteBufAllocator alloc, boolean direct) {
      this.alloc = alloc;
      this.direct = direct;
    }
  }

  static Stream<Arguments> casesAndBuffers() {
    return Cases.all().stream().flatMap(c -> Stream.of(Buffers.values()).map(b -> Arguments.of(c, b)));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("casesAndBuffers")
  <T> void everyFramingInEveryKindOfBuffer(Cases<T> c, Buffers buffers) {
    EmbeddedChannel ch = channel(c.codec(), buffers);
    for (T m : c.messages(60, 7)) {
      assertFrame(c.codec(), m, ch, buffers);
    }
    assertFalse(ch.finish());
  }

  /** Records with room for 1 MiB strings, and how to make one of {@code n} chars. */
  record Big<T>(String name, WireCodec<T> codec, IntFunction<T> make) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> bigAndBuffers() {
    List<Big<?>> big = List.of(
        new Big<>("U32 big-endian, JSON", Messages_BigCodec.INSTANCE,
            n -> new Messages.Big(text(n), Map.of("len", n, "tags", List.of("a", "é")), -n)),
        new Big<>("VARINT", Messages_BigVarintCodec.INSTANCE, n -> new Messages.BigVarint(text(n), (short) n)),
        new Big<>("U24 little-endian", Messages_BigU24LeCodec.INSTANCE, n -> new Messages.BigU24Le(text(n), n)),
        new Big<>("U64 little-endian", Messages_BigU64LeCodec.INSTANCE, n -> new Messages.BigU64Le(text(n), n)),
        new Big<>("delimited \\n", Messages_LineCodec.INSTANCE, n -> new Messages.Line(text(n).replace('\n', ' '))),
        new Big<>("delimited \\r\\n, escaped", Messages_BigEscapedCodec.INSTANCE,
            n -> new Messages.BigEscaped(text(n) + "\r\n}]", n)));
    return big.stream().flatMap(c -> Stream.of(Buffers.values()).map(b -> Arguments.of(c, b)));
  }

  /**
   * One encoder, sizes that cross every VARINT header size both ways (so its guess at the
   * header is wrong up and down), up to 1 MiB strings: 4096 times a fresh buffer's 256 bytes.
   */
  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("bigAndBuffers")
  <T> void framesLargerThanTheBufferGrowIt(Big<T> c, Buffers buffers) {
    EmbeddedChannel ch = channel(c.codec(), buffers);
    int largest = 0;
    for (int n : new int[] {0, 5, 120, 127, 128, 300, 16_380, 16_384, MIB, 3, 2_000_000, 100, 16_384, MIB + 1, 1}) {
      ByteBuf frame = assertFrame(c.codec(), c.make().apply(n), ch, buffers);
      largest = Math.max(largest, frame.capacity());
    }
    assertTrue(largest > MIB, "the 1 MiB frames grew their buffers: " + largest);
    assertFalse(ch.finish());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("buffers")
  void protocolMessages(Buffers buffers) {
    EmbeddedChannel ch = channel(Messages_ChatCodec.INSTANCE, buffers);
    for (Messages.Chat m : List.of(new Messages.Join("ann"), new Messages.Say("hé".repeat(200_000)), new Messages.Join(""))) {
      assertFrame(Messages_ChatCodec.INSTANCE, m, ch, buffers);
    }
    assertFalse(ch.finish());
  }

  static Buffers[] buffers() {
    return Buffers.values();
  }

  /**
   * 20,000 Quote-sized messages (29-byte frames) through a pooled direct allocator, as
   * {@code MessageToByteEncoder.write} handles them ({@code allocateBuffer}, then
   * {@code encode}): what the encoding thread allocates per message after a warm-up, less what
   * the same loop allocates without encoding. A frame in a fresh array would cost at least 48
   * bytes ({@code byte[29]}) and grow with the frame, past the bound at 4 KiB frames; what
   * remains is the one NIO view of the buffer's memory that Netty's {@code nioBuffer} makes
   * (128 bytes with this allocator).
   */
  @Test
  void noArrayPerMessage() {
    long quote = allocatedPerMessage(new Messages.U32("AAPL XNAS 18942 300", 300));
    long large = allocatedPerMessage(new Messages.U32("x".repeat(4090), 300));
    assertTrue(quote <= 160, "bytes allocated per 29-byte frame: " + quote);
    assertTrue(large <= 160, "bytes allocated per 4,100-byte frame: " + large);
  }

  private static long allocatedPerMessage(Messages.U32 message) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    WireMessageEncoder<Messages.U32> encoder = new WireMessageEncoder<>(Messages_U32Codec.INSTANCE);
    EmbeddedChannel ch = new EmbeddedChannel(encoder);
    ch.config().setAllocator(PooledByteBufAllocator.DEFAULT);
    ChannelHandlerContext ctx = ch.pipeline().context(encoder);
    int n = 20_000;
    long encoding = 0;
    long allocating = 0;
    for (int round = 0; round < 5; round++) { // the first rounds warm up; the last counts
      long t0 = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
      for (int i = 0; i < n; i++) {
        ByteBuf out = encoder.allocateBuffer(ctx, message, true);
        encoder.encode(ctx, message, out);
        out.release();
      }
      long t1 = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
      for (int i = 0; i < n; i++) {
        encoder.allocateBuffer(ctx, message, true).release();
      }
      long t2 = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
      encoding = t1 - t0;
      allocating = t2 - t1;
    }
    assertFalse(ch.finish());
    return (encoding - allocating) / n;
  }

  /** Bad messages of each kind, each into a buffer that already holds bytes. */
  @Test
  void aFailedEncodeLeavesTheBufferAsItWasAndTheNextMessageIsWhole() {
    List<Runnable> checks = new ArrayList<>();
    checks.add(() -> failsInPlace(Messages_U32Codec.INSTANCE, new Messages.U32(null, 1), // a null component
        new Messages.U32("ok", 2), "U32"));
    checks.add(() -> failsInPlace(Messages_U8Codec.INSTANCE, new Messages.U8("x".repeat(300), 1), // over the U8 header
        new Messages.U8("x".repeat(240), 1), "U8"));
    checks.add(() -> failsInPlace(Messages_LineCodec.INSTANCE, new Messages.Line("a\nb".repeat(500)), // the delimiter inside
        new Messages.Line("ab".repeat(500)), "Line"));
    checks.add(() -> failsInPlace(Messages_BigCodec.INSTANCE.withMaxFrameBytes(1000), // over maxFrameBytes, after growing
        new Messages.Big("y".repeat(5000), Map.of(), 1), new Messages.Big("y".repeat(900), Map.of(), 1), "Big"));
    checks.add(() -> failsInPlace(Messages_BigEscapedCodec.INSTANCE.withMaxFrameBytes(1000), // over the limit once escaped
        new Messages.BigEscaped("\r".repeat(500), 1), new Messages.BigEscaped("\r".repeat(490), 1), "BigEscaped"));
    checks.add(() -> failsInPlace(Messages_U16LeCodec.INSTANCE, new Messages.U16Le("x".repeat(70_000), 1), // a string over U16
        new Messages.U16Le("é".repeat(30_000), 1), "U16Le"));
    checks.forEach(Runnable::run);
  }

  private static <T> void failsInPlace(WireCodec<T> codec, T bad, T good, String type) {
    for (Buffers buffers : Buffers.values()) {
      WireMessageEncoder<T> encoder = new WireMessageEncoder<>(codec, buffers.direct);
      EmbeddedChannel ch = new EmbeddedChannel(encoder);
      ChannelHandlerContext ctx = ch.pipeline().context(encoder);
      ByteBuf out = buffers.direct ? buffers.alloc.ioBuffer(16) : buffers.alloc.heapBuffer(16);
      out.writeBytes(new byte[] {1, 2, 3});
      WireEncodeException e = assertThrows(WireEncodeException.class, () -> encoder.encode(ctx, bad, out));
      assertEquals(type, e.messageType());
      assertEquals(ErrorCategory.ENCODE, e.category());
      assertEquals(3, out.writerIndex(), () -> "writer index after " + e.getMessage());
      encoder.encode(ctx, good, out);
      assertEquals("010203" + ByteBufUtil.hexDump(codec.toFrame(good)), ByteBufUtil.hexDump(out), buffers + ", after " + type);
      out.release();
      assertFalse(ch.finish());
    }
  }

  @Test
  void aFrameOverTheLimitFailsItsWriteAsAnEncodeErrorAndTheChannelGoesOn() {
    WireCodec<Messages.BigVarint> codec = Messages_BigVarintCodec.INSTANCE.withMaxFrameBytes(100);
    EmbeddedChannel ch = new EmbeddedChannel(new WireMessageEncoder<>(codec));
    ChannelFuture f = ch.writeAndFlush(new Messages.BigVarint("z".repeat(5000), (short) 1));
    EncoderException e = assertInstanceOf(EncoderException.class, f.cause());
    WireEncodeException cause = assertInstanceOf(WireEncodeException.class, e.getCause());
    assertEquals(ErrorCategory.ENCODE, cause.category());
    assertEquals("encode: BigVarint: payload of 5004 bytes is over maxFrameBytes 100", cause.getMessage());
    assertNull(ch.readOutbound(), "nothing was written");
    Messages.BigVarint ok = new Messages.BigVarint("z".repeat(90), (short) 1);
    ch.writeAndFlush(ok).syncUninterruptibly();
    ByteBuf frame = ch.readOutbound();
    assertArrayEquals(codec.toFrame(ok), ByteBufUtil.getBytes(frame));
    frame.release();
    assertFalse(ch.finish());
  }

  // ---- helpers ----------------------------------------------------------------------------

  private static <T> EmbeddedChannel channel(WireCodec<T> codec, Buffers buffers) {
    EmbeddedChannel ch = new EmbeddedChannel(new WireMessageEncoder<>(codec, buffers.direct));
    ch.config().setAllocator(buffers.alloc);
    return ch;
  }

  /** Writes {@code m} and checks its buffer: the runtime's frame, of the kind asked for. Returns it, released. */
  private static <T> ByteBuf assertFrame(WireCodec<T> codec, T m, EmbeddedChannel ch, Buffers buffers) {
    assertTrue(ch.writeOutbound(m));
    ByteBuf frame = ch.readOutbound();
    byte[] expected = codec.toFrame(m);
    assertEquals(buffers.direct, frame.isDirect(), "direct or heap as asked");
    assertEquals(0, frame.readerIndex());
    assertEquals(expected.length, frame.readableBytes(), "frame length");
    assertTrue(Unpooled.wrappedBuffer(expected).equals(frame), () -> "the frame of a " + expected.length + "-byte "
        + m.getClass().getSimpleName() + " differs at byte " + firstDifference(expected, ByteBufUtil.getBytes(frame)));
    frame.release();
    return frame;
  }

  private static int firstDifference(byte[] a, byte[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] != b[i]) {
        return i;
      }
    }
    return Math.min(a.length, b.length);
  }

  /** {@code n} chars: mostly ASCII, with two-, three- and four-byte UTF-8 and the delimiters' bytes. */
  private static String text(int n) {
    StringBuilder sb = new StringBuilder(n);
    String alphabet = "abcdefghij klmnopqrstuvwxyz0123456789\r\n}]é€";
    for (int i = 0; sb.length() < n; i++) {
      if (i % 997 == 996 && sb.length() + 2 <= n) {
        sb.append("\ud834\udd1e"); // a surrogate pair, 4 UTF-8 bytes
      } else {
        sb.append(alphabet.charAt((i * 31 + i / 7) % alphabet.length()));
      }
    }
    return sb.toString();
  }
}
