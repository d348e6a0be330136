package dev.wiremessage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.examples.net.TestPki;
import dev.wiremessage.examples.net.Tls;
import dev.wiremessage.examples.seed.Data;
import dev.wiremessage.examples.seed.DataCodec;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.FrameReader;
import dev.wiremessage.runtime.FrameWriter;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireFormatException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The runtime's blocking calls ({@code read}, {@code write}, {@code reader}, {@code writer})
 * over {@code SSLSocket} streams, unchanged: TLS is below the frames. Each test has a real
 * TLS 1.3 connection over loopback ({@link TestPki}'s certificates); where it needs a peer that
 * vanishes without TLS's {@code close_notify}, the client's {@code SSLSocket} is layered on a
 * plain socket that the test closes underneath it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TlsStreamsTest {
  private static final WireCodec<Data> CODEC = DataCodec.INSTANCE;
  private SSLServerSocket listener;
  private Tls client;

  @BeforeEach
  void listen() throws Exception {
    TestPki pki = TestPki.get();
    listener = pki.server(false).listen(0);
    client = pki.client(null);
  }

  @AfterEach
  void close() throws Exception {
    listener.close();
  }

  /** The server's side of the next connection, handshaken. */
  private CompletableFuture<SSLSocket> accept() {
    return CompletableFuture.supplyAsync(() -> {
      try {
        SSLSocket s = (SSLSocket) listener.accept();
        s.setSoTimeout(20_000);
        s.startHandshake();
        s.setSoTimeout(0); // else close() waits up to this long for the client's close_notify
        return s;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @Test
  void readWriteReaderAndWriterWorkUnchangedOverSslSockets() throws Exception {
    CompletableFuture<SSLSocket> accepted = accept();
    try (SSLSocket c = client.connect(listener.getLocalPort(), 20_000); SSLSocket s = accepted.get(20, TimeUnit.SECONDS)) {
      assertEquals("TLSv1.3", c.getSession().getProtocol());
      // client -> server: one write() call, then a buffered writer with two frames in one flush
      OutputStream out = c.getOutputStream();
      CODEC.write(out, new Data("one", 1));
      FrameWriter<Data> writer = CODEC.writer(out);
      writer.write(new Data("two", 2));
      writer.write(new Data("tr\u00e8s \u2713", 3));
      writer.flush();
      InputStream in = s.getInputStream();
      assertEquals(new Data("one", 1), CODEC.read(in));
      FrameReader<Data> reader = CODEC.reader(in);
      assertEquals(new Data("two", 2), reader.read());
      assertEquals(new Data("tr\u00e8s \u2713", 3), reader.read());
      // server -> client
      CODEC.write(s.getOutputStream(), new Data("ack", 3));
      assertEquals(new Data("ack", 3), CODEC.read(c.getInputStream()));
      // a clean close (with close_notify) between frames: the reader's end of stream
      c.close();
      assertNull(reader.read());
    }
  }

  @Test
  void frameSplitAcrossManyTlsRecordsArrivesWhole() throws Exception {
    // 40,000 bytes of text: more than two TLS records (at most 16 KiB each) even in one write
    Data big = new Data("x".repeat(40_000), 40_000);
    byte[] frame = CODEC.toFrame(big);
    CompletableFuture<SSLSocket> accepted = accept();
    try (SSLSocket c = client.connect(listener.getLocalPort(), 20_000); SSLSocket s = accepted.get(20, TimeUnit.SECONDS)) {
      OutputStream out = c.getOutputStream();
      // every write of an SSLSocket is at least one record: the header alone, the header split
      // 1 + 3, then the body in pieces of 1, 7, 100 ... bytes, each its own record
      int[] pieces = {1, 3, 1, 7, 100, 5_000, 17_000};
      int at = 0;
      for (int i = 0; at < frame.length; i++) {
        int n = Math.min(frame.length - at, pieces[i % pieces.length]);
        out.write(frame, at, n);
        out.flush();
        at += n;
      }
      CODEC.write(out, new Data("after", 1));
      FrameReader<Data> reader = CODEC.reader(s.getInputStream());
      assertEquals(big, reader.read());
      assertEquals(new Data("after", 1), reader.read());
    }
  }

  @Test
  void peerGoneWithoutCloseNotifyInsideAFrameIsTruncated() throws Exception {
    CompletableFuture<SSLSocket> accepted = accept();
    Socket plain = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
    SSLSocket c = layered(plain);
    try (SSLSocket s = accepted.get(20, TimeUnit.SECONDS)) {
      byte[] frame = CODEC.toFrame(new Data("whole", 1));
      OutputStream out = c.getOutputStream();
      out.write(frame);
      out.write(frame, 0, frame.length / 2);
      out.flush();
      plain.close(); // TCP FIN, no TLS close_notify
      FrameReader<Data> reader = CODEC.reader(s.getInputStream());
      assertEquals(new Data("whole", 1), reader.read());
      WireFormatException e = assertThrows(WireFormatException.class, reader::read);
      assertEquals(ErrorCategory.TRUNCATED, e.category(), e.getMessage());
      assertTrue(e.getMessage().startsWith("truncated: "), e.getMessage());
    }
  }

  /**
   * The JDK's SSLSocket (17 and later, by default) reports a peer that vanishes without
   * {@code close_notify} as an end of stream, so between frames a cut connection reads as a
   * clean end: the application cannot tell it from a peer that had nothing more to say
   * (docs/security.md; {@code -Dcom.sun.net.ssl.requireCloseNotify=true} turns it into an
   * {@code SSLException}). This test pins that behaviour so that a change of it is noticed.
   */
  @Test
  void peerGoneWithoutCloseNotifyBetweenFramesLooksLikeACleanEnd() throws Exception {
    CompletableFuture<SSLSocket> accepted = accept();
    Socket plain = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
    SSLSocket c = layered(plain);
    try (SSLSocket s = accepted.get(20, TimeUnit.SECONDS)) {
      OutputStream out = c.getOutputStream();
      for (Data d : List.of(new Data("a", 1), new Data("b", 2))) {
        CODEC.write(out, d);
      }
      plain.close(); // TCP FIN, no TLS close_notify
      FrameReader<Data> reader = CODEC.reader(s.getInputStream());
      assertEquals(new Data("a", 1), reader.read());
      assertEquals(new Data("b", 2), reader.read());
      assertNull(reader.read());
    }
  }

  /** A client SSLSocket on {@code plain}, handshaken; closing {@code plain} cuts it without close_notify. */
  private SSLSocket layered(Socket plain) throws Exception {
    SSLSocket c = (SSLSocket) client.context().getSocketFactory().createSocket(plain, "127.0.0.1", plain.getPort(), false);
    c.setSSLParameters(client.context().getDefaultSSLParameters());
    c.setSoTimeout(20_000);
    c.startHandshake();
    return c;
  }
}
