package dev.wiremessage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.wiremessage.examples.chat.Ack;
import dev.wiremessage.examples.chat.Chat;
import dev.wiremessage.examples.chat.ChatCodec;
import dev.wiremessage.examples.chat.Join;
import dev.wiremessage.examples.chat.Leave;
import dev.wiremessage.examples.chat.Mood;
import dev.wiremessage.examples.chat.Say;
import dev.wiremessage.examples.chat.Status;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireFormatException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server over real loopback sockets, one thread per connection, and peers that send bad
 * frames: each bad frame costs its own connection, with the right error category, and other
 * connections keep working.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ChatOverSocketTest {
  private static final WireCodec<Chat> CODEC = ChatCodec.INSTANCE;
  /** The server's read timeout; a test that waits on the server waits for less. */
  private static final int SERVER_READ_TIMEOUT_MILLIS = 20_000;
  private static final int WAIT_SECONDS = 10;

  private Server server;

  @BeforeEach
  void start() throws IOException {
    server = new Server();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  @Test
  void malformedFrameCostsOnlyItsConnection() throws Exception {
    try (Client good = new Client(server)) {
      assertEquals(new Ack(1, Status.OK, Optional.of("welcome to room 7")), good.send(new Join("ada", 7)));

      try (Client bad = new Client(server)) {
        bad.sendRaw("00 01 07"); // a complete frame: tag 7, which Chat does not have
        WireFormatException e = assertInstanceOf(WireFormatException.class, server.nextOutcome());
        assertEquals(ErrorCategory.MALFORMED, e.category(), e.getMessage());
        assertEquals("Chat", e.messageType(), e.getMessage());
        bad.assertClosedByServer();
      }

      assertEquals(new Ack(2, Status.OK, Optional.empty()),
          good.send(new Say("still here", 1, Mood.CALM, List.of(), Optional.empty(), Map.of())));
      assertEquals(new Ack(3, Status.OK, Optional.of("bye")), good.send(new Leave()));
    }
    assertEquals(3L, server.nextOutcome(), "the good connection served 3 messages and ended cleanly");

    try (Client later = new Client(server)) {
      assertEquals(new Ack(1, Status.OK, Optional.of("welcome to room 9")), later.send(new Join("bob", 9)));
    }
    assertEquals(1L, server.nextOutcome());
  }

  @Test
  void malformedFrameAfterGoodOnesOnTheSameConnection() throws Exception {
    try (Client client = new Client(server)) {
      assertEquals(new Ack(1, Status.OK, Optional.of("welcome to room 1")), client.send(new Join("eve", 1)));
      // a Say whose mood code is 9: the frame is complete, its payload is not valid
      client.sendRaw("00 16 02 00 00 00 00 00 00 00 00 00 00 09 00 00 00 00 00 04 6E 75 6C 6C");
      WireFormatException e = assertInstanceOf(WireFormatException.class, server.nextOutcome());
      assertEquals(ErrorCategory.MALFORMED, e.category(), e.getMessage());
      assertEquals("Say", e.messageType(), e.getMessage());
      client.assertClosedByServer();
    }
  }

  @Test
  void hugeHeaderFailsAtOnceWithoutWaitingForItsPayload() throws Exception {
    try (Client bad = new Client(server)) {
      bad.sendRaw("FF FF"); // 65535 > 8192, and the connection stays open with nothing after it
      Object outcome = server.nextOutcome(); // well before the server's read timeout
      WireFormatException e = assertInstanceOf(WireFormatException.class, outcome);
      assertEquals(ErrorCategory.FRAME_TOO_LONG, e.category(), e.getMessage());
      bad.assertClosedByServer();
    }
  }

  @Test
  void peerClosingInsideAFrameIsTruncated() throws Exception {
    try (Client bad = new Client(server)) {
      bad.sendRaw("00 07 01 03 61");
      bad.socket.shutdownOutput();
      WireFormatException e = assertInstanceOf(WireFormatException.class, server.nextOutcome());
      assertEquals(ErrorCategory.TRUNCATED, e.category(), e.getMessage());
    }
  }

  /** Answers every connection as the demo's server does; reports each connection's outcome. */
  static final class Server implements AutoCloseable {
    final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    final ExecutorService pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "test-server");
      t.setDaemon(true);
      return t;
    });
    /** Per finished connection: the number of messages served (Long) or the IOException that ended it. */
    final BlockingQueue<Object> outcomes = new LinkedBlockingQueue<>();

    Server() throws IOException {
      pool.execute(this::acceptLoop);
    }

    private void acceptLoop() {
      while (!listener.isClosed()) {
        try {
          Socket socket = listener.accept();
          pool.execute(() -> serve(socket));
        } catch (IOException e) {
          return; // closed
        }
      }
    }

    private void serve(Socket connection) {
      try (Socket socket = connection) {
        socket.setSoTimeout(SERVER_READ_TIMEOUT_MILLIS);
        InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = new BufferedOutputStream(socket.getOutputStream());
        long seq = 0;
        for (Chat message; (message = CODEC.read(in)) != null; ) {
          CODEC.write(out, Demo.answer(message, ++seq));
          out.flush();
        }
        outcomes.add(seq);
      } catch (IOException e) {
        outcomes.add(e);
      }
    }

    Object nextOutcome() throws InterruptedException {
      Object outcome = outcomes.poll(WAIT_SECONDS, TimeUnit.SECONDS);
      assertNotNull(outcome, "no connection ended within " + WAIT_SECONDS + " s");
      return outcome;
    }

    @Override
    public void close() throws IOException {
      listener.close();
      pool.shutdownNow();
    }
  }

  static final class Client implements AutoCloseable {
    final Socket socket = new Socket();
    final InputStream in;
    final OutputStream out;

    Client(Server server) throws IOException {
      socket.connect(server.listener.getLocalSocketAddress(), 5_000);
      socket.setSoTimeout(WAIT_SECONDS * 1_000);
      in = new BufferedInputStream(socket.getInputStream());
      out = new BufferedOutputStream(socket.getOutputStream());
    }

    Chat send(Chat message) throws IOException {
      CODEC.write(out, message);
      out.flush();
      Chat reply = CODEC.read(in);
      assertNotNull(reply, "server closed the connection instead of answering " + message);
      return reply;
    }

    void sendRaw(String hex) throws IOException {
      out.write(HexFormat.of().parseHex(hex.replace(" ", "")));
      out.flush();
    }

    /** The server closed this connection: end of stream (or a reset), no answer. */
    void assertClosedByServer() throws IOException {
      try {
        assertEquals(-1, in.read(), "the server sent something instead of closing");
      } catch (SocketException reset) {
        // closed with unread bytes on its side: also closed
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
