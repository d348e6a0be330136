package dev.wiremessage.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.TestCodecs.Line;
import dev.wiremessage.runtime.TestCodecs.LineCodec;
import dev.wiremessage.runtime.TestCodecs.Quote;
import dev.wiremessage.runtime.TestCodecs.QuoteCodec;
import dev.wiremessage.runtime.TestCodecs.Text;
import dev.wiremessage.runtime.TestCodecs.TextCodec;
import dev.wiremessage.runtime.spi.CodecSettings;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DelimiterBasedFrameDecoder;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.LengthFieldPrepender;
import io.netty.handler.codec.string.LineEncoder;
import io.netty.handler.codec.string.LineSeparator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Interop with an independent implementation of the same framings: what our writers send,
 * Netty's {@link LengthFieldBasedFrameDecoder} and {@link DelimiterBasedFrameDecoder} split
 * into the same payloads; what Netty's {@link LengthFieldPrepender} and {@link LineEncoder}
 * send, our {@link FrameDecoder} and {@link FrameReader} read as the same messages.
 */
class NettyInteropTest {
  private static final int MAX = 1 << 20;

  static List<Quote> quotes(int n) {
    Random random = new Random(51);
    List<Quote> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Quote("Q" + i, random.nextLong(), random.nextInt(), "venue-" + "x".repeat(random.nextInt(300))));
    }
    return out;
  }

  static List<Text> texts(int n) {
    Random random = new Random(52);
    List<Text> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Text("t" + i + " ü€".repeat(random.nextInt(2000))));
    }
    return out;
  }

  static List<Line> lines(int n) {
    Random random = new Random(53);
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Line(i % 7 == 0 ? "" : "line " + i + " ö".repeat(random.nextInt(100))));
    }
    return out;
  }

  /** Our frames, in both writers, through a Netty decoder fed in random chunks: the payloads we encoded. */
  private static <T> void nettySplitsOurFrames(WireCodec<T> codec, List<T> messages, ChannelHandler decoder)
      throws IOException {
    ByteArrayOutputStream blocking = new ByteArrayOutputStream();
    try (FrameWriter<T> writer = new FrameWriter<>(codec, blocking, 4096)) {
      for (T m : messages) {
        writer.write(m);
      }
    }
    ByteArrayOutputStream nio = new ByteArrayOutputStream();
    ChannelFrameWriter<T> channelWriter = codec.channelWriter(Channels.newChannel(nio));
    for (T m : messages) {
      channelWriter.enqueue(m);
    }
    channelWriter.flush();
    assertArrayEquals(blocking.toByteArray(), nio.toByteArray(), "both writers send the same bytes");

    EmbeddedChannel ch = new EmbeddedChannel(decoder);
    byte[] stream = blocking.toByteArray();
    Random random = new Random(stream.length);
    for (int p = 0; p < stream.length; ) {
      int n = Math.min(stream.length - p, 1 + random.nextInt(3000));
      ch.writeInbound(Unpooled.wrappedBuffer(stream, p, n));
      p += n;
    }
    List<T> decoded = new ArrayList<>();
    for (ByteBuf frame; (frame = ch.readInbound()) != null; ) {
      byte[] payload = ByteBufUtil.getBytes(frame);
      frame.release();
      T m = codec.decode(payload);
      assertArrayEquals(codec.encode(m), payload);
      decoded.add(m);
    }
    assertEquals(messages, decoded);
    assertFalse(ch.finish(), "nothing left over");
  }

  @Test
  void nettyDecodesOurU32Frames() throws IOException {
    nettySplitsOurFrames(QuoteCodec.INSTANCE, quotes(500), new LengthFieldBasedFrameDecoder(MAX, 0, 4, 0, 4));
  }

  @Test
  void nettyDecodesOurU16Frames() throws IOException {
    TextCodec big = new TextCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U16, Endian.BIG, 65535)));
    nettySplitsOurFrames(big, texts(200), new LengthFieldBasedFrameDecoder(65535, 0, 2, 0, 2));
    TextCodec little = new TextCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U16, Endian.LITTLE, 65535)));
    nettySplitsOurFrames(little, texts(200),
        new LengthFieldBasedFrameDecoder(ByteOrder.LITTLE_ENDIAN, 65535, 0, 2, 0, 2, true));
  }

  @Test
  void nettyDecodesOurLines() throws IOException {
    LineCodec codec = new LineCodec(Framing.delimited("\n", false, MAX));
    nettySplitsOurFrames(codec, lines(1000),
        new DelimiterBasedFrameDecoder(MAX, Unpooled.wrappedBuffer(new byte[] {'\n'})));
  }

  /** Frames a Netty pipeline wrote, as one byte stream. */
  private static byte[] nettyWrites(ChannelHandler encoder, List<?> outbound) {
    EmbeddedChannel ch = new EmbeddedChannel(encoder);
    for (Object o : outbound) {
      ch.writeOutbound(o);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (ByteBuf b; (b = ch.readOutbound()) != null; ) {
      out.writeBytes(ByteBufUtil.getBytes(b));
      b.release();
    }
    ch.finish();
    return out.toByteArray();
  }

  /** A stream Netty wrote, read by our decoder in random chunks and by our reader: the same messages. */
  private static <T> void weReadNettysFrames(WireCodec<T> codec, List<T> messages, byte[] stream) throws IOException {
    FrameDecoder<T> decoder = codec.newDecoder();
    List<T> decoded = new ArrayList<>();
    Random random = new Random(stream.length);
    for (int p = 0; p < stream.length; ) {
      int n = Math.min(stream.length - p, 1 + random.nextInt(3000));
      decoder.decodeAll(ByteBuffer.wrap(stream, p, n), decoded::add);
      p += n;
    }
    decoder.finish();
    assertEquals(messages, decoded, "FrameDecoder");

    FrameReader<T> reader = new FrameReader<>(codec, new ByteArrayInputStream(stream), 1000);
    List<T> read = new ArrayList<>();
    for (T m; (m = reader.read()) != null; ) {
      read.add(m);
    }
    assertEquals(messages, read, "FrameReader");
    assertNull(reader.read());
  }

  private static <T> List<ByteBuf> payloads(WireCodec<T> codec, List<T> messages) {
    List<ByteBuf> out = new ArrayList<>();
    for (T m : messages) {
      out.add(Unpooled.wrappedBuffer(codec.encode(m)));
    }
    return out;
  }

  @Test
  void weReadLengthFieldPrependerU32() throws IOException {
    List<Quote> messages = quotes(500);
    byte[] stream = nettyWrites(new LengthFieldPrepender(4), payloads(QuoteCodec.INSTANCE, messages));
    weReadNettysFrames(QuoteCodec.INSTANCE, messages, stream);
  }

  @Test
  void weReadLengthFieldPrependerU16BothOrders() throws IOException {
    List<Text> messages = texts(200);
    TextCodec big = new TextCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U16, Endian.BIG, 65535)));
    weReadNettysFrames(big, messages, nettyWrites(new LengthFieldPrepender(2), payloads(big, messages)));
    TextCodec little = new TextCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U16, Endian.LITTLE, 65535)));
    weReadNettysFrames(little, messages,
        nettyWrites(new LengthFieldPrepender(ByteOrder.LITTLE_ENDIAN, 2, 0, false), payloads(little, messages)));
  }

  @Test
  void weReadNettysLines() throws IOException {
    LineCodec codec = new LineCodec(Framing.delimited("\n", false, MAX));
    List<Line> messages = lines(1000);
    List<String> text = new ArrayList<>();
    for (Line l : messages) {
      text.add(l.text());
    }
    byte[] stream = nettyWrites(new LineEncoder(LineSeparator.UNIX, StandardCharsets.UTF_8), text);
    weReadNettysFrames(codec, messages, stream);
  }
}
