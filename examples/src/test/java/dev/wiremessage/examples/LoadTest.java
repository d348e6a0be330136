package dev.wiremessage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.examples.chat.Ack;
import dev.wiremessage.examples.chat.Chat;
import dev.wiremessage.examples.chat.ChatCodec;
import dev.wiremessage.examples.chat.ChatServer;
import dev.wiremessage.examples.chat.Join;
import dev.wiremessage.examples.chat.Leave;
import dev.wiremessage.examples.chat.Mood;
import dev.wiremessage.examples.chat.Say;
import dev.wiremessage.examples.chat.Status;
import dev.wiremessage.examples.line.Line;
import dev.wiremessage.examples.line.LineCodec;
import dev.wiremessage.examples.net.BlockingServer;
import dev.wiremessage.examples.net.Capture;
import dev.wiremessage.examples.net.Closed;
import dev.wiremessage.examples.net.Handler;
import dev.wiremessage.examples.net.NioServer;
import dev.wiremessage.examples.net.Recorder;
import dev.wiremessage.examples.net.ServerLimits;
import dev.wiremessage.examples.seed.Data;
import dev.wiremessage.examples.seed.DataCodec;
import dev.wiremessage.runtime.FrameReader;
import dev.wiremessage.runtime.WireCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many clients at once, each writing its frames in random chunk sizes (1 byte to 2 KiB) with
 * random short pauses: every message arrives, intact and in order per connection, at the
 * blocking server (thread per connection) and at the NIO server (one selector thread); the
 * chat server also relays every line to every other client, in order per sender.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class LoadTest {
  static final int CLIENTS = 8;
  static final int MESSAGES = 10_000;
  /**
   * Lines each chat client sends: every one is encoded again for each of the 7 other members
   * (JSON meta included), so the relay does 7 times the work of the one-way tests.
   */
  static final int RELAY_MESSAGES = 2_000;
  /** Generous: CI machines have 2 cores, and the tests must not fail on a slow one. */
  static final long WAIT_MILLIS = 120_000;
  static final ServerLimits LIMITS = ServerLimits.DEFAULT.withMaxQueuedBytes(16 << 20);

  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final Capture log = new Capture();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void blockingServerSeedProtocol() throws Exception {
    oneWay(DataCodec.INSTANCE, (c, s) -> new Data(text(c, s), s),
        (codec, recorder) -> BlockingServer.start(codec, 0, LIMITS, recorder, log.stream));
  }

  @Test
  void blockingServerLineProtocol() throws Exception {
    oneWay(LineCodec.INSTANCE, (c, s) -> new Line(s + " " + text(c, s)),
        (codec, recorder) -> BlockingServer.start(codec, 0, LIMITS, recorder, log.stream));
  }

  @Test
  void nioServerSeedProtocol() throws Exception {
    oneWay(DataCodec.INSTANCE, (c, s) -> new Data(text(c, s), s),
        (codec, recorder) -> NioServer.start(codec, 0, LIMITS, recorder, log.stream));
  }

  @Test
  void nioServerLineProtocol() throws Exception {
    oneWay(LineCodec.INSTANCE, (c, s) -> new Line(s + " " + text(c, s)),
        (codec, recorder) -> NioServer.start(codec, 0, LIMITS, recorder, log.stream));
  }

  interface Starter<T> {
    AutoCloseable start(WireCodec<T> codec, Handler<T> handler) throws IOException;
  }

  /** CLIENTS clients send MESSAGES each; the server's record of each connection is exactly what it sent. */
  private <T> void oneWay(WireCodec<T> codec, BiFunction<Integer, Integer, T> message, Starter<T> starter) throws Exception {
    Recorder<T> recorder = new Recorder<>();
    AutoCloseable server = starter.start(codec, recorder);
    try {
      int port = server instanceof BlockingServer<?> b ? b.port() : ((NioServer<?>) server).port();
      List<Future<String>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        clients.add(pool.submit(() -> {
          ByteArrayOutputStream frames = new ByteArrayOutputStream();
          for (int s = 0; s < MESSAGES; s++) {
            frames.write(codec.toFrame(message.apply(client, s)));
          }
          try (Socket socket = connect(port)) {
            writeChunked(socket.getOutputStream(), frames.toByteArray(), new Random(client));
            return peer(socket);
          }
        }));
      }
      for (int c = 0; c < CLIENTS; c++) {
        String peer = clients.get(c).get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        Closed closed = recorder.awaitClosed(peer, WAIT_MILLIS);
        assertTrue(closed.clean(), closed.toString());
        assertEquals(MESSAGES, closed.messages(), peer);
        List<T> received = recorder.received(peer);
        for (int s = 0; s < MESSAGES; s++) {
          assertEquals(message.apply(c, s), received.get(s), "client " + c + ", message " + s);
        }
      }
      assertEquals(List.of(), log.lines(), "nothing was dropped");
    } finally {
      server.close();
    }
  }

  @Test
  void nioChatServerRelaysEveryLineToEveryOtherClient() throws Exception {
    Recorder<Chat> recorder = new Recorder<>(new ChatServer(new PrintStream(OutputStream.nullOutputStream())));
    try (NioServer<Chat> server = ChatServer.start(ChatCodec.INSTANCE, 0, LIMITS, recorder, log.stream)) {
      CountDownLatch joined = new CountDownLatch(CLIENTS);
      List<Future<String>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        clients.add(pool.submit(() -> chatClient(server.port(), client, joined)));
      }
      for (int c = 0; c < CLIENTS; c++) {
        String peer = clients.get(c).get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        Closed closed = recorder.awaitClosed(peer, WAIT_MILLIS);
        assertTrue(closed.clean(), closed.toString());
        List<Chat> received = recorder.received(peer);
        assertEquals(RELAY_MESSAGES + 2, received.size(), peer);
        assertEquals(new Join(name(c), 1), received.get(0));
        for (int s = 0; s < RELAY_MESSAGES; s++) {
          assertEquals(say(c, s, Map.of()), received.get(s + 1), "client " + c + ", message " + s);
        }
        assertEquals(new Leave(), received.get(RELAY_MESSAGES + 1));
      }
      assertEquals(List.of(), log.lines(), "nothing was dropped");
    }
  }

  /** Joins, waits for everyone, sends RELAY_MESSAGES lines, reads every other client's lines, leaves. */
  private String chatClient(int port, int client, CountDownLatch joined) throws Exception {
    WireCodec<Chat> codec = ChatCodec.INSTANCE;
    try (Socket socket = connect(port)) {
      FrameReader<Chat> in = codec.reader(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      codec.write(out, new Join(name(client), 1));
      assertEquals(new Ack(1, Status.OK, Optional.of("welcome to room 1")), in.read());
      joined.countDown();
      assertTrue(joined.await(WAIT_MILLIS, TimeUnit.MILLISECONDS), "all clients joined");

      Future<?> reader = pool.submit((Callable<Void>) () -> {
        Map<String, Integer> next = new HashMap<>();
        int total = (CLIENTS - 1) * RELAY_MESSAGES;
        for (int n = 0; n < total; n++) {
          Chat m = in.read();
          Say say = (Say) m;
          String from = (String) say.meta().get("from");
          int sender = Integer.parseInt(from.substring(1));
          int seq = next.merge(from, 1, Integer::sum) - 1;
          assertEquals(say(sender, seq, Map.of("from", from)), say, "line " + seq + " of " + from + " at client " + client);
        }
        for (int c = 0; c < CLIENTS; c++) {
          assertEquals(c == client ? null : (Integer) RELAY_MESSAGES, next.get(name(c)), "lines from " + name(c));
        }
        return null;
      });
      ByteArrayOutputStream frames = new ByteArrayOutputStream();
      for (int s = 0; s < RELAY_MESSAGES; s++) {
        frames.write(codec.toFrame(say(client, s, Map.of())));
      }
      writeChunked(out, frames.toByteArray(), new Random(100 + client));
      reader.get(WAIT_MILLIS, TimeUnit.MILLISECONDS); // every other client's lines are here: leave
      codec.write(out, new Leave());
      assertEquals(new Ack(RELAY_MESSAGES + 2, Status.OK, Optional.of("bye")), in.read());
      assertNull(in.read(), "the server closes after bye");
      return peer(socket);
    }
  }

  static String name(int client) {
    return "c" + client;
  }

  static Say say(int client, int seq, Map<String, Object> meta) {
    return new Say(text(client, seq), seq, Mood.values()[seq % 3], seq % 5 == 0 ? List.of("t" + seq) : List.of(),
        Optional.empty(), meta);
  }

  private static final String[] PIECES = {"a", "b", "z", " ", "0", "\u00e9", "\u2713", "\uD83D\uDE00", "\u00df", "\u4e2d", "{", "\"", "\\"};

  /** Text of message {@code seq} of {@code client}: up to 40 pieces, 1 to 4 UTF-8 bytes each, no newline. */
  static String text(int client, int seq) {
    Random r = new Random(client * 1_000_003L + seq);
    StringBuilder sb = new StringBuilder();
    for (int i = r.nextInt(40); i > 0; i--) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  static Socket connect(int port) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setTcpNoDelay(true);
    socket.setSoTimeout((int) WAIT_MILLIS);
    return socket;
  }

  static String peer(Socket socket) {
    return "127.0.0.1:" + socket.getLocalPort();
  }

  /** Writes {@code bytes} in chunks of random size (a quarter of them 1..8 bytes, the rest up to 2 KiB), pausing now and then. */
  static void writeChunked(OutputStream out, byte[] bytes, Random r) throws IOException, InterruptedException {
    for (int i = 0; i < bytes.length; ) {
      int n = Math.min(bytes.length - i, r.nextInt(4) == 0 ? 1 + r.nextInt(8) : 1 + r.nextInt(2048));
      out.write(bytes, i, n);
      out.flush();
      i += n;
      if (r.nextInt(50) == 0) {
        Thread.sleep(r.nextInt(3));
      }
    }
  }
}
