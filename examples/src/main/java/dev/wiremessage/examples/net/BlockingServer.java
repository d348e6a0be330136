package dev.wiremessage.examples.net;

import dev.wiremessage.runtime.FrameReader;
import dev.wiremessage.runtime.FrameWriter;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireFormatException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;

/**
 * A server with one thread per connection ({@link Threads#perConnection}: virtual threads on
 * JDK 21+), blocking reads through a {@link FrameReader} (one 64 KiB buffer: many frames per
 * system call), and the deadlines of {@link ServerLimits}.
 * Listens on 127.0.0.1. A peer that sends a bad frame, or times out, is closed and logged on
 * one line ({@code dropped 127.0.0.1:54321: malformed: ...}); nothing is sent to it. Other
 * connections do not notice.
 *
 * <p>On a TLS listener ({@link Tls#listen}) each connection's thread first completes the
 * handshake, within {@link ServerLimits#handshakeTimeoutMillis()}; a peer that fails it (no
 * TLS, an untrusted or missing client certificate) is dropped with {@code handshake: ...},
 * one that does not finish in time with {@code handshake-timeout: ...}. Frames are then read
 * from the {@code SSLSocket}'s stream exactly as from a plain one.
 */
public final class BlockingServer<T> implements AutoCloseable {
  static final int READ_BUFFER_BYTES = 64 * 1024;

  private final WireCodec<T> codec;
  private final ServerLimits limits;
  private final Handler<T> handler;
  private final PrintStream log;
  private final ServerSocket listener;
  private final ExecutorService threads;
  private final Thread acceptor;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closing;

  private BlockingServer(WireCodec<T> codec, ServerSocket listener, ServerLimits limits, Handler<T> handler,
      PrintStream log, ExecutorService threads) {
    this.codec = codec;
    this.limits = limits;
    this.handler = handler;
    this.log = log;
    this.threads = threads;
    this.listener = listener;
    this.acceptor = new Thread(this::acceptLoop, "accept-" + listener.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Starts serving on 127.0.0.1:{@code port} (0: any free port), a thread per connection from {@link Threads#perConnection}. */
  public static <T> BlockingServer<T> start(WireCodec<T> codec, int port, ServerLimits limits, Handler<T> handler,
      PrintStream log) throws IOException {
    return start(codec, listen(port), limits, handler, log, Threads.perConnection("conn"));
  }

  /** As {@link #start(WireCodec, int, ServerLimits, Handler, PrintStream)}, with the caller's threads (closed with the server). */
  public static <T> BlockingServer<T> start(WireCodec<T> codec, int port, ServerLimits limits, Handler<T> handler,
      PrintStream log, ExecutorService threads) throws IOException {
    return start(codec, listen(port), limits, handler, log, threads);
  }

  /**
   * Serves on a bound {@code listener} (closed with the server): {@link #listen} for plain TCP,
   * {@link Tls#listen} for TLS.
   */
  public static <T> BlockingServer<T> start(WireCodec<T> codec, ServerSocket listener, ServerLimits limits,
      Handler<T> handler, PrintStream log, ExecutorService threads) {
    return new BlockingServer<>(codec, listener, limits, handler, log, threads);
  }

  /** A plain TCP listener on 127.0.0.1:{@code port} (0: any free port). */
  public static ServerSocket listen(int port) throws IOException {
    return new ServerSocket(port, 128, InetAddress.getLoopbackAddress());
  }

  /** The port it listens on. */
  public int port() {
    return listener.getLocalPort();
  }

  /** Connections open now. */
  public int connections() {
    return open.size();
  }

  /** Blocks until {@link #close()} is called (from a shutdown hook, a test...). */
  public void awaitClose() throws InterruptedException {
    acceptor.join();
  }

  private void acceptLoop() {
    while (!closing) {
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException e) {
        if (!closing) {
          log.println("accept failed, server stops: " + e);
        }
        return;
      }
      if (open.size() >= limits.maxConnections()) {
        log.println("refused " + Peers.name(socket) + ": too many connections (" + limits.maxConnections() + ")");
        Peers.closeQuietly(socket);
        continue;
      }
      open.add(socket);
      try {
        threads.execute(() -> serve(socket));
      } catch (RuntimeException e) { // rejected: the server is closing
        open.remove(socket);
        Peers.closeQuietly(socket);
      }
    }
  }

  private void serve(Socket socket) {
    long allocatedAtStart = Threads.allocatedBytes();
    Peer peer = new Peer(socket);
    String error = null;
    try {
      handler.onOpen(peer);
      socket.setTcpNoDelay(true);
      if (socket instanceof SSLSocket tls) {
        error = handshake(tls);
        if (error != null) {
          return;
        }
      }
      TimedInput timed = new TimedInput(socket, limits);
      FrameReader<T> in = new FrameReader<>(codec, timed, READ_BUFFER_BYTES);
      for (T message; (message = in.read()) != null; ) {
        timed.messageDone(in.buffered() > 0);
        peer.received++;
        handler.onMessage(peer, message);
      }
    } catch (WireFormatException | SocketTimeoutException e) {
      error = e.getMessage();
    } catch (IOException | UncheckedIOException e) {
      error = closing || peer.finished ? null : "io: " + e.getMessage();
    } catch (RuntimeException e) {
      error = "handler failed: " + e;
    } finally {
      Peers.closeQuietly(socket);
      open.remove(socket);
      long allocated = allocatedAtStart < 0 ? -1 : Threads.allocatedBytes() - allocatedAtStart;
      if (error != null) {
        error = Peers.oneLine(error);
        log.println("dropped " + peer.name + ": " + error);
      }
      handler.onClose(peer, new Closed(peer.name, peer.received, error, allocated));
    }
  }

  /** Completes the TLS handshake within the handshake timeout; null when done, else why not. */
  private String handshake(SSLSocket socket) {
    try {
      socket.setSoTimeout(limits.handshakeTimeoutMillis());
      socket.startHandshake();
      return null;
    } catch (SocketTimeoutException e) {
      return "handshake-timeout: handshake not complete after " + limits.handshakeTimeoutMillis() + " ms";
    } catch (IOException e) {
      return closing ? null : "handshake: " + Tls.handshakeFailure(e);
    }
  }

  /** Stops accepting, closes every connection, and waits up to 5 s for their threads. */
  @Override
  public void close() {
    closing = true;
    Peers.closeQuietly(listener);
    for (Socket s : open) {
      Peers.closeQuietly(s);
    }
    threads.shutdown();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
      acceptor.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private final class Peer implements Connection<T> {
    final Socket socket;
    final String name;
    volatile long received;
    volatile boolean finished;
    private FrameWriter<T> out;

    Peer(Socket socket) {
      this.socket = socket;
      this.name = Peers.name(socket);
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
    public synchronized void send(T message) {
      try {
        if (out == null) {
          out = codec.writer(socket.getOutputStream());
        }
        out.write(message);
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void finish() {
      finished = true;
      Peers.closeQuietly(socket);
    }
  }

  static String address(ServerSocket s) {
    InetSocketAddress a = (InetSocketAddress) s.getLocalSocketAddress();
    return a.getAddress().getHostAddress() + ":" + a.getPort();
  }
}
