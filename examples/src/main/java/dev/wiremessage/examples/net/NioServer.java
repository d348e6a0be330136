package dev.wiremessage.examples.net;

import dev.wiremessage.runtime.ChannelFrameWriter;
import dev.wiremessage.runtime.FrameDecoder;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireFormatException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A non-blocking server: one thread, one {@link Selector}, a {@link FrameDecoder} and a
 * {@link ChannelFrameWriter} (a bounded write queue, flushed with gathering writes) per connection, one 64 KiB read buffer shared by all of them (the decoder keeps
 * what it needs). Handlers run on the selector thread. Listens on 127.0.0.1.
 *
 * <p>Every connection is held to {@link ServerLimits}: idle and frame deadlines are checked
 * on a tick of a quarter of the shorter one (at least 10 ms, at most 1 s), a peer whose write
 * queue would pass {@code maxQueuedBytes} is dropped, and a bad frame drops its connection
 * only. Each drop is one log line, {@code dropped 127.0.0.1:54321: frame-too-long: ...}.
 *
 * <p>No TLS, by decision: NIO users who need it use Netty ({@code SslHandler}, as
 * {@link NettyServer}) or blocking {@code SSLSocket}s ({@link BlockingServer} on
 * {@link Tls#listen}); the reason is in docs/security.md.
 */
public final class NioServer<T> implements AutoCloseable {
  private final WireCodec<T> codec;
  private final ServerLimits limits;
  private final Handler<T> handler;
  private final PrintStream log;
  private final Selector selector;
  private final ServerSocketChannel listener;
  private final Thread loop;
  private final ByteBuffer readBuffer = ByteBuffer.allocate(64 * 1024);
  private final List<Peer> peers = new ArrayList<>();
  /** Peers sent to during this round of the loop: flushed once at its end, so a burst costs one write. */
  private final List<Peer> dirty = new ArrayList<>();
  private final long tickMillis;
  private volatile boolean closing;

  private NioServer(WireCodec<T> codec, int port, ServerLimits limits, Handler<T> handler, PrintStream log)
      throws IOException {
    this.codec = codec;
    this.limits = limits;
    this.handler = handler;
    this.log = log;
    this.tickMillis = Math.max(10, Math.min(1_000, Math.min(limits.idleTimeoutMillis(), limits.frameTimeoutMillis()) / 4));
    this.selector = Selector.open();
    this.listener = ServerSocketChannel.open();
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    listener.configureBlocking(false);
    listener.register(selector, SelectionKey.OP_ACCEPT);
    this.loop = new Thread(this::run, "nio-" + port());
    loop.setDaemon(true);
    loop.start();
  }

  /** Starts serving on 127.0.0.1:{@code port} (0: any free port). */
  public static <T> NioServer<T> start(WireCodec<T> codec, int port, ServerLimits limits, Handler<T> handler,
      PrintStream log) throws IOException {
    return new NioServer<>(codec, port, limits, handler, log);
  }

  public int port() {
    return listener.socket().getLocalPort();
  }

  /** The selector thread: its allocation counter measures what the server allocates for its peers. */
  public Thread thread() {
    return loop;
  }

  /** Blocks until {@link #close()} is called. */
  public void awaitClose() throws InterruptedException {
    loop.join();
  }

  /** Stops the loop, closes every connection, and waits up to 5 s for the selector thread. */
  @Override
  public void close() {
    closing = true;
    selector.wakeup();
    try {
      loop.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    long nextCheck = System.nanoTime();
    try {
      while (!closing) {
        selector.select(tickMillis);
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
          SelectionKey key = keys.next();
          keys.remove();
          if (!key.isValid()) {
            continue;
          }
          if (key.isAcceptable()) {
            accept();
            continue;
          }
          @SuppressWarnings("unchecked")
          Peer peer = (Peer) key.attachment();
          if (key.isReadable()) {
            read(peer);
          }
          if (key.isValid() && key.isWritable()) {
            flush(peer);
          }
        }
        for (int i = 0; i < dirty.size(); i++) {
          Peer p = dirty.get(i);
          p.dirty = false;
          if (!p.closed) {
            flush(p);
          }
        }
        dirty.clear();
        long now = System.nanoTime();
        if (now - nextCheck >= 0) {
          checkDeadlines(now);
          nextCheck = now + tickMillis * 1_000_000L;
        }
      }
    } catch (IOException | ClosedSelectorException e) {
      if (!closing) {
        log.println("selector failed, server stops: " + e);
      }
    } finally {
      for (Peer p : new ArrayList<>(peers)) {
        p.close(null);
      }
      Peers.closeQuietly(listener);
      Peers.closeQuietly(selector);
    }
  }

  private void accept() throws IOException {
    for (SocketChannel ch; (ch = listener.accept()) != null; ) {
      if (peers.size() >= limits.maxConnections()) {
        log.println("refused " + Peers.name(ch.getRemoteAddress()) + ": too many connections (" + limits.maxConnections() + ")");
        Peers.closeQuietly(ch);
        continue;
      }
      ch.configureBlocking(false);
      ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
      Peer peer = new Peer(ch);
      peer.key = ch.register(selector, SelectionKey.OP_READ, peer);
      peers.add(peer);
      try {
        handler.onOpen(peer);
      } catch (RuntimeException e) {
        peer.close("handler failed: " + e);
      }
    }
  }

  private void read(Peer peer) {
    ByteBuffer buf = readBuffer;
    buf.clear();
    int n;
    try {
      n = peer.channel.read(buf);
    } catch (IOException e) {
      peer.close("io: " + e.getMessage());
      return;
    }
    long now = System.nanoTime();
    if (n > 0) {
      buf.flip();
      int delivered = 0;
      try {
        for (T m; !peer.closed && (m = peer.decoder.decode(buf)) != null; ) {
          delivered++;
          peer.received++;
          handler.onMessage(peer, m);
        }
      } catch (WireFormatException e) {
        peer.close(e.getMessage());
        return;
      } catch (RuntimeException e) {
        peer.close("handler failed: " + e);
        return;
      }
      if (delivered > 0) {
        peer.lastMessageAt = now;
      }
      if (peer.decoder.isIdle()) {
        peer.frameStartedAt = 0;
      } else if (delivered > 0 || peer.frameStartedAt == 0) {
        peer.frameStartedAt = now;
      }
    } else if (n < 0) {
      try {
        peer.decoder.finish();
        peer.close(null);
      } catch (WireFormatException e) {
        peer.close(e.getMessage());
      }
    }
  }

  private void flush(Peer peer) {
    try {
      if (peer.out.flush()) {
        if (peer.finishing) {
          peer.close(null);
        } else {
          peer.key.interestOps(SelectionKey.OP_READ);
        }
      } else {
        peer.key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
      }
    } catch (IOException e) {
      peer.close("io: " + e.getMessage());
    }
  }

  private void checkDeadlines(long now) {
    for (Peer p : new ArrayList<>(peers)) {
      if (p.frameStartedAt != 0) {
        if (now - p.frameStartedAt > limits.frameTimeoutMillis() * 1_000_000L) {
          p.close("frame-timeout: frame not complete after " + limits.frameTimeoutMillis() + " ms");
        }
      } else if (now - p.lastMessageAt > limits.idleTimeoutMillis() * 1_000_000L) {
        p.close("idle-timeout: no message for " + limits.idleTimeoutMillis() + " ms");
      }
    }
  }

  private final class Peer implements Connection<T> {
    final SocketChannel channel;
    final String name;
    final FrameDecoder<T> decoder = codec.newDecoder();
    final ChannelFrameWriter<T> out;
    SelectionKey key;
    long received;
    long lastMessageAt = System.nanoTime();
    long frameStartedAt;
    boolean finishing;
    boolean closed;
    boolean dirty;

    Peer(SocketChannel channel) throws IOException {
      this.channel = channel;
      this.name = Peers.name(channel.getRemoteAddress());
      this.out = new ChannelFrameWriter<>(codec, channel, limits.maxQueuedBytes());
    }

    @Override
    public String peer() {
      return name;
    }

    @Override
    public long received() {
      return received;
    }

    /** Selector thread only. */
    @Override
    public void send(T message) {
      if (closed || finishing) {
        return;
      }
      boolean queued;
      try {
        queued = out.enqueue(message);
      } catch (IllegalArgumentException tooBigForTheQueue) {
        queued = false;
      }
      if (!queued) {
        close("write-queue-full: the peer does not read (" + limits.maxQueuedBytes() + " bytes queued at most)");
        return;
      }
      markDirty();
    }

    private void markDirty() {
      if (!dirty) {
        dirty = true;
        NioServer.this.dirty.add(this);
      }
    }

    @Override
    public void finish() {
      if (closed) {
        return;
      }
      finishing = true;
      markDirty();
    }

    void close(String error) {
      if (closed) {
        return;
      }
      closed = true;
      peers.remove(this);
      if (key != null) {
        key.cancel();
      }
      Peers.closeQuietly(channel);
      if (error != null) {
        error = Peers.oneLine(error);
        log.println("dropped " + name + ": " + error);
      }
      handler.onClose(this, new Closed(name, received, error, -1));
    }
  }
}
