package dev.wiremessage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.examples.line.Line;
import dev.wiremessage.examples.line.LineCodec;
import dev.wiremessage.examples.line.LineServer;
import dev.wiremessage.examples.net.BlockingServer;
import dev.wiremessage.examples.net.Capture;
import dev.wiremessage.examples.net.Recorder;
import dev.wiremessage.examples.net.ServerLimits;
import dev.wiremessage.examples.net.TestPki;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md's TLS commands, run as a user runs them: every line of the {@code sh} blocks under
 * "## TLS", in order, through {@code sh} in an empty directory: the {@code keytool} lines make
 * the stores, a line ending in {@code &} starts a server (run until the test ends), the others
 * are clients. Three things differ, and only these: {@code java -jar
 * examples/target/wiremessage-examples.jar} runs this build's classes ({@code java -cp ...
 * dev.wiremessage.examples.Main}: the jar is packaged after the tests), {@code java} and
 * {@code keytool} are the test JVM's, and a server's port is 0 (a free one; the clients get the
 * one it prints). What the README says follows, the server's output and log line and the
 * refused client's error, are checked against what the programs printed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TlsCommandLineTest {
  private static final String JAR = "java -jar examples/target/wiremessage-examples.jar ";
  private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

  @TempDir
  Path dir;

  private final List<Process> servers = new ArrayList<>();

  @AfterEach
  void stopServers() {
    servers.forEach(Process::destroyForcibly);
  }

  @Test
  void readmeTlsCommandsWorkAsShown() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    List<String> commands = tlsBlocks(readme);
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"); // short runs: start fast
    Map<String, String> ports = new HashMap<>(); // README port -> the server's
    Map<String, Output> serverOutput = new HashMap<>();
    List<Output> clients = new ArrayList<>();
    for (String line : commands) {
      if (line.startsWith("export ")) {
        String assignment = line.substring("export ".length()).replaceAll("\\s+#.*", "");
        env.put(assignment.substring(0, assignment.indexOf('=')), assignment.substring(assignment.indexOf('=') + 1));
      } else if (line.startsWith(JAR) && line.endsWith("&")) {
        String command = line.substring(0, line.length() - 1).strip();
        String port = command.substring(command.lastIndexOf(' ') + 1);
        Process server = sh(env, command.substring(0, command.lastIndexOf(' ') + 1) + "0");
        servers.add(server);
        Output out = new Output(server);
        ports.put(port, out.awaitListening());
        serverOutput.put(port, out);
      } else {
        for (Map.Entry<String, String> p : ports.entrySet()) {
          line = line.replace(" " + p.getKey() + " ", " " + p.getValue() + " ");
        }
        Process process = sh(env, line);
        Output out = new Output(process);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), line);
        out.exitStatus = process.exitValue();
        out.awaitEnd();
        if (line.startsWith(JAR)) {
          clients.add(out);
        } else {
          assertEquals(0, out.exitStatus, line + "\n" + out);
        }
      }
    }
    assertEquals(2, serverOutput.size(), "servers in README's TLS blocks");
    assertEquals(3, clients.size(), "clients in README's TLS blocks");
    String said = readme.replaceAll("\\s+", " ");
    for (String line : TlsArgs.USAGE.strip().lines().toList()) {
      assertTrue(readme.contains(line + "\n"), "README's --help excerpt lacks: " + line);
    }

    // the first block: seed-server, and a client that trusts its certificate
    assertEquals(0, clients.get(0).exitStatus, clients.get(0).toString());
    Output seedServer = serverOutput.get("9000");
    seedServer.awaitStdout("received Data[message=hello, value=7]");
    assertTrue(said.contains("The server prints `received Data[message=hello, value=7]`"));

    // the second: netty-server requiring client certificates, a client with one, a client without
    assertEquals(0, clients.get(1).exitStatus, clients.get(1).toString());
    Output nettyServer = serverOutput.get("9001");
    nettyServer.awaitStdout("received Data[message=hello, value=8]");
    Output refused = clients.get(2);
    assertEquals(1, refused.exitStatus, refused.toString());
    String error = refused.stderr.get(0);
    assertTrue(error.startsWith("seed-client failed: "), error);
    String cause = error.substring("seed-client failed: ".length());
    assertTrue(said.contains("`" + error + "`") || said.contains("`" + cause + "`"), "README should quote the client's error: " + error);
    String dropped = nettyServer.awaitStderr("dropped ").replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:54321");
    assertTrue(said.contains("`" + dropped + "`"), "README should quote the server's log line: " + dropped);
    assertEquals(List.of(), nettyServer.stdout.stream().filter(l -> l.contains("no-certificate")).toList());
  }

  @Test
  void lineClientWithTlsOptionsReachesATlsLineServerAndAPlainClientDoesNot() throws Exception {
    TestPki pki = TestPki.get();
    Capture out = new Capture();
    Capture log = new Capture();
    Recorder<Line> recorder = new Recorder<>(LineServer.printer(out.stream));
    try (BlockingServer<Line> server = LineServer.start(LineCodec.INSTANCE, pki.server(false).listen(0), ServerLimits.DEFAULT,
        recorder, log.stream)) {
      String port = String.valueOf(server.port());
      Path password = dir.resolve("password");
      Files.writeString(password, TestPki.PASSWORD + "\n");
      assertEquals(0, Main.run(new String[] {"line-client", "--tls", "--trust-store", pki.dir.resolve("client-trust.p12").toString(),
          "--trust-store-password", "file:" + password, port, "over tls", "d\u00e9j\u00e0 vu"}, System.out, System.err));
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int plain = Main.run(new String[] {"line-client", port, "in clear"}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
      recorder.awaitClosedCount(2, 20_000);
      assertEquals(List.of("received over tls", "received d\u00e9j\u00e0 vu"), out.lines());
      List<String> dropped = log.linesStartingWith("dropped ");
      assertEquals(1, dropped.size(), log.toString());
      assertTrue(dropped.get(0).matches("dropped 127\\.0\\.0\\.1:\\d+: handshake: Unsupported or unrecognized SSL message"), dropped.get(0));
      assertTrue(plain == 0 || plain == 1, "status " + plain + ": " + err); // a plain client may not notice: it never reads
    }
  }

  @Test
  void badTlsOptionsAreUsageErrorsThatNeverEchoAPassword() throws Exception {
    Map<List<String>, String> cases = new LinkedHashMap<>();
    cases.put(List.of("seed-server", "--key-store", "s.p12", "--key-store-password", "pass:x", "0"), "need --tls");
    cases.put(List.of("seed-server", "--tls", "0"), "--tls needs --key-store");
    cases.put(List.of("netty-server", "--tls", "--key-store", "s.p12", "0"), "--key-store and --key-store-password go together");
    cases.put(List.of("seed-server", "--tls", "--key-store", "s.p12", "--key-store-password", "hunter2", "0"),
        "--key-store-password must be env:NAME, file:PATH or pass:VALUE");
    cases.put(List.of("seed-server", "--tls", "--key-store", "s.p12", "--key-store-password", "env:WM_SURELY_UNSET_VARIABLE", "0"),
        "names the environment variable WM_SURELY_UNSET_VARIABLE, which is not set");
    cases.put(List.of("line-server", "--tls", "--key-store", "s.p12", "--key-store-password", "pass:x", "--client-auth", "required", "0"),
        "--client-auth required needs --trust-store");
    cases.put(List.of("seed-client", "--tls", "--client-auth", "required", "1", "hi", "2"), "--client-auth is a server option");
    cases.put(List.of("seed-client", "--tls", "--trust-store"), "--trust-store needs a value");
    cases.put(List.of("line-client", "--tls", "--verbose", "1", "hi"), "unknown option --verbose");
    cases.put(List.of("chat-server", "--tls", "0"), "its NIO server does not do TLS");
    for (Map.Entry<List<String>, String> c : cases.entrySet()) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = Main.run(c.getKey().toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      String said = err.toString(StandardCharsets.UTF_8);
      assertEquals(2, status, c.getKey() + ": " + said);
      String first = said.lines().findFirst().orElse("");
      assertTrue(first.contains(c.getValue()), c.getKey() + ": " + first);
      assertFalse(said.contains("hunter2"), "the password was echoed: " + said);
      assertTrue(said.contains("--key-store FILE"), "usage lists the TLS options: " + said);
    }
  }

  /** The lines of the {@code sh} blocks between "## TLS" and the next section. */
  static List<String> tlsBlocks(String readme) {
    int start = readme.indexOf("\n## TLS\n");
    assertTrue(start >= 0, "README.md has no '## TLS' section");
    int end = readme.indexOf("\n## ", start + 1);
    Matcher blocks = Pattern.compile("```sh\\R(.*?)```", Pattern.DOTALL).matcher(readme.substring(start, end));
    List<String> lines = new ArrayList<>();
    while (blocks.find()) {
      blocks.group(1).lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
    }
    assertTrue(lines.size() >= 8, "README's TLS commands: " + lines);
    return lines;
  }

  private Process sh(Map<String, String> env, String line) throws IOException {
    String bin = Path.of(System.getProperty("java.home"), "bin").toString();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String command = line.replace(JAR, "\"" + bin + "/java\" -cp \"$WM_TEST_CLASS_PATH\" dev.wiremessage.examples.Main ")
        .replaceFirst("^keytool ", "\"" + bin + "/keytool\" ");
    ProcessBuilder pb = new ProcessBuilder("sh", "-c", "exec " + command).directory(dir.toFile());
    pb.environment().putAll(env);
    pb.environment().put("WM_TEST_CLASS_PATH", classPath);
    return pb.start();
  }

  /** A process's standard output and error, read as they come, without the JVM's "Picked up JAVA_TOOL_OPTIONS". */
  static final class Output {
    final List<String> stdout = Collections.synchronizedList(new ArrayList<>());
    final List<String> stderr = Collections.synchronizedList(new ArrayList<>());
    final Thread[] readers;
    int exitStatus = -1;

    Output(Process p) {
      readers = new Thread[] {reader(p.getInputStream(), stdout), reader(p.getErrorStream(), stderr)};
    }

    private static Thread reader(InputStream in, List<String> into) {
      Thread t = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          for (String line; (line = r.readLine()) != null; ) {
            if (!line.startsWith("Picked up JAVA_TOOL_OPTIONS")) {
              into.add(line);
            }
          }
        } catch (IOException e) {
          // the process was killed
        }
      });
      t.setDaemon(true);
      t.start();
      return t;
    }

    void awaitEnd() throws InterruptedException {
      for (Thread t : readers) {
        t.join(10_000);
      }
    }

    /** The port of the server's {@code listening on 127.0.0.1:PORT} line. */
    String awaitListening() throws InterruptedException {
      String line = awaitStderr("");
      Matcher m = LISTENING.matcher(line);
      assertTrue(m.find(), "the server said: " + this);
      return m.group(1);
    }

    String awaitStderr(String prefix) throws InterruptedException {
      return await(stderr, prefix);
    }

    void awaitStdout(String line) throws InterruptedException {
      assertEquals(line, await(stdout, line));
    }

    private String await(List<String> lines, String prefix) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline) {
        synchronized (lines) {
          for (String l : lines) {
            if (l.startsWith(prefix)) {
              return l;
            }
          }
        }
        Thread.sleep(20);
      }
      throw new AssertionError("no line starting '" + prefix + "' within 60 s: " + this);
    }

    @Override
    public String toString() {
      return "exit " + exitStatus + "\nstdout: " + stdout + "\nstderr: " + stderr;
    }
  }
}
