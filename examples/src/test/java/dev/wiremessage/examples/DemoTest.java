package dev.wiremessage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The demo and its launcher, run in-process: over a real loopback socket, with the exact output. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DemoTest {
  private static final String SAY_1 = "Say[text=hello, room 7, sentAtMillis=1700000000000, mood=HAPPY,"
      + " tags=[greeting, first], from=Optional[Place[city=Oslo, floor=3]], meta={client=wiremessage-demo}]";
  private static final String SAY_2 = "Say[text=bytes on a socket, typed, sentAtMillis=1700000001500, mood=CALM,"
      + " tags=[], from=Optional.empty, meta={}]";

  private static final List<String> EXPECTED = List.of(
      "wiremessage demo: Chat protocol over 127.0.0.1:PORT",
      "client -> Join[name=ada, room=7]",
      "          frame (9 bytes): 00 07 01 03 61 64 61 00 07",
      "server <- Join[name=ada, room=7]",
      "server -> Ack[seq=1, status=OK, note=Optional[welcome to room 7]]",
      "client <- Ack[seq=1, status=OK, note=Optional[welcome to room 7]]",
      "client -> " + SAY_1,
      "server <- " + SAY_1,
      "server -> Ack[seq=2, status=OK, note=Optional.empty]",
      "client <- Ack[seq=2, status=OK, note=Optional.empty]",
      "client -> " + SAY_2,
      "server <- " + SAY_2,
      "server -> Ack[seq=3, status=OK, note=Optional.empty]",
      "client <- Ack[seq=3, status=OK, note=Optional.empty]",
      "client -> Leave[]",
      "server <- Leave[]",
      "server -> Ack[seq=4, status=OK, note=Optional[bye]]",
      "client <- Ack[seq=4, status=OK, note=Optional[bye]]",
      "server: clean end of stream after 4 messages",
      // 9 (Join) + 83 (first Say) + 46 (second Say) + 3 (Leave)
      "decoder: the client's 141 bytes again, fed 3 bytes at a time",
      "decoder <- Join[name=ada, room=7]",
      "decoder <- " + SAY_1,
      "decoder <- " + SAY_2,
      "decoder <- Leave[]",
      "demo ok: 4 messages sent, 4 acks received");

  private static List<String> lines(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8).replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:PORT").lines().toList();
  }

  @Test
  void demoPrintsEveryMessageSentAndReceived() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Demo.run(out);
    }
    assertEquals(EXPECTED, lines(bytes));
  }

  @Test
  void launcherRunsTheDemoByDefaultAndByName() {
    for (String[] args : List.of(new String[0], new String[] {"demo"})) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
      assertEquals(EXPECTED, lines(out));
      assertEquals("", err.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void helpPrintsUsage() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertEquals(0, status);
    String usage = out.toString(StandardCharsets.UTF_8);
    assertTrue(usage.startsWith("usage: java -jar wiremessage-examples.jar [COMMAND]"), usage);
    assertTrue(usage.contains("  demo "), usage);
    for (String command : List.of("seed-server PORT", "netty-server PORT", "seed-client PORT MESSAGE VALUE", "line-server PORT",
        "line-client PORT MESSAGE...", "chat-server PORT", "chat-client PORT NAME")) {
      assertTrue(usage.contains("  " + command), command + " in\n" + usage);
    }
  }

  @Test
  void badArgumentsOfTheSocketCommandsAreUsageErrors() {
    List<List<String>> cases = List.of(
        List.of("seed-server"), List.of("seed-server", "1", "2"), List.of("seed-server", "port"),
        List.of("seed-server", "70000"), List.of("netty-server"), List.of("netty-server", "x"), List.of("seed-client", "1", "hi"), List.of("seed-client", "1", "hi", "x"),
        List.of("line-server"), List.of("line-client", "1"), List.of("line-client", "1", "two\nlines"),
        List.of("chat-server", "-1"), List.of("chat-client", "1"));
    for (List<String> args : cases) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = Main.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      assertEquals(2, status, args + ": " + err);
      assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: "), args + ": " + err);
    }
  }

  @Test
  void unknownCommandIsAUsageError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"serve"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, status);
    assertEquals("", out.toString(StandardCharsets.UTF_8));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("unknown command: serve"), err.toString());
    assertEquals(2, Main.run(new String[] {"demo", "extra"}, new PrintStream(out), new PrintStream(err)));
  }
}
