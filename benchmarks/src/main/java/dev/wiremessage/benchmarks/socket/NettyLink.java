package dev.wiremessage.benchmarks.socket;

import dev.wiremessage.benchmarks.model.Quote;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.LengthFieldPrepender;
import io.netty.handler.codec.MessageToByteEncoder;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The peer a user would pick: Netty 4.2, NIO transport ({@code MultiThreadIoEventLoopGroup} +
 * {@code NioIoHandler}), one event loop for the client and one for the server,
 * {@link LengthFieldPrepender} + {@link LengthFieldBasedFrameDecoder} around a hand-written
 * {@link ByteBuf} encoder and decoder of the same payload as QuoteCodec's. The benchmark thread
 * hands each batch (up to a flush) to the client's event loop as one task that writes every
 * message and flushes, and waits while the channel is not writable (default water marks,
 * 32/64 KiB) or 8 batches are queued.
 */
final class NettyLink extends Link {
  private final EventLoopGroup serverGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final EventLoopGroup clientGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final Channel server;
  private final Channel client;
  private static final int MAX_IN_FLIGHT = 8;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final int[] pending = new int[1024];
  private int count;

  NettyLink(Quote[] messages) throws InterruptedException {
    super(messages);
    server = new ServerBootstrap()
        .group(serverGroup)
        .channel(NioServerSocketChannel.class)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            ch.pipeline().addLast(new LengthFieldBasedFrameDecoder(16 << 20, 0, 4, 0, 4), new QuoteDecoder(),
                new Counter());
          }
        })
        .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).sync().channel();
    client = new Bootstrap()
        .group(clientGroup)
        .channel(NioSocketChannel.class)
        .option(ChannelOption.TCP_NODELAY, true)
        .handler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            ch.pipeline().addLast(new LengthFieldPrepender(4), new QuoteEncoder());
          }
        })
        .connect(server.localAddress()).sync().channel();
  }

  @Override
  protected void write(int index, boolean flush) {
    pending[count++] = index;
    if (!flush) {
      return;
    }
    // Wait while the channel is over its high water mark or enough batches are queued.
    while (!client.isWritable() || inFlight.get() >= MAX_IN_FLIGHT) {
      LockSupport.parkNanos(20_000);
      checkReceiver();
    }
    int[] batch = Arrays.copyOf(pending, count);
    count = 0;
    inFlight.incrementAndGet();
    // One task per batch on the client's event loop (Netty's advice for many small writes from another thread).
    client.eventLoop().execute(() -> {
      for (int i : batch) {
        client.write(messages[i], client.voidPromise());
      }
      client.flush();
      inFlight.decrementAndGet();
    });
  }

  @Override
  public void close() throws Exception {
    client.close().sync();
    server.close().sync();
    clientGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    serverGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    checkReceiver();
  }

  /** QuoteCodec's payload, by hand on a ByteBuf. */
  static final class QuoteEncoder extends MessageToByteEncoder<Quote> {
    @Override
    protected void encode(ChannelHandlerContext ctx, Quote m, ByteBuf out) {
      out.writeByte(ByteBufUtil.utf8Bytes(m.symbol()));
      ByteBufUtil.writeUtf8(out, m.symbol());
      out.writeLong(m.price());
      out.writeInt(m.qty());
      out.writeInt(ByteBufUtil.utf8Bytes(m.venue()));
      ByteBufUtil.writeUtf8(out, m.venue());
    }
  }

  static final class QuoteDecoder extends MessageToMessageDecoder<ByteBuf> {
    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
      String symbol = in.readCharSequence(in.readUnsignedByte(), StandardCharsets.UTF_8).toString();
      long price = in.readLong();
      int qty = in.readInt();
      String venue = in.readCharSequence(in.readInt(), StandardCharsets.UTF_8).toString();
      out.add(new Quote(symbol, price, qty, venue));
    }
  }

  final class Counter extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      count();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      failure.compareAndSet(null, cause);
      ctx.close();
    }
  }
}
