package dev.wiremessage.benchmarks.socket;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** A connected pair of loopback sockets, TCP_NODELAY on both ends. */
final class Loopback {
  private Loopback() {}

  /** [sender, receiver]. */
  static Socket[] sockets() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Socket sender = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
      Socket receiver = server.accept();
      sender.setTcpNoDelay(true);
      receiver.setTcpNoDelay(true);
      return new Socket[] {sender, receiver};
    }
  }

  /** [sender, receiver], both still blocking. */
  static SocketChannel[] channels() throws IOException {
    try (ServerSocketChannel server = ServerSocketChannel.open()) {
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
      SocketChannel sender = SocketChannel.open(server.getLocalAddress());
      SocketChannel receiver = server.accept();
      sender.socket().setTcpNoDelay(true);
      receiver.socket().setTcpNoDelay(true);
      return new SocketChannel[] {sender, receiver};
    }
  }
}
