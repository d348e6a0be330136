package dev.wiremessage.examples.line;

import dev.wiremessage.runtime.WireCodec;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/** {@code line-client PORT MESSAGE...}: sends each message as one line to 127.0.0.1:PORT, then closes. */
public final class LineClient {
  static final int TIMEOUT_MILLIS = 10_000;

  private LineClient() {}

  /**
   * Checks every text, connects, and writes each followed by {@code \n}, all in one flush.
   *
   * @throws dev.wiremessage.runtime.WireEncodeException for a text that holds a {@code \n}; nothing of it is sent
   */
  public static void send(int port, List<String> texts) throws IOException {
    WireCodec<Line> codec = LineCodec.INSTANCE;
    List<byte[]> frames = new ArrayList<>();
    for (String text : texts) {
      frames.add(codec.toFrame(new Line(text))); // all checked before anything is sent
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
      OutputStream out = new BufferedOutputStream(socket.getOutputStream());
      for (byte[] frame : frames) {
        out.write(frame);
      }
      out.flush();
    }
  }
}
