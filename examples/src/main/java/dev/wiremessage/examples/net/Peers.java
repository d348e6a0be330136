package dev.wiremessage.examples.net;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;

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

  static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // closing anyway
    }
  }
}
