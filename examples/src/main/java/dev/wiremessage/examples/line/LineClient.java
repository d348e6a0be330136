package dev.wiremessage.examples.line;

import dev.wiremessage.examples.net.Tls;
import dev.wiremessage.runtime.FrameWriter;
import dev.wiremessage.runtime.WireCodec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.ssl.SSLSocket;
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
    List<Line> lines = check(texts);
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
    } catch (IOException e) {
      socket.close();
      throw e;
    }
    send(socket, lines);
  }

  /**
   * Checks every text, then writes each as one line on a connected socket (plain, or an
   * {@code SSLSocket} from {@link Tls#connect}), and closes it; over TLS, after the server's
   * end of stream ({@link Tls#finishSending}).
   * The caller connects after {@link #check}, so that nothing is sent for a bad text.
   */
  public static void send(Socket socket, List<Line> lines) throws IOException {
    try (socket) {
      FrameWriter<Line> out = LineCodec.INSTANCE.writer(socket.getOutputStream());
      for (Line line : lines) {
        out.write(line);
      }
      out.flush(); // all lines in one write
      if (socket instanceof SSLSocket tls) {
        Tls.finishSending(tls, TIMEOUT_MILLIS); // a refused client certificate surfaces here
      }
    }
  }

  /**
   * The lines of {@code texts}, each checked.
   *
   * @throws dev.wiremessage.runtime.WireEncodeException for a text that holds a {@code \n}
   */
  public static List<Line> check(List<String> texts) {
    WireCodec<Line> codec = LineCodec.INSTANCE;
    List<Line> lines = new ArrayList<>();
    for (String text : texts) {
      Line line = new Line(text);
      codec.toFrame(line); // every line checked before anything is sent
      lines.add(line);
    }
    return lines;
  }
}
