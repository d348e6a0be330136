package dev.wiremessage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.examples.net.BlockingServer;
import dev.wiremessage.examples.net.Capture;
import dev.wiremessage.examples.net.Closed;
import dev.wiremessage.examples.net.NettyServer;
import dev.wiremessage.examples.net.Recorder;
import dev.wiremessage.examples.net.ServerLimits;
import dev.wiremessage.examples.net.TestPki;
import dev.wiremessage.examples.net.Threads;
import dev.wiremessage.examples.net.Tls;
import dev.wiremessage.examples.seed.Data;
import dev.wiremessage.examples.seed.DataCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile peers against a TLS server (the blocking server and the Netty server, seed protocol)
 * while a good TLS client keeps sending a message every 2 ms: each hostile connection is
 * dropped during the handshake, logged on one line ({@code dropped 127.0.0.1:54321:
 * handshake: ...} or {@code handshake-timeout: ...}), delivers no message, and the good
 * client's messages all arrive, in order, before and after. The handshake timeout is 2 s
 * here (10 s by default).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TlsHostilePeersTest {
  /** Short, but not so short that a first handshake on a loaded machine (class loading, JIT) misses it. */
  static final int HANDSHAKE_MILLIS = 2_000;
  static final long WAIT_MILLIS = 10_000;
  static final ServerLimits LIMITS = ServerLimits.DEFAULT.withHandshakeTimeoutMillis(HANDSHAKE_MILLIS);

  enum Kind { BLOCKING, NETTY }

  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Kind.class)
  void garbageOrAPlainFrameBeforeTheHandshakeIsDropped(Kind kind) throws Exception {
    Running server = start(kind, false);
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    garbage[0] = 0x16; // a TLS handshake record's type, so that the parser reads on into the garbage
    for (byte[] bytes : List.of(garbage, DataCodec.INSTANCE.toFrame(new Data("no --tls on the client", 1)))) {
      Socket hostile = server.plain();
      try {
        hostile.getOutputStream().write(bytes);
      } catch (IOException closedByServer) {
        // it may hang up before it has it all
      }
      server.expectDropped(hostile, "handshake: ");
    }
    server.good.stopAndVerify();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Kind.class)
  void handshakeThatNeverFinishesIsClosedByTheHandshakeTimeout(Kind kind) throws Exception {
    Running server = start(kind, false);
    long started = System.nanoTime();
    Socket silent = server.plain();
    Socket partial = server.plain();
    // the 5-byte header of a handshake record announcing 512 bytes, then 10 of them, then nothing
    partial.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0, 0x01, (byte) 0xfc, 0x03, 0x03, 0, 0, 0, 0});
    for (Socket hostile : List.of(silent, partial)) {
      server.expectDropped(hostile, "handshake-timeout: handshake not complete after " + HANDSHAKE_MILLIS + " ms");
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(millis >= HANDSHAKE_MILLIS, "closed after " + millis + " ms");
    server.good.stopAndVerify();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Kind.class)
  void withClientAuthRequiredAClientWithoutATrustedCertificateIsRefused(Kind kind) throws Exception {
    Running server = start(kind, true);
    for (String identity : new String[] {"stranger", null}) { // an untrusted certificate, none at all
      Tls client = TestPki.get().client(identity);
      Socket plain = server.plain();
      try {
        SSLSocket tls = (SSLSocket) client.context().getSocketFactory().createSocket(plain, "127.0.0.1", server.port, true);
        tls.setSoTimeout((int) WAIT_MILLIS);
        tls.startHandshake(); // TLS 1.3: the client's side may complete before the server checks its certificate
        DataCodec.INSTANCE.write(tls.getOutputStream(), new Data("let me in", 1));
        assertEquals(-1, tls.getInputStream().read(), identity + ": the server answered");
      } catch (IOException refused) {
        // the server's alert: bad_certificate, certificate_required...
      }
      Closed closed = server.expectDropped(plain, "handshake: ");
      assertEquals(0, closed.messages(), identity + " delivered a message");
    }
    server.good.stopAndVerify();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Kind.class)
  void clientThatDoesNotTrustTheServerFailsAndTheServerLogsItsAlert(Kind kind) throws Exception {
    Running server = start(kind, false);
    Tls trustingCacerts = Tls.of(null, null, null, false); // the test server's self-signed certificate is not in cacerts
    Socket plain = server.plain();
    SSLSocket tls = (SSLSocket) trustingCacerts.context().getSocketFactory().createSocket(plain, "127.0.0.1", server.port, true);
    assertThrows(SSLHandshakeException.class, tls::startHandshake);
    server.expectDropped(plain, "handshake: Received fatal alert: certificate_unknown");
    server.good.stopAndVerify();
  }

  // ---------------------------------------------------------------------------------------------

  private Running start(Kind kind, boolean clientAuth) throws Exception {
    Running r = new Running(kind, clientAuth);
    toClose.add(r);
    return r;
  }

  static String peer(Socket socket) {
    return "127.0.0.1:" + socket.getLocalPort();
  }

  /** A TLS server with a good client (holding a trusted certificate) already talking to it. */
  static final class Running implements AutoCloseable {
    final Recorder<Data> recorder = new Recorder<>();
    final Capture log = new Capture();
    final AutoCloseable server;
    final int port;
    final GoodClient good;
    final List<Socket> sockets = new ArrayList<>();

    Running(Kind kind, boolean clientAuth) throws Exception {
      Tls tls = TestPki.get().server(clientAuth);
      if (kind == Kind.BLOCKING) {
        BlockingServer<Data> s = BlockingServer.start(DataCodec.INSTANCE, tls.listen(0), LIMITS, recorder, log.stream,
            Threads.platform("tls-hostile"));
        server = s;
        port = s.port();
      } else {
        NettyServer<Data> s = NettyServer.start(DataCodec.INSTANCE, 0, LIMITS, tls, recorder, log.stream);
        server = s;
        port = s.port();
      }
      good = new GoodClient(this, TestPki.get().client("client").connect(port, (int) WAIT_MILLIS));
      recorder.awaitReceived(peer(good.socket), 5, WAIT_MILLIS); // talking before the hostile peer comes
    }

    /** A plain TCP connection to the server. */
    Socket plain() throws IOException {
      Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
      s.setSoTimeout((int) WAIT_MILLIS);
      sockets.add(s);
      return s;
    }

    /** The server closed {@code hostile} with an error starting {@code prefix}, logged on one line, with no message from it. */
    Closed expectDropped(Socket hostile, String prefix) throws Exception {
      String peer = peer(hostile);
      Closed closed = recorder.awaitClosed(peer, WAIT_MILLIS);
      assertFalse(closed.clean(), peer + " closed cleanly");
      assertTrue(closed.error().startsWith(prefix), closed.error());
      assertTrue(log.lines().contains("dropped " + peer + ": " + closed.error()), "log:\n" + log);
      assertTrue(closed.error().length() < 200, "a long log line: " + closed.error());
      assertEquals(List.of(), recorder.received(peer));
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

  /** Sends a message every 2 ms on its own TLS connection until stopped. */
  static final class GoodClient {
    private final Running server;
    final SSLSocket socket;
    private final Thread thread;
    private volatile boolean stop;
    private volatile int sent;
    private volatile Exception failure;

    GoodClient(Running server, SSLSocket socket) {
      this.server = server;
      this.socket = socket;
      this.thread = new Thread(this::run, "good-tls-client");
      thread.setDaemon(true);
      thread.start();
    }

    private void run() {
      try {
        OutputStream out = socket.getOutputStream();
        while (!stop) {
          DataCodec.INSTANCE.write(out, new Data("good " + sent, sent));
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

    /** Waits for 10 more of its messages, stops, closes, and checks every message arrived in order and the end was clean. */
    void stopAndVerify() throws Exception {
      server.recorder.awaitReceived(peer(socket), sent + 10, WAIT_MILLIS);
      stop();
      if (failure != null) {
        throw new AssertionError("the good client failed", failure);
      }
      socket.close();
      Closed closed = server.recorder.awaitClosed(peer(socket), WAIT_MILLIS);
      assertTrue(closed.clean(), "the good client was dropped: " + closed);
      List<Data> expected = new ArrayList<>();
      for (int i = 0; i < sent; i++) {
        expected.add(new Data("good " + i, i));
      }
      assertEquals(expected, server.recorder.received(peer(socket)));
    }
  }
}
