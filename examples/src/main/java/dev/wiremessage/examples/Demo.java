package dev.wiremessage.examples;

import dev.wiremessage.examples.chat.Ack;
import dev.wiremessage.examples.chat.Chat;
import dev.wiremessage.examples.chat.ChatCodec;
import dev.wiremessage.examples.chat.Join;
import dev.wiremessage.examples.chat.Leave;
import dev.wiremessage.examples.chat.Mood;
import dev.wiremessage.examples.chat.Place;
import dev.wiremessage.examples.chat.Say;
import dev.wiremessage.examples.chat.Status;
import dev.wiremessage.runtime.FrameDecoder;
import dev.wiremessage.runtime.WireCodec;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The demo: a server and a client in one JVM, over a real loopback socket, speaking the
 * {@link Chat} protocol with the generated {@code ChatCodec}. The client sends each message of
 * {@link #script()} and waits for the server's {@link Ack}; every step is printed, so the
 * output is the same on every run but for the port. Then the same frames go through the
 * non-blocking {@link FrameDecoder}, three bytes at a time. Every blocking call has a timeout;
 * {@link #run} throws on any failure.
 */
public final class Demo {
  /** Socket connect/read/accept timeout, and how long the demo waits for its server. */
  static final int TIMEOUT_MILLIS = 10_000;

  /** The sent-at time of the script's first line: 2023-11-14T22:13:20Z. */
  static final long T0 = 1_700_000_000_000L;

  private static final WireCodec<Chat> CODEC = ChatCodec.INSTANCE;
  private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

  private Demo() {}

  public static void main(String[] args) {
    System.exit(Main.run(new String[] {"demo"}, System.out, System.err));
  }

  /** What the client sends, in order. */
  public static List<Chat> script() {
    return List.of(
        new Join("ada", 7),
        new Say("hello, room 7", T0, Mood.HAPPY, List.of("greeting", "first"),
            Optional.of(new Place("Oslo", 3)), Map.of("client", "wiremessage-demo")),
        new Say("bytes on a socket, typed", T0 + 1_500, Mood.CALM, List.of(),
            Optional.empty(), Map.of()),
        new Leave());
  }

  /** The server's answer to the {@code seq}-th message of a connection. */
  public static Ack answer(Chat message, long seq) {
    if (message instanceof Join join) {
      return new Ack(seq, Status.OK, Optional.of("welcome to room " + join.room()));
    } else if (message instanceof Say say) {
      return say.text().isBlank()
          ? new Ack(seq, Status.REJECTED, Optional.of("nothing to say"))
          : new Ack(seq, Status.OK, Optional.empty());
    } else if (message instanceof Leave) {
      return new Ack(seq, Status.OK, Optional.of("bye"));
    } else {
      return new Ack(seq, Status.REJECTED, Optional.of("clients do not send " + message.getClass().getSimpleName()));
    }
  }

  /** Runs the whole demo, printing one line per step on {@code out}; throws on any failure. */
  public static void run(PrintStream out) throws Exception {
    List<Chat> script = script();
    try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      listener.setSoTimeout(TIMEOUT_MILLIS);
      out.println("wiremessage demo: Chat protocol over " + hostAndPort(listener));
      FutureTask<Long> server = new FutureTask<>(() -> serveOne(listener, out));
      Thread serverThread = new Thread(server, "demo-server");
      serverThread.setDaemon(true);
      serverThread.start();

      int acks;
      try {
        acks = runClient(listener, script, out);
      } catch (Exception clientFailure) {
        if (server.isDone()) { // the server's own failure is usually the cause: keep it
          try {
            server.get();
          } catch (ExecutionException serverFailure) {
            clientFailure.addSuppressed(serverFailure.getCause());
          }
        }
        throw clientFailure;
      }
      long served = await(server);
      if (served != script.size() || acks != script.size()) {
        throw new IllegalStateException("sent " + script.size() + ", served " + served + ", acked " + acks);
      }
    }
    replayNonBlocking(script, out);
    out.println("demo ok: " + script.size() + " messages sent, " + script.size() + " acks received");
  }

  /** The client side: one message, one ack, in lock step; then a clean end of stream. */
  private static int runClient(ServerSocket listener, List<Chat> script, PrintStream out) throws IOException {
    int acks = 0;
    try (Socket socket = new Socket()) {
      socket.connect(listener.getLocalSocketAddress(), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream os = new BufferedOutputStream(socket.getOutputStream());
      for (Chat message : script) {
        out.println("client -> " + message);
        if (acks == 0) {
          byte[] frame = CODEC.toFrame(message);
          out.println("          frame (" + frame.length + " bytes): " + HEX.formatHex(frame));
        }
        CODEC.write(os, message);
        os.flush();
        Chat reply = CODEC.read(in);
        if (reply == null) {
          throw new IOException("server closed the connection before answering " + message);
        }
        out.println("client <- " + reply);
        if (!(reply instanceof Ack ack) || ack.seq() != acks + 1 || ack.status() != Status.OK) {
          throw new IllegalStateException("unexpected reply " + reply + " to " + message);
        }
        acks++;
      }
      socket.shutdownOutput();
      Chat extra = CODEC.read(in);
      if (extra != null) {
        throw new IllegalStateException("unexpected message after the last ack: " + extra);
      }
    }
    return acks;
  }

  /** The server side: accepts one connection and answers every message until the client's end of stream. */
  private static long serveOne(ServerSocket listener, PrintStream out) throws IOException {
    try (Socket socket = listener.accept()) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream os = new BufferedOutputStream(socket.getOutputStream());
      long seq = 0;
      for (Chat message; (message = CODEC.read(in)) != null; ) {
        out.println("server <- " + message);
        Ack reply = answer(message, ++seq);
        out.println("server -> " + reply);
        CODEC.write(os, reply);
        os.flush();
      }
      out.println("server: clean end of stream after " + seq + " messages");
      return seq;
    }
  }

  /** The same frames, back to back, fed to a non-blocking decoder three bytes at a time. */
  private static void replayNonBlocking(List<Chat> script, PrintStream out) throws IOException {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    for (Chat message : script) {
      stream.write(CODEC.toFrame(message));
    }
    byte[] bytes = stream.toByteArray();
    out.println("decoder: the client's " + bytes.length + " bytes again, fed 3 bytes at a time");
    FrameDecoder<Chat> decoder = CODEC.newDecoder();
    List<Chat> decoded = new ArrayList<>();
    for (int i = 0; i < bytes.length; i += 3) {
      ByteBuffer chunk = ByteBuffer.wrap(bytes, i, Math.min(3, bytes.length - i));
      for (Chat message; (message = decoder.decode(chunk)) != null; ) {
        out.println("decoder <- " + message);
        decoded.add(message);
      }
    }
    decoder.finish();
    if (!decoded.equals(script)) {
      throw new IllegalStateException("decoder gave " + decoded + ", expected " + script);
    }
  }

  private static long await(FutureTask<Long> server) throws Exception {
    try {
      return server.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    } catch (TimeoutException e) {
      server.cancel(true);
      throw new IOException("the server did not finish in " + TIMEOUT_MILLIS + " ms", e);
    }
  }

  private static String hostAndPort(ServerSocket listener) {
    InetSocketAddress address = (InetSocketAddress) listener.getLocalSocketAddress();
    return address.getAddress().getHostAddress() + ":" + address.getPort();
  }
}
