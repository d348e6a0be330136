package dev.wiremessage.examples.seed;

import dev.wiremessage.examples.net.Tls;
import dev.wiremessage.runtime.FrameWriter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.ssl.SSLSocket;

/** {@code seed-client PORT MESSAGE VALUE}: sends one {@link Data} to 127.0.0.1:PORT and closes. */
public final class SeedClient {
  static final int TIMEOUT_MILLIS = 10_000;

  private SeedClient() {}

  /** Connects, writes the frame of {@code data} (4-byte length, then the JSON), and closes. */
  public static void send(int port, Data data) throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
    } catch (IOException e) {
      socket.close();
      throw e;
    }
    send(socket, data);
  }

  /**
   * Writes the frame of {@code data} on a connected socket (plain, or an {@code SSLSocket}
   * from {@link Tls#connect}), and closes it; over TLS, after the server's end of stream
   * ({@link Tls#finishSending}).
   */
  public static void send(Socket socket, Data data) throws IOException {
    try (socket) {
      FrameWriter<Data> out = DataCodec.INSTANCE.writer(socket.getOutputStream());
      out.write(data);
      out.flush();
      if (socket instanceof SSLSocket tls) {
        Tls.finishSending(tls, TIMEOUT_MILLIS); // a refused client certificate surfaces here
      }
    }
  }
}
