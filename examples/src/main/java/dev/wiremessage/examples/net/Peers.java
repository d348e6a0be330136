package dev.wiremessage.examples.net;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import javax.net.ssl.SSLSocket;

/** Small helpers shared by the servers. */
final class Peers {
  private Peers() {}

  static String name(Socket socket) {
    return name(socket.getRemoteSocketAddress());
  }

  static String name(SocketAddress address) {
    if (address instanceof InetSocketAddress a && a.getAddress() != null) {
      return a.getAddress().getHostAddress() + ":" + a.getPort();
    }
    return String.valueOf(address);
  }

  /** Log lines are one line each, whatever a parser's message held. */
  static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ");
  }

  /**
   * Closes {@code c}, ignoring failure. An {@code SSLSocket} sends {@code close_notify} and
   * does not wait for the peer's: with a read timeout set, the JDK's {@code close()} would
   * wait up to that long for it (TLS 1.3), holding a server thread for a peer that may never
   * answer.
   */
  static void closeQuietly(Closeable c) {
    try {
      if (c instanceof SSLSocket tls && !tls.isClosed()) {
        tls.setSoTimeout(0); // 0: close() reads nothing more
      }
      c.close();
    } catch (IOException e) {
      // closing anyway
    }
  }
}
