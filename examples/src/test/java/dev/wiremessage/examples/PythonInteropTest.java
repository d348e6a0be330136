package dev.wiremessage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.examples.line.Line;
import dev.wiremessage.examples.line.LineCodec;
import dev.wiremessage.examples.line.LineServer;
import dev.wiremessage.examples.net.BlockingServer;
import dev.wiremessage.examples.net.Capture;
import dev.wiremessage.examples.net.Closed;
import dev.wiremessage.examples.net.NettyServer;
import dev.wiremessage.examples.net.Recorder;
import dev.wiremessage.examples.net.ServerLimits;
import dev.wiremessage.examples.seed.Data;
import dev.wiremessage.examples.seed.DataCodec;
import dev.wiremessage.examples.seed.SeedServer;
import dev.wiremessage.examples.types.Stamp;
import dev.wiremessage.examples.types.StampCodec;
import java.math.BigDecimal;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interop with an independent peer: the Python 3 programs in {@code src/test/resources/python/},
 * written from the classic socket tutorial (length prefix as two {@code sendall} calls; lines
 * split on {@code b'\n'}), against the Java servers and as servers for the Java clients (run
 * through the launcher, as a user runs them; {@link PythonPeers}). Skipped, with the reason,
 * where there is no {@code python3}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PythonInteropTest {
  private static final long WAIT_MILLIS = PythonPeers.WAIT_MILLIS;
  private static PythonPeers py;

  @TempDir
  static Path tmp;

  @BeforeAll
  static void needsPython() throws Exception {
    py = PythonPeers.in(tmp);
  }

  @AfterEach
  void killLeftovers() {
    py.killLeftovers();
  }

  @Test
  void pythonSeedClientsToJavaSeedServer() throws Exception {
    Capture out = new Capture();
    Capture log = new Capture();
    Recorder<Data> recorder = new Recorder<>(SeedServer.printer(out.stream));
    try (BlockingServer<Data> server = SeedServer.start(DataCodec.INSTANCE, 0, ServerLimits.DEFAULT, recorder, log.stream)) {
      String port = String.valueOf(server.port());
      // three clients at once, each with its own connection
      List<Process> clients = List.of(
          py.start("seed_client.py", port, "hello", "1", "second message", "2"),
          py.start("seed_client.py", port, "h\\u00e9llo \\u2713 \\U0001F600", "-7"),
          py.start("seed_client.py", port, "", "2147483647"));
      for (Process p : clients) {
        assertEquals(List.of("sent " + (p == clients.get(0) ? 2 : 1)), py.finish(p));
      }
      recorder.awaitClosedCount(3, WAIT_MILLIS);
      for (Closed c : recorder.closed().values()) {
        assertTrue(c.clean(), c.toString());
      }
    }
    List<String> printed = new ArrayList<>(out.lines());
    printed.sort(null);
    assertEquals(List.of(
        "received Data[message=, value=2147483647]",
        "received Data[message=hello, value=1]",
        "received Data[message=h\u00e9llo \u2713 \uD83D\uDE00, value=-7]",
        "received Data[message=second message, value=2]"), printed);
    assertTrue(out.lines().indexOf("received Data[message=second message, value=2]")
        > out.lines().indexOf("received Data[message=hello, value=1]"), "in order on one connection");
    assertEquals(List.of(), log.lines(), "nothing was dropped");
  }

  @Test
  void pythonAndJavaSeedClientsToJavaNettyServer() throws Exception {
    Capture out = new Capture();
    Capture log = new Capture();
    Recorder<Data> recorder = new Recorder<>(SeedServer.printer(out.stream));
    try (NettyServer<Data> server = NettyServer.start(DataCodec.INSTANCE, 0, ServerLimits.DEFAULT, recorder, log.stream)) {
      String port = String.valueOf(server.port());
      List<Process> clients = List.of(
          py.start("seed_client.py", port, "hello", "1", "second message", "2"),
          py.start("seed_client.py", port, "h\\u00e9llo \\u2713 \\U0001F600", "-7"));
      assertEquals(0, Main.run(new String[] {"seed-client", port, "from java", "3"}, System.out, System.err));
      for (Process p : clients) {
        assertEquals(List.of("sent " + (p == clients.get(0) ? 2 : 1)), py.finish(p));
      }
      recorder.awaitClosedCount(3, WAIT_MILLIS);
      for (Closed c : recorder.closed().values()) {
        assertTrue(c.clean(), c.toString());
      }
    }
    List<String> printed = new ArrayList<>(out.lines());
    printed.sort(null);
    assertEquals(List.of(
        "received Data[message=from java, value=3]",
        "received Data[message=hello, value=1]",
        "received Data[message=h\u00e9llo \u2713 \uD83D\uDE00, value=-7]",
        "received Data[message=second message, value=2]"), printed);
    assertTrue(out.lines().indexOf("received Data[message=second message, value=2]")
        > out.lines().indexOf("received Data[message=hello, value=1]"), "in order on one connection");
    assertEquals(List.of(), log.lines(), "nothing was dropped");
  }

  @Test
  void javaSeedClientToPythonSeedServer() throws Exception {
    Process server = py.start("seed_server.py", "2");
    String port = py.listeningPort(server);
    assertEquals(0, Main.run(new String[] {"seed-client", port, "hello", "42"}, System.out, System.err));
    assertEquals(0, Main.run(new String[] {"seed-client", port, "h\u00e9llo \u2713", "-1"}, System.out, System.err));
    assertEquals(List.of(
        "received {\"message\": \"hello\", \"value\": 42}",
        "received {\"message\": \"h\u00e9llo \u2713\", \"value\": -1}"), py.finish(server));
  }

  @Test
  void pythonLineClientsToJavaLineServer() throws Exception {
    Capture out = new Capture();
    Capture log = new Capture();
    Recorder<Line> recorder = new Recorder<>(LineServer.printer(out.stream));
    try (BlockingServer<Line> server = LineServer.start(LineCodec.INSTANCE, 0, ServerLimits.DEFAULT, recorder, log.stream)) {
      String port = String.valueOf(server.port());
      Process one = py.start("line_client.py", port, "first line", "second line", "");
      Process two = py.start("line_client.py", port, "caf\\u00e9 \\u2713");
      assertEquals(List.of("sent 3"), py.finish(one));
      assertEquals(List.of("sent 1"), py.finish(two));
      recorder.awaitClosedCount(2, WAIT_MILLIS);
      List<List<Line>> byConnection = new ArrayList<>();
      for (Closed c : recorder.closed().values()) {
        assertTrue(c.clean(), c.toString());
        byConnection.add(recorder.received(c.peer()));
      }
      byConnection.sort((a, b) -> b.size() - a.size());
      assertEquals(List.of(
          List.of(new Line("first line"), new Line("second line"), new Line("")),
          List.of(new Line("caf\u00e9 \u2713"))), byConnection);
    }
    List<String> printed = new ArrayList<>(out.lines());
    printed.sort(null);
    assertEquals(List.of("received ", "received caf\u00e9 \u2713", "received first line", "received second line"), printed);
    assertEquals(List.of(), log.lines(), "nothing was dropped");
  }

  @Test
  void javaLineClientToPythonLineServer() throws Exception {
    Process server = py.start("line_server.py", "2");
    String port = py.listeningPort(server);
    assertEquals(0, Main.run(new String[] {"line-client", port, "one", "two words", "d\u00e9j\u00e0 vu \u2713"}, System.out, System.err));
    assertEquals(0, Main.run(new String[] {"line-client", port, "last"}, System.out, System.err));
    assertEquals(List.of("received one", "received two words", "received d\u00e9j\u00e0 vu \u2713", "received last"),
        py.finish(server));
  }

  /**
   * A Python peer that reads and writes an Instant, a UUID and a BigDecimal (issue 15) with
   * {@code struct} alone, over a socket: it prints what it read and answers each message.
   */
  @Test
  void javaStampsToAPythonStructPeerAndBack() throws Exception {
    Process server = py.start("stamp_server.py");
    String port = py.listeningPort(server);
    Stamp first = new Stamp(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
        Instant.parse("2024-01-02T03:04:05.000000006Z"), new BigDecimal("12.50"));
    Stamp second = new Stamp(new UUID(-1, 2), Instant.parse("1969-12-31T23:59:59.999999999Z"),
        new BigDecimal("-123456789012345678901234567890.000001"));
    try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(port))) {
      StampCodec.INSTANCE.write(socket.getOutputStream(), first);
      assertEquals(new Stamp(first.id(), first.at().plusSeconds(1), new BigDecimal("25.00")),
          StampCodec.INSTANCE.read(socket.getInputStream()));
      StampCodec.INSTANCE.write(socket.getOutputStream(), second);
      assertEquals(new Stamp(second.id(), second.at().plusSeconds(1),
          new BigDecimal("-246913578024691357802469135780.000002")), StampCodec.INSTANCE.read(socket.getInputStream()));
    }
    assertEquals(List.of(
        "received 123e4567-e89b-12d3-a456-426614174000 1704164645 6 12.50",
        "received ffffffff-ffff-ffff-0000-000000000002 -1 999999999 -123456789012345678901234567890.000001"),
        py.finish(server));
  }
}
