package dev.wiremessage.netty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireEncodeException;
import dev.wiremessage.runtime.WireFormatException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.EncoderException;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The two handlers in {@link EmbeddedChannel}s: every framing round trip (bytes equal to the
 * runtime's {@code toFrame}), input in chunks of any size and in composite buffers, the frame
 * limit, bad frames as categorized exceptions in the pipeline, and the channel a typical
 * handler closes on them.
 */
class WireMessageHandlersTest {
  static List<Cases<?>> cases() {
    return Cases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  <T> void encoderWritesTheRuntimesFramesAndDecoderReadsThemBack(Cases<T> c) {
    List<T> messages = c.messages(50, 1);
    EmbeddedChannel out = new EmbeddedChannel(new WireMessageEncoder<>(c.codec()));
    EmbeddedChannel in = new EmbeddedChannel(new WireMessageDecoder<>(c.codec()));
    for (T m : messages) {
      assertTrue(out.writeOutbound(m));
      ByteBuf frame = out.readOutbound();
      assertArrayEquals(c.codec().toFrame(m), ByteBufUtil.getBytes(frame), "the frame of " + m);
      assertTrue(frame.isDirect(), "direct by default");
      in.writeInbound(frame);
    }
    assertEquals(messages, drain(in));
    assertFalse(out.finish());
    assertFalse(in.finish());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  <T> void chunksOfAnySizeAndCompositeBuffers(Cases<T> c) {
    List<T> messages = c.messages(300, 2);
    byte[] stream = stream(c.codec(), messages);
    Random random = new Random(3);
    for (int round = 0; round < 3; round++) {
      EmbeddedChannel in = new EmbeddedChannel(new WireMessageDecoder<>(c.codec()));
      int p = 0;
      while (p < stream.length) {
        int n = Math.min(stream.length - p, round == 0 ? 1 : 1 + random.nextInt(round == 1 ? 40 : 5000));
        if (random.nextBoolean() && n > 1) { // the same bytes as two components of one buffer
          CompositeByteBuf composite = Unpooled.compositeBuffer();
          composite.addComponent(true, Unpooled.directBuffer(n / 2).writeBytes(stream, p, n / 2));
          composite.addComponent(true, Unpooled.wrappedBuffer(stream, p + n / 2, n - n / 2));
          in.writeInbound(composite);
        } else {
          in.writeInbound(Unpooled.copiedBuffer(stream, p, n));
        }
        p += n;
      }
      assertEquals(messages, drain(in), "round " + round);
      assertFalse(in.finish(), "ended between frames: no exception");
    }
  }

  @Test
  void protocolMessagesOfEveryRecordThroughOneCodec() {
    WireCodec<Messages.Chat> codec = Messages_ChatCodec.INSTANCE;
    EmbeddedChannel ch = new EmbeddedChannel(new WireMessageEncoder<>(codec), new WireMessageDecoder<>(codec));
    List<Messages.Chat> sent = List.of(new Messages.Join("ann"), new Messages.Say("hello"), new Messages.Join("bob"));
    for (Messages.Chat m : sent) {
      ch.writeOutbound(m);
    }
    ByteBuf first = ch.readOutbound();
    assertEquals("00000005" + "01" + "03616e6e", ByteBufUtil.hexDump(first), "U32 length, tag 1, U8 name");
    ch.writeInbound(first, ch.readOutbound(), ch.readOutbound());
    assertEquals(sent, drain(ch));
  }

  @Test
  void otherOutboundMessagesPassThrough() {
    EmbeddedChannel ch = new EmbeddedChannel(new WireMessageEncoder<>(Messages_U32Codec.INSTANCE));
    ByteBuf raw = Unpooled.wrappedBuffer(new byte[] {1, 2});
    ch.writeOutbound(raw, "text");
    assertSame(raw, ch.readOutbound());
    assertEquals("text", ch.readOutbound());
    assertFalse(ch.finish());
  }

  @Test
  void aHeaderOverTheFrameLimitFailsBeforeItsPayloadArrives() {
    Closer closer = new Closer();
    EmbeddedChannel ch = new EmbeddedChannel(
        new WireMessageDecoder<>(Messages_U32Codec.INSTANCE.withMaxFrameBytes(16)), closer);
    ch.writeInbound(Unpooled.wrappedBuffer(Messages_U32Codec.INSTANCE.toFrame(new Messages.U32("0123456789", 1)))); // 16
    ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {0, 0, 0, 17})); // only the header of a 17-byte frame
    assertEquals(List.of(new Messages.U32("0123456789", 1)), closer.received);
    WireFormatException e = closer.formatError();
    assertEquals(ErrorCategory.FRAME_TOO_LONG, e.category());
    assertTrue(e.getMessage().contains("17"), e.getMessage());
    assertFalse(ch.isOpen(), "the handler closed the connection");
  }

  @Test
  void aLineWithoutDelimiterFailsOnceItPassesTheLimit() {
    Closer closer = new Closer();
    EmbeddedChannel ch = new EmbeddedChannel(new WireMessageDecoder<>(Messages_LineCodec.INSTANCE.withMaxFrameBytes(100)),
        closer);
    ch.writeInbound(Unpooled.copiedBuffer("short\n" + "x".repeat(100), java.nio.charset.StandardCharsets.UTF_8));
    assertNull(closer.error, "100 bytes and no newline yet: within the limit");
    ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {'x'}));
    assertEquals(ErrorCategory.FRAME_TOO_LONG, closer.formatError().category());
    assertEquals(List.of(new Messages.Line("short")), closer.received);
    assertFalse(ch.isOpen());
  }

  @Test
  void aMalformedFrameReachesExceptionCaughtAfterTheMessagesBeforeIt() {
    Closer closer = new Closer();
    WireMessageDecoder<Messages.U32> decoder = new WireMessageDecoder<>(Messages_U32Codec.INSTANCE);
    EmbeddedChannel ch = new EmbeddedChannel(decoder, closer);
    byte[] good = Messages_U32Codec.INSTANCE.toFrame(new Messages.U32("ok", 7));
    byte[] bad = {0, 0, 0, 8, 0, 2, (byte) 0xC3, 0x28, 0, 0, 0, 1}; // C3 28: not UTF-8
    ByteBuf both = Unpooled.buffer().writeBytes(good).writeBytes(bad).writeBytes(good);
    ch.writeInbound(both);
    assertEquals(List.of(new Messages.U32("ok", 7)), closer.received, "the message before the bad frame, not after");
    DecoderException wrapped = assertInstanceOf(DecoderException.class, closer.error);
    WireFormatException e = assertInstanceOf(WireFormatException.class, wrapped.getCause());
    assertEquals(ErrorCategory.MALFORMED, e.category());
    assertEquals("U32", e.messageType());
    assertEquals("text", e.component());
    assertFalse(ch.isOpen(), "the handler closed the connection");
    assertEquals(0, both.refCnt(), "the input was released");
    assertFalse(decoder.isIdle());
  }

  @Test
  void afterAFailureFurtherBytesAreDroppedAndNothingMoreIsDecoded() {
    List<Throwable> errors = new ArrayList<>();
    List<Object> received = new ArrayList<>();
    EmbeddedChannel ch = new EmbeddedChannel(new WireMessageDecoder<>(Messages_U32Codec.INSTANCE),
        new ChannelInboundHandlerAdapter() { // a handler that forgets to close
          @Override
          public void channelRead(ChannelHandlerContext ctx, Object msg) {
            received.add(msg);
          }

          @Override
          public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            errors.add(cause);
          }
        });
    ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {0, 0, 0, 1, 0})); // 1 byte: a U16 string length cannot fit
    ByteBuf later = Unpooled.wrappedBuffer(Messages_U32Codec.INSTANCE.toFrame(new Messages.U32("ok", 7)));
    ch.writeInbound(later);
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(ErrorCategory.MALFORMED, WireMessageDecoder.formatError(errors.get(0)).category());
    assertEquals(List.of(), received);
    assertEquals(0, later.refCnt());
    assertFalse(ch.finish(), "no truncated error either after a failure");
    assertEquals(1, errors.size());
  }

  @Test
  void aStreamThatEndsInsideAFrameIsTruncated() {
    Closer closer = new Closer();
    EmbeddedChannel ch = new EmbeddedChannel(new WireMessageDecoder<>(Messages_U32Codec.INSTANCE), closer);
    byte[] frame = Messages_U32Codec.INSTANCE.toFrame(new Messages.U32("hello", 1));
    ch.writeInbound(Unpooled.wrappedBuffer(frame, 0, frame.length - 1));
    assertNull(closer.error);
    ch.close();
    assertEquals(ErrorCategory.TRUNCATED, closer.formatError().category());
    assertEquals(List.of(), closer.received);
  }

  @Test
  void anExceptionNoHandlerTakesIsTheChannelsException() {
    EmbeddedChannel ch = new EmbeddedChannel(new WireMessageDecoder<>(Messages_U8Codec.INSTANCE.withMaxFrameBytes(10)));
    DecoderException e = assertThrows(DecoderException.class, () -> ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {11})));
    assertEquals(ErrorCategory.FRAME_TOO_LONG, assertInstanceOf(WireFormatException.class, e.getCause()).category());
  }

  @Test
  void anUnencodableMessageFailsItsWriteAndTheChannelStaysUsable() {
    EmbeddedChannel ch = new EmbeddedChannel(new WireMessageEncoder<>(Messages_U32Codec.INSTANCE));
    ChannelFuture failed = ch.writeAndFlush(new Messages.U32(null, 1));
    assertFalse(failed.isSuccess());
    EncoderException e = assertInstanceOf(EncoderException.class, failed.cause());
    WireEncodeException cause = assertInstanceOf(WireEncodeException.class, e.getCause());
    assertEquals("U32", cause.messageType());
    assertNull(ch.readOutbound(), "nothing was written");
    assertTrue(ch.isOpen());
    ch.writeAndFlush(new Messages.U32("ok", 2)).syncUninterruptibly();
    ByteBuf frame = ch.readOutbound();
    assertArrayEquals(Messages_U32Codec.INSTANCE.toFrame(new Messages.U32("ok", 2)), ByteBufUtil.getBytes(frame));
    frame.release();
    assertFalse(ch.finish());
  }

  @Test
  void aFrameOverTheLimitIsAnEncodeError() {
    EmbeddedChannel ch = new EmbeddedChannel(new WireMessageEncoder<>(Messages_U32Codec.INSTANCE.withMaxFrameBytes(8)));
    ChannelFuture f = ch.writeAndFlush(new Messages.U32("0123", 1)); // 10 bytes of payload
    assertInstanceOf(WireEncodeException.class, f.cause().getCause());
    assertNull(ch.readOutbound());
  }

  @Test
  void heapBuffersWhenAsked() {
    EmbeddedChannel ch = new EmbeddedChannel(new WireMessageEncoder<>(Messages_LineCodec.INSTANCE, false));
    ch.writeOutbound(new Messages.Line("hi"));
    ByteBuf frame = ch.readOutbound();
    assertFalse(frame.isDirect());
    assertEquals("hi\n", frame.toString(java.nio.charset.StandardCharsets.UTF_8));
    frame.release();
  }

  @Test
  void formatErrorUnwrapsOnlyFormatErrors() {
    WireFormatException e = new WireFormatException(ErrorCategory.MALFORMED, "x", "T", null, -1);
    assertSame(e, WireMessageDecoder.formatError(e));
    assertSame(e, WireMessageDecoder.formatError(new DecoderException(e)));
    assertNull(WireMessageDecoder.formatError(new DecoderException("other")));
    assertNull(WireMessageDecoder.formatError(new java.io.IOException("reset")));
  }

  // ---- helpers ----------------------------------------------------------------------------

  /** What a server's last handler does: collect messages, and close the channel on an exception. */
  static final class Closer extends ChannelInboundHandlerAdapter {
    final List<Object> received = new ArrayList<>();
    Throwable error;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      received.add(msg);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      assertNull(error, "one exception only");
      error = cause;
      ctx.close();
    }

    WireFormatException formatError() {
      assertNotNull(error, "no exception reached the handler");
      WireFormatException e = WireMessageDecoder.formatError(error);
      assertNotNull(e, () -> "not a format error: " + error);
      return e;
    }
  }

  static <T> byte[] stream(WireCodec<T> codec, List<T> messages) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (T m : messages) {
      out.writeBytes(codec.toFrame(m));
    }
    return out.toByteArray();
  }

  static List<Object> drain(EmbeddedChannel ch) {
    List<Object> out = new ArrayList<>();
    for (Object m; (m = ch.readInbound()) != null; ) {
      out.add(m);
    }
    return out;
  }
}
