package dev.wiremessage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.examples.line.Line;
import dev.wiremessage.examples.line.LineCodec;
import dev.wiremessage.examples.net.BlockingServer;
import dev.wiremessage.examples.net.Capture;
import dev.wiremessage.examples.net.Closed;
import dev.wiremessage.examples.net.NettyServer;
import dev.wiremessage.examples.net.NioServer;
import dev.wiremessage.examples.net.Recorder;
import dev.wiremessage.examples.net.ServerLimits;
import dev.wiremessage.examples.net.Threads;
import dev.wiremessage.examples.seed.Data;
import dev.wiremessage.examples.seed.DataCodec;
import dev.wiremessage.runtime.WireCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile peers against a running server while a well-behaved client keeps talking (a message
 * every 2 ms): each costs only its own connection, which the server closes and logs on one
 * line; the good client's messages all arrive; and what a hostile header announces is never
 * allocated. Every case runs against the blocking server (thread per connection), the NIO
 * server (one selector) and the Netty server (wiremessage-netty's handlers), with the length-prefixed seed protocol and the line protocol where it
 * applies. Limits are small so that it is quick: idle timeout 1 s, frame timeout 500 ms, line
 * frame limit 1 KiB (seed keeps its 16 MiB).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostilePeersTest {
  static final int IDLE_MILLIS = 1_000;
  static final int FRAME_MILLIS = 500;
  static final int LINE_LIMIT = 1024;
  static final int FLOOD = 200;
  static final long WAIT_MILLIS = 10_000;
  /** The most a server may allocate while one hostile peer is served (the good client's traffic included). */
  static final long ALLOCATION_BOUND = 8L << 20;
  static final ServerLimits LIMITS = ServerLimits.DEFAULT.withIdleTimeoutMillis(IDLE_MILLIS).withFrameTimeoutMillis(FRAME_MILLIS);

  enum Kind { BLOCKING, NIO, NETTY }

  /** A protocol: its codec and the good client's i-th message. */
  record Proto<T>(String name, WireCodec<T> codec, IntFunction<T> message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final Proto<Data> SEED = new Proto<>("seed", DataCodec.INSTANCE, i -> new Data("good " + i, i));
  static final Proto<Line> LINE = new Proto<>("line", LineCodec.INSTANCE.withMaxFrameBytes(LINE_LIMIT), i -> new Line("good " + i));

  static Stream<Arguments> both() {
    return Stream.of(Kind.values()).flatMap(k -> Stream.of(Arguments.of(k, SEED), Arguments.of(k, LINE)));
  }

  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Kind.class)
  void headerAnnouncing2GiBIsRefusedAtOnceWithoutAllocatingIt(Kind kind) throws Exception {
    Running<Data> server = start(kind, SEED);
    Socket hostile = server.connect();
    long before = server.selectorAllocatedBytes();
    hostile.getOutputStream().write(new byte[] {(byte) 0x80, 0, 0, 0, '{', '"', 'm'}); // 2^31 bytes to follow
    Closed closed = server.expectDropped(hostile, "frame-too-long: ");
    server.assertAllocatedLittle(closed, before);
    server.good.stopAndVerify();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Kind.class)
  void headerAtTheFrameLimitCostsOnlyTheBytesThatArrive(Kind kind) throws Exception {
    Running<Data> server = start(kind, SEED);
    Socket hostile = server.connect();
    long before = server.selectorAllocatedBytes();
    byte[] start = new byte[4 + 1000];
    start[1] = 0x00;
    start[0] = 0x01; // 16 MiB: the limit itself, so accepted, and then 1000 of its bytes only
    Arrays.fill(start, 4, start.length, (byte) ' ');
    hostile.getOutputStream().write(start);
    Closed closed = server.expectDropped(hostile, "frame-timeout: ");
    server.assertAllocatedLittle(closed, before);
    server.good.stopAndVerify();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Kind.class)
  void lineThatNeverEndsIsCutAtTheFrameLimit(Kind kind) throws Exception {
    Running<Line> server = start(kind, LINE);
    Socket hostile = server.connect();
    long before = server.selectorAllocatedBytes();
    byte[] chunk = new byte[1024];
    Arrays.fill(chunk, (byte) 'x');
    try {
      for (int i = 0; i < 1024 && server.recorder.closed().get(peer(hostile)) == null; i++) { // up to 1 MiB, no '\n'
        hostile.getOutputStream().write(chunk);
      }
    } catch (IOException closedByServer) {
      // the server hung up on us, as it should
    }
    Closed closed = server.expectDropped(hostile, "frame-too-long: ");
    server.assertAllocatedLittle(closed, before);
    server.good.stopAndVerify();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("both")
  <T> void slowlorisOneByteEvery100MillisIsClosedByTheFrameTimeout(Kind kind, Proto<T> proto) throws Exception {
    Running<T> server = start(kind, proto);
    Socket hostile = server.connect();
    byte[] frame = proto.codec().toFrame(proto.message().apply(123_456_789));
    OutputStream out = hostile.getOutputStream();
    long started = System.nanoTime();
    try {
      for (int i = 0; i < frame.length - 1 && server.recorder.closed().get(peer(hostile)) == null; i++) {
        out.write(frame[i]);
        out.flush();
        Thread.sleep(100);
      }
    } catch (IOException closedByServer) {
      // expected once the timeout has struck
    }
    Closed closed = server.expectDropped(hostile, "frame-timeout: ");
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(millis >= FRAME_MILLIS, "closed after " + millis + " ms");
    assertEquals(0, closed.messages());
    server.good.stopAndVerify();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("both")
  <T> void randomGarbageIsDropped(Kind kind, Proto<T> proto) throws Exception {
    Running<T> server = start(kind, proto);
    Socket hostile = server.connect();
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    try {
      hostile.getOutputStream().write(garbage);
    } catch (IOException closedByServer) {
      // it may hang up before it has it all
    }
    Closed closed = server.expectDropped(hostile, "");
    assertTrue(closed.error().startsWith("malformed: ") || closed.error().startsWith("frame-too-long: "), closed.error());
    server.good.stopAndVerify();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("both")
  <T> void connectionClosedInsideAFrameIsTruncated(Kind kind, Proto<T> proto) throws Exception {
    Running<T> server = start(kind, proto);
    Socket hostile = server.connect();
    byte[] frame = proto.codec().toFrame(proto.message().apply(7));
    OutputStream out = hostile.getOutputStream();
    out.write(frame);                     // one whole message,
    out.write(frame, 0, frame.length / 2); // then half of one
    hostile.shutdownOutput();
    Closed closed = server.expectDropped(hostile, "truncated: ");
    assertEquals(1, closed.messages());
    assertEquals(List.of(proto.message().apply(7)), server.recorder.received(peer(hostile)));
    server.good.stopAndVerify();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Kind.class)
  void floodOfSilentConnectionsIsClosedByTheIdleTimeout(Kind kind) throws Exception {
    Running<Data> server = start(kind, SEED);
    List<Socket> flood = new ArrayList<>();
    for (int i = 0; i < FLOOD; i++) {
      flood.add(server.connect());
    }
    for (Socket s : flood) {
      server.expectDropped(s, "idle-timeout: ");
    }
    assertEquals(FLOOD, server.log.linesStartingWith("dropped ").stream().filter(l -> l.contains(": idle-timeout: ")).count());
    server.good.stopAndVerify();
  }

  // ---------------------------------------------------------------------------------------------

  private <T> Running<T> start(Kind kind, Proto<T> proto) throws Exception {
    Running<T> r = new Running<>(kind, proto);
    toClose.add(r);
    return r;
  }

  static String peer(Socket socket) {
    return "127.0.0.1:" + socket.getLocalPort();
  }

  /** A server with a good client already talking to it. */
  final class Running<T> implements AutoCloseable {
    final Kind kind;
    final Proto<T> proto;
    final Recorder<T> recorder = new Recorder<>();
    final Capture log = new Capture();
    final AutoCloseable server;
    final int port;
    final GoodClient<T> good;
    final List<Socket> sockets = new ArrayList<>();

    Running(Kind kind, Proto<T> proto) throws Exception {
      this.kind = kind;
      this.proto = proto;
      if (kind == Kind.BLOCKING) {
        // platform threads, whose allocation counter HotSpot keeps (not a virtual thread's)
        BlockingServer<T> s = BlockingServer.start(proto.codec(), 0, LIMITS, recorder, log.stream, Threads.platform("hostile"));
        server = s;
        port = s.port();
      } else if (kind == Kind.NIO) {
        NioServer<T> s = NioServer.start(proto.codec(), 0, LIMITS, recorder, log.stream);
        server = s;
        port = s.port();
      } else {
        NettyServer<T> s = NettyServer.start(proto.codec(), 0, LIMITS, recorder, log.stream);
        server = s;
        port = s.port();
      }
      good = new GoodClient<>(this);
      recorder.awaitReceived(peer(good.socket), 5, WAIT_MILLIS); // talking before the hostile peer comes
    }

    Socket connect() throws IOException {
      Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
      s.setSoTimeout((int) WAIT_MILLIS);
      sockets.add(s);
      return s;
    }

    /**
     * The bytes allocated so far by the NIO selector thread, or by the Netty server's event-loop
     * threads (all of them: any may serve the hostile peer), or -1 (blocking: measured per
     * connection instead).
     */
    long selectorAllocatedBytes() {
      var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      if (server instanceof NioServer<?> nio) {
        return mx.getThreadAllocatedBytes(nio.thread().getId());
      }
      if (server instanceof NettyServer<?>) {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
          if (t.getName().startsWith(NettyServer.IO_THREAD_PREFIX)) {
            sum += Math.max(0, mx.getThreadAllocatedBytes(t.getId()));
          }
        }
        return sum;
      }
      return -1;
    }

    /** Far below what a hostile header announced: the connection's thread (blocking) or the selector thread (NIO). */
    void assertAllocatedLittle(Closed closed, long selectorBefore) {
      long allocated = kind == Kind.BLOCKING ? closed.allocatedBytes() : selectorAllocatedBytes() - selectorBefore;
      assertTrue(allocated >= 0, "allocation not measured: " + allocated);
      assertTrue(allocated < ALLOCATION_BOUND, kind + " server allocated " + allocated + " bytes for it");
    }

    /** The server closed {@code hostile} with an error starting {@code prefix}, logged it on one line, and hung up. */
    Closed expectDropped(Socket hostile, String prefix) throws Exception {
      String peer = peer(hostile);
      Closed closed = recorder.awaitClosed(peer, WAIT_MILLIS);
      assertFalse(closed.clean(), peer + " closed cleanly");
      assertTrue(closed.error().startsWith(prefix), closed.error());
      assertTrue(log.lines().contains("dropped " + peer + ": " + closed.error()), "log:\n" + log);
      try {
        InputStream in = hostile.getInputStream();
        assertEquals(-1, in.read(), "the server sent something instead of hanging up");
      } catch (SocketException reset) {
        // hung up with our bytes unread: a reset
      }
      return closed;
    }

    @Override
    public void close() throws Exception {
      good.stop();
      for (Socket s : sockets) {
        s.close();
      }
      server.close();
    }
  }

  /** Sends a message every 2 ms on its own connection until stopped. */
  static final class GoodClient<T> implements AutoCloseable {
    private final Running<T> server;
    final Socket socket;
    private final Thread thread;
    private volatile boolean stop;
    private volatile int sent;
    private volatile Exception failure;

    GoodClient(Running<T> server) throws IOException {
      this.server = server;
      this.socket = new Socket(InetAddress.getLoopbackAddress(), server.port);
      this.thread = new Thread(this::run, "good-client");
      thread.setDaemon(true);
      thread.start();
    }

    private void run() {
      try {
        OutputStream out = socket.getOutputStream();
        while (!stop) {
          server.proto.codec().write(out, server.proto.message().apply(sent));
          sent++;
          Thread.sleep(2);
        }
      } catch (Exception e) {
        failure = e;
      }
    }

    void stop() throws InterruptedException {
      stop = true;
      thread.join(WAIT_MILLIS);
    }

    /**
     * Waits until 10 more of its messages have arrived (the server still serves it after the
     * hostile peer), then stops, closes, and checks that every message arrived in order and the
     * connection ended cleanly.
     */
    void stopAndVerify() throws Exception {
      server.recorder.awaitReceived(peer(socket), sent + 10, WAIT_MILLIS);
      stop();
      if (failure != null) {
        throw new AssertionError("the good client failed", failure);
      }
      assertTrue(sent > 0, "the good client sent nothing");
      socket.close();
      Closed closed = server.recorder.awaitClosed(peer(socket), WAIT_MILLIS);
      assertTrue(closed.clean(), "the good client was dropped: " + closed);
      List<T> expected = new ArrayList<>();
      for (int i = 0; i < sent; i++) {
        expected.add(server.proto.message().apply(i));
      }
      assertEquals(expected, server.recorder.received(peer(socket)));
    }

    @Override
    public void close() throws Exception {
      stop();
      socket.close();
    }
  }
}
