package dev.wiremessage.examples.chat;

import dev.wiremessage.runtime.FrameReader;
import dev.wiremessage.runtime.FrameWriter;
import dev.wiremessage.runtime.WireCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code chat-client PORT NAME}: joins room 1 of a {@link ChatServer} as NAME, sends every line
 * of standard input as a {@link Say}, and prints what arrives ({@code bob: hello}, or
 * {@code * welcome to room 1} for an ack). At the end of the input it sends {@link Leave}
 * and waits (up to 10 s) for the server to say bye and close.
 */
public final class ChatClient {
  static final int TIMEOUT_MILLIS = 10_000;
  public static final int ROOM = 1;

  private ChatClient() {}

  /** Runs a client; returns when the server has closed after {@link Leave}. */
  public static void run(int port, String name, InputStream stdin, PrintStream out) throws IOException, InterruptedException {
    WireCodec<Chat> codec = ChatCodec.INSTANCE;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
      socket.setTcpNoDelay(true);
      FrameReader<Chat> in = codec.reader(socket.getInputStream());
      Thread printer = new Thread(() -> print(in, out), "chat-client-reader");
      printer.setDaemon(true);
      printer.start();

      FrameWriter<Chat> os = codec.writer(socket.getOutputStream());
      os.write(new Join(name, ROOM));
      os.flush();
      BufferedReader lines = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
      for (String line; (line = lines.readLine()) != null; ) {
        os.write(new Say(line, System.currentTimeMillis(), Mood.CALM, List.of(), Optional.empty(), Map.of()));
        os.flush();
      }
      os.write(new Leave());
      os.flush();
      printer.join(TIMEOUT_MILLIS);
      if (printer.isAlive()) {
        throw new IOException("the server did not close the connection within " + TIMEOUT_MILLIS + " ms of Leave");
      }
    }
  }

  private static void print(FrameReader<Chat> in, PrintStream out) {
    try {
      for (Chat message; (message = in.read()) != null; ) {
        out.println(format(message));
      }
    } catch (IOException e) {
      out.println("* connection lost: " + e.getMessage());
    }
  }

  /** {@code bob: hello} for a line of chat, {@code * note} for an ack. */
  static String format(Chat message) {
    if (message instanceof Say say) {
      return say.meta().getOrDefault("from", "?") + ": " + say.text();
    } else if (message instanceof Ack ack) {
      return "* " + (ack.status() == Status.OK ? "" : "rejected: ") + ack.note().orElse("ok");
    }
    return "* " + message;
  }
}
