package dev.wiremessage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import dev.wiremessage.examples.net.Capture;
import dev.wiremessage.examples.net.Closed;
import dev.wiremessage.examples.net.NioServer;
import dev.wiremessage.examples.net.Recorder;
import dev.wiremessage.examples.net.ServerLimits;
import dev.wiremessage.runtime.FrameReader;
import dev.wiremessage.runtime.FrameWriter;
import dev.wiremessage.runtime.WireCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The chat server (NIO) with the launcher's chat-client and with raw clients: relay, rejects, and a peer that does not read. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ChatServerTest {
  private static final WireCodec<Chat> CODEC = ChatCodec.INSTANCE;
  private static final int WAIT_MILLIS = 10_000;

  private final Capture out = new Capture();
  private final Capture log = new Capture();
  private final Recorder<Chat> recorder = new Recorder<>(new ChatServer(out.stream));
  private NioServer<Chat> server;

  private void start(ServerLimits limits) throws IOException {
    server = ChatServer.start(CODEC, 0, limits, recorder, log.stream);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void chatClientCommandJoinsSaysAndLeaves() throws Exception {
    start(ServerLimits.DEFAULT);
    try (Client bob = new Client(server.port())) {
      assertEquals(new Ack(1, Status.OK, Optional.of("welcome to room 1")), bob.send(new Join("bob", 1)));
      Capture ada = new Capture();
      Capture err = new Capture();
      byte[] stdin = "hello, bob\nd\u00e9j\u00e0 vu \u2713\n".getBytes(StandardCharsets.UTF_8);
      int status = Main.run(new String[] {"chat-client", String.valueOf(server.port()), "ada"},
          new ByteArrayInputStream(stdin), ada.stream, err.stream);
      assertEquals(0, status, err.toString());
      assertEquals(List.of("* welcome to room 1", "* bye"), ada.lines());
      assertEquals("hello, bob", ((Say) bob.in.read()).text());
      Say second = (Say) bob.in.read();
      assertEquals("d\u00e9j\u00e0 vu \u2713", second.text());
      assertEquals(Map.of("from", "ada"), second.meta());
    }
    recorder.awaitClosedCount(2, WAIT_MILLIS);
    assertEquals(List.of("bob joined room 1", "ada joined room 1", "room 1 ada: hello, bob",
        "room 1 ada: d\u00e9j\u00e0 vu \u2713", "ada left room 1", "bob left room 1"), out.lines());
    assertEquals(List.of(), log.lines());
  }

  @Test
  void messagesOutOfTurnAreRejectedAndTheConnectionStays() throws Exception {
    start(ServerLimits.DEFAULT);
    try (Client eve = new Client(server.port())) {
      assertEquals(new Ack(1, Status.REJECTED, Optional.of("join first")), eve.send(say("too early")));
      assertEquals(new Ack(2, Status.REJECTED, Optional.of("clients do not send Ack")),
          eve.send(new Ack(1, Status.OK, Optional.empty())));
      assertEquals(new Ack(3, Status.OK, Optional.of("welcome to room 4")), eve.send(new Join("eve", 4)));
      assertEquals(new Ack(4, Status.REJECTED, Optional.of("already joined as eve")), eve.send(new Join("eve", 5)));
      assertEquals(new Ack(5, Status.OK, Optional.of("bye")), eve.send(new Leave()));
    }
  }

  @Test
  void clientThatDoesNotReadIsDroppedWhenItsQueueIsFull() throws Exception {
    start(ServerLimits.DEFAULT.withMaxQueuedBytes(64 * 1024));
    Socket sleeper = new Socket();
    sleeper.setReceiveBufferSize(4096); // before connecting: a small window fills fast
    sleeper.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), WAIT_MILLIS);
    try (sleeper; Client talker = new Client(server.port())) {
      FrameWriter<Chat> w = CODEC.writer(sleeper.getOutputStream());
      w.write(new Join("sleeper", 1));
      w.flush(); // and never reads again
      assertEquals(new Ack(1, Status.OK, Optional.of("welcome to room 1")), talker.send(new Join("talker", 1)));
      String peer = "127.0.0.1:" + sleeper.getLocalPort();
      String text = "x".repeat(4000);
      int sent = 0;
      while (recorder.closed().get(peer) == null && sent < 20_000) { // at most 80 MB before giving up
        talker.out.write(say(text));
        sent++;
        if (sent % 16 == 0) {
          talker.out.flush();
        }
      }
      talker.out.flush();
      Closed closed = recorder.awaitClosed(peer, WAIT_MILLIS);
      assertTrue(closed.error().startsWith("write-queue-full: "), closed.toString());
      assertTrue(log.lines().contains("dropped " + peer + ": " + closed.error()), log.toString());
      assertEquals(new Ack(sent + 2, Status.OK, Optional.of("bye")), talker.send(new Leave()), "the talker is unaffected");
    }
  }

  private static Say say(String text) {
    return new Say(text, 1, Mood.CALM, List.of(), Optional.empty(), Map.of());
  }

  static final class Client implements AutoCloseable {
    final Socket socket;
    final FrameReader<Chat> in;
    final FrameWriter<Chat> out;

    Client(int port) throws IOException {
      socket = new Socket(InetAddress.getLoopbackAddress(), port);
      socket.setSoTimeout(WAIT_MILLIS);
      in = CODEC.reader(socket.getInputStream());
      out = CODEC.writer(socket.getOutputStream());
    }

    Chat send(Chat message) throws IOException {
      out.write(message);
      out.flush();
      return in.read();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
