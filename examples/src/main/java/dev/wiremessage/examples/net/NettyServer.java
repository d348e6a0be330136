package dev.wiremessage.examples.net;

import dev.wiremessage.netty.WireMessageDecoder;
import dev.wiremessage.netty.WireMessageEncoder;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireFormatException;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.NotSslRecordException;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.ssl.SslHandshakeTimeoutException;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;

/**
 * The example servers' contract on Netty 4.2: one thread accepts, a few event-loop threads
 * (NIO transport; {@value #IO_THREAD_PREFIX}-*) serve every connection, and each connection's pipeline is
 *
 * <pre>
 * bytes -&gt; WireMessageDecoder(codec) -&gt; Peer (the Handler, deadlines, drops)
 * bytes &lt;- WireMessageEncoder(codec) &lt;- Connection.send(message)
 * </pre>
 *
 * with the limits of {@link ServerLimits}: the codec's frame limit (in the decoder), the idle
 * and frame timeouts (checked on the connection's event loop), the connection count, and
 * {@code maxQueuedBytes} as the channel's high water mark: a peer whose unsent bytes pass it
 * is dropped ({@code write-queue-full}). A bad frame drops its connection, logged on one line
 * ({@code dropped 127.0.0.1:54321: malformed: ...}); the others do not notice. Handlers run
 * on the connection's event loop.
 *
 * <p>With {@link Tls}, Netty's {@code SslHandler} (on a JDK {@code SSLEngine} from
 * {@link Tls#serverEngine()}) comes first, so the wiremessage handlers see plain bytes:
 *
 * <pre>
 * bytes -&gt; SslHandler -&gt; WireMessageDecoder(codec) -&gt; Peer
 * </pre>
 *
 * <p>Its handshake timeout is {@link ServerLimits#handshakeTimeoutMillis()}; a failed
 * handshake drops the connection with {@code handshake: ...}, a late one with
 * {@code handshake-timeout: ...}.
 */
public final class NettyServer<T> implements AutoCloseable {
  private final WireCodec<T> codec;
  private final ServerLimits limits;
  private final Handler<T> handler;
  private final PrintStream log;
  /** The name prefix of its event-loop threads (one per core, at most 4), which serve every connection. */
  public static final String IO_THREAD_PREFIX = "netty-server-io";

  private final EventLoopGroup boss =
      new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("netty-server-accept", true), NioIoHandler.newFactory());
  private final EventLoopGroup workers = new MultiThreadIoEventLoopGroup(
      Math.min(4, Runtime.getRuntime().availableProcessors()), new DefaultThreadFactory(IO_THREAD_PREFIX, true),
      NioIoHandler.newFactory());
  private final ChannelGroup open = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
  private final long tickMillis;
  private final Channel listener;
  private final Tls tls;
  private volatile boolean closing;

  private NettyServer(WireCodec<T> codec, int port, ServerLimits limits, Tls tls, Handler<T> handler, PrintStream log)
      throws InterruptedException {
    this.codec = codec;
    this.tls = tls;
    this.limits = limits;
    this.handler = handler;
    this.log = log;
    this.tickMillis = Math.max(10, Math.min(1_000, Math.min(limits.idleTimeoutMillis(), limits.frameTimeoutMillis()) / 4));
    try {
      this.listener = new ServerBootstrap()
          .group(boss, workers)
          .channel(NioServerSocketChannel.class)
          .option(ChannelOption.SO_BACKLOG, 128)
          .childOption(ChannelOption.TCP_NODELAY, true)
          .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK,
              new WriteBufferWaterMark(limits.maxQueuedBytes() / 2, limits.maxQueuedBytes()))
          .childHandler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
              if (open.size() >= limits.maxConnections()) {
                log.println("refused " + Peers.name(ch.remoteAddress()) + ": too many connections ("
                    + limits.maxConnections() + ")");
                ch.close();
                return;
              }
              open.add(ch);
              WireMessageDecoder<T> decoder = new WireMessageDecoder<>(codec);
              if (tls != null) {
                SslHandler ssl = new SslHandler(tls.serverEngine());
                ssl.setHandshakeTimeoutMillis(limits.handshakeTimeoutMillis());
                ch.pipeline().addLast(ssl);
              }
              ch.pipeline().addLast(decoder, new WireMessageEncoder<>(codec), new Peer(decoder));
            }
          })
          .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)).sync().channel();
    } catch (InterruptedException | RuntimeException e) {
      shutdown();
      throw e;
    }
  }

  /** Serves {@code codec} on 127.0.0.1:{@code port} (0: any free port). */
  public static <T> NettyServer<T> start(WireCodec<T> codec, int port, ServerLimits limits, Handler<T> handler,
      PrintStream log) throws InterruptedException {
    return new NettyServer<>(codec, port, limits, null, handler, log);
  }

  /** Serves {@code codec} over TLS on 127.0.0.1:{@code port} (0: any free port). */
  public static <T> NettyServer<T> start(WireCodec<T> codec, int port, ServerLimits limits, Tls tls, Handler<T> handler,
      PrintStream log) throws InterruptedException {
    return new NettyServer<>(codec, port, limits, Objects.requireNonNull(tls, "tls"), handler, log);
  }

  /** The port it listens on. */
  public int port() {
    return ((InetSocketAddress) listener.localAddress()).getPort();
  }

  /** Blocks until {@link #close()} is called. */
  public void awaitClose() throws InterruptedException {
    listener.closeFuture().await();
  }

  /** Stops accepting, closes every connection, and stops the event loops (waiting up to 5 s). */
  @Override
  public void close() {
    closing = true;
    listener.close().awaitUninterruptibly();
    open.close().awaitUninterruptibly();
    shutdown();
  }

  private void shutdown() {
    boss.shutdownGracefully(0, 5, TimeUnit.SECONDS).awaitUninterruptibly();
    workers.shutdownGracefully(0, 5, TimeUnit.SECONDS).awaitUninterruptibly();
  }

  /** The TLS error in {@code cause}'s chain (SslHandler's come wrapped in a DecoderException), or null. */
  private static SSLException tlsError(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof SSLException ssl) {
        return ssl;
      }
    }
    return null;
  }

  /** The last handler of a connection: the user's {@link Handler}, deadlines and drops. */
  private final class Peer extends SimpleChannelInboundHandler<T> implements Connection<T> {
    private final WireMessageDecoder<T> decoder;
    private Channel channel;
    private String name;
    private long received;
    private long lastMessageAt = System.nanoTime();
    private long frameStartedAt = -1;
    private String error;
    private boolean finished;
    private ScheduledFuture<?> ticker;
    /** True once TLS is up (or from the start without TLS). */
    private boolean handshaken = tls == null;

    Peer(WireMessageDecoder<T> decoder) {
      super(codec.type());
      this.decoder = decoder;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
      channel = ctx.channel();
      name = Peers.name(channel.remoteAddress());
      ticker = ctx.executor().scheduleAtFixedRate(this::checkDeadlines, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
      handler.onOpen(this);
      ctx.fireChannelActive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, T message) {
      received++;
      lastMessageAt = System.nanoTime();
      handler.onMessage(this, message);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
      // after each read: has a frame begun (bytes held by the decoder) or ended?
      if (decoder.isIdle()) {
        frameStartedAt = -1;
      } else if (frameStartedAt < 0) {
        frameStartedAt = System.nanoTime();
      }
      ctx.fireChannelReadComplete();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      WireFormatException bad = WireMessageDecoder.formatError(cause);
      SSLException tlsError = tlsError(cause);
      if (tlsError != null && !handshaken) {
        drop(handshakeError(tlsError));
      } else if (tlsError != null) {
        drop("tls: " + tlsError.getMessage());
      } else if (bad != null) {
        drop(bad.getMessage()); // frame-too-long, malformed, truncated: the stream is out of step
      } else if (!closing && !finished) {
        drop(cause instanceof java.io.IOException ? "io: " + cause.getMessage() : "handler failed: " + cause);
      } else {
        ctx.close();
      }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
      if (event instanceof SslHandshakeCompletionEvent done) {
        if (done.isSuccess()) {
          handshaken = true;
        } else {
          drop(handshakeError(done.cause()));
        }
      }
      ctx.fireUserEventTriggered(event);
    }

    private String handshakeError(Throwable cause) {
      if (cause instanceof SslHandshakeTimeoutException) {
        return "handshake-timeout: handshake not complete after " + limits.handshakeTimeoutMillis() + " ms";
      }
      if (cause instanceof NotSslRecordException) { // its message is a hex dump of everything received
        return "handshake: not a TLS record";
      }
      return "handshake: " + Tls.handshakeFailure(cause);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
      if (!ctx.channel().isWritable()) {
        drop("write-queue-full: more than " + limits.maxQueuedBytes() + " bytes queued for a peer that does not read");
      }
      ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      ticker.cancel(false);
      if (error == null && !closing && !decoder.isIdle()) {
        // the decoder's truncated error reaches exceptionCaught only after this
        error = "truncated: the peer closed the connection inside a frame";
      }
      if (error != null) {
        log.println("dropped " + name + ": " + Peers.oneLine(error));
      }
      handler.onClose(this, new Closed(name, received, error, -1));
      ctx.fireChannelInactive();
    }

    private void checkDeadlines() {
      long now = System.nanoTime();
      if (frameStartedAt >= 0) {
        if (now - frameStartedAt > limits.frameTimeoutMillis() * 1_000_000L) {
          drop("frame-timeout: frame not complete after " + limits.frameTimeoutMillis() + " ms");
        }
      } else if (now - lastMessageAt > limits.idleTimeoutMillis() * 1_000_000L) {
        drop("idle-timeout: no message for " + limits.idleTimeoutMillis() + " ms");
      }
    }

    private void drop(String why) {
      if (error == null && channel.isOpen()) {
        error = why;
      }
      channel.close();
    }

    @Override
    public String peer() {
      return name;
    }

    @Override
    public long received() {
      return received;
    }

    @Override
    public void send(T message) {
      channel.writeAndFlush(message).addListener(f -> {
        if (!f.isSuccess() && channel.isOpen()) {
          drop("io: " + f.cause());
        }
      });
    }

    @Override
    public void finish() {
      finished = true;
      channel.writeAndFlush(io.netty.buffer.Unpooled.EMPTY_BUFFER).addListener(f -> channel.close());
    }
  }
}
