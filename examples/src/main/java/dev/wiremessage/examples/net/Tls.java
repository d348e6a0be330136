package dev.wiremessage.examples.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS for the example servers and clients, from the JDK alone (the SunJSSE provider): an
 * {@link SSLContext} built from a PKCS12 key store (this side's certificate and private key)
 * and a PKCS12 trust store (the certificates it accepts from the other side; the JDK's
 * {@code cacerts} when there is none), and the sockets and engines made from it.
 *
 * <p>Every socket and engine enables {@link #PROTOCOLS} only (TLS 1.3, then 1.2) and keeps the
 * JDK's default cipher suites, which are the ones it ranks first (AEAD only on TLS 1.3;
 * ECDHE with AES-GCM or ChaCha20-Poly1305 first on TLS 1.2). A client checks that the server's
 * certificate names the address it dialled ({@code 127.0.0.1}, as an IP subject alternative
 * name), as HTTPS does. With {@link #clientAuth()} a server refuses, during the handshake, a
 * client without a certificate its trust store accepts.
 *
 * <p>The wiremessage streams, readers and writers, and the Netty handlers, need nothing else:
 * TLS sits below the frames ({@code SSLSocket} streams; {@code SslHandler} first in a Netty
 * pipeline).
 */
public final class Tls {
  /** The protocol versions enabled on every socket and engine, most preferred first. */
  public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

  private final SSLContext context;
  private final boolean clientAuth;

  private Tls(SSLContext context, boolean clientAuth) {
    this.context = context;
    this.clientAuth = clientAuth;
  }

  /**
   * TLS with these stores.
   *
   * @param keyStore this side's certificate chain and private key (a server needs one; a client
   *     only for a server that requires client certificates), or null
   * @param keyPassword the key store's password (also the key's, as keytool makes them)
   * @param trustStore the certificates trusted on the other side, or null for the JDK's default
   *     trust store ({@code cacerts})
   * @param clientAuth for a server: require a client certificate that {@code trustStore} accepts
   */
  public static Tls of(KeyStore keyStore, char[] keyPassword, KeyStore trustStore, boolean clientAuth)
      throws GeneralSecurityException {
    KeyManagerFactory keys = null;
    if (keyStore != null) {
      keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(keyStore, keyPassword);
    }
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trustStore); // null: the JDK's cacerts
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
    return new Tls(context, clientAuth);
  }

  /** Loads a PKCS12 store; {@code password} may be null for a store of certificates only. */
  public static KeyStore load(Path pkcs12, char[] password) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(pkcs12)) {
      store.load(in, password);
    }
    return store;
  }

  /** The context every socket and engine comes from. */
  public SSLContext context() {
    return context;
  }

  /** Whether a server made from this requires (and verifies) client certificates. */
  public boolean clientAuth() {
    return clientAuth;
  }

  /**
   * A TLS listener on 127.0.0.1:{@code port} (0: any free port). Accepting does not handshake:
   * a server handshakes on the connection's own thread ({@link BlockingServer}), so a peer that
   * never finishes holds up nobody else.
   */
  public SSLServerSocket listen(int port) throws IOException {
    SSLServerSocket listener = (SSLServerSocket) context.getServerSocketFactory()
        .createServerSocket(port, 128, InetAddress.getLoopbackAddress());
    listener.setSSLParameters(serverParameters());
    return listener;
  }

  /**
   * Connects to 127.0.0.1:{@code port} and completes the handshake, both within
   * {@code timeoutMillis}; the server's certificate must be trusted and name 127.0.0.1.
   */
  public SSLSocket connect(int port, int timeoutMillis) throws IOException {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    Socket plain = new Socket();
    try {
      plain.connect(new InetSocketAddress(loopback, port), timeoutMillis);
      SSLSocket socket = (SSLSocket) context.getSocketFactory()
          .createSocket(plain, loopback.getHostAddress(), port, true);
      SSLParameters parameters = socket.getSSLParameters();
      parameters.setProtocols(PROTOCOLS.toArray(String[]::new));
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      socket.setSSLParameters(parameters);
      socket.setSoTimeout(timeoutMillis);
      socket.startHandshake();
      socket.setSoTimeout(0);
      return socket;
    } catch (IOException | RuntimeException e) {
      Peers.closeQuietly(plain);
      throw e;
    }
  }

  /**
   * The one-line description of a failed handshake that the servers log: the exception's message,
   * without the {@code (alert_name) } prefix that JDK 21 and later put before it, so that a log
   * line reads the same on every JDK ({@code Received fatal alert: certificate_unknown}).
   *
   * @param e the handshake's failure
   * @return its message, or its {@code toString()} when it has none
   */
  public static String handshakeFailure(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.toString() : m.replaceFirst("^\\([a-z_]+\\) ", "");
  }

  /**
   * Ends a client's side of a connection that only sends: half-closes it ({@code close_notify}),
   * then reads until the server's end of stream, for at most {@code timeoutMillis}, and closes.
   * With TLS 1.3 the client's handshake is complete before the server has checked the client's
   * certificate, so a refusal arrives only as an alert on the next read: here, as an
   * {@code SSLException}, instead of a send that seemed to succeed. A server that keeps the
   * connection open past the timeout is left; what was sent was sent.
   *
   * @throws IOException the server refused the connection (or broke it) before closing
   */
  public static void finishSending(SSLSocket socket, int timeoutMillis) throws IOException {
    try (socket) {
      socket.shutdownOutput();
      socket.setSoTimeout(timeoutMillis);
      InputStream in = socket.getInputStream();
      byte[] ignored = new byte[512];
      while (in.read(ignored) >= 0) {
        // the seed and line servers send nothing: wait for their end of stream
      }
    } catch (SocketTimeoutException e) {
      // the server is still open: nothing more to learn
    }
  }

  /** A server-side engine, for Netty's {@code SslHandler} (one per connection). */
  public SSLEngine serverEngine() {
    SSLEngine engine = context.createSSLEngine();
    engine.setUseClientMode(false);
    engine.setSSLParameters(serverParameters());
    return engine;
  }

  private SSLParameters serverParameters() {
    SSLParameters parameters = context.getDefaultSSLParameters();
    parameters.setProtocols(PROTOCOLS.toArray(String[]::new));
    parameters.setNeedClientAuth(clientAuth);
    return parameters;
  }
}
