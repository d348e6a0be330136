package dev.wiremessage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The Python 3 peers of {@code src/test/resources/python/} for the interop tests
 * ({@link PythonInteropTest}, {@link TlsPythonInteropTest}): copied to a directory, started
 * with {@code python3}, their output read back. Their TLS settings come from the environment
 * ({@code wm_tls.py}: {@code WM_TLS_CA}, {@code WM_TLS_CERT}, {@code WM_TLS_KEY}).
 */
final class PythonPeers {
  static final long WAIT_MILLIS = 20_000;
  private static final List<String> SCRIPTS =
      List.of("seed_client.py", "seed_server.py", "line_client.py", "line_server.py", "wm_tls.py",
          "stamp_server.py");

  private final Path scripts;
  private final List<Process> started = new CopyOnWriteArrayList<>();
  private final Map<Process, BufferedReader> pending = new ConcurrentHashMap<>();

  private PythonPeers(Path scripts) {
    this.scripts = scripts;
  }

  /** The scripts copied into {@code dir}; the calling test class is skipped, with the reason, without {@code python3}. */
  static PythonPeers in(Path dir) throws Exception {
    boolean found;
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      found = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      found = false;
    }
    Assumptions.assumeTrue(found, "python3 is not on the PATH: the Python interop tests are skipped");
    Path scripts = dir.resolve("python");
    Files.createDirectories(scripts);
    for (String name : SCRIPTS) {
      try (var in = PythonPeers.class.getResourceAsStream("/python/" + name)) {
        Files.copy(in, scripts.resolve(name));
      }
    }
    return new PythonPeers(scripts);
  }

  /** Starts {@code python3 script args...} (its standard error goes to the test's). */
  Process start(String script, String... args) throws IOException {
    return start(Map.of(), script, args);
  }

  /** As {@link #start(String, String...)}, with {@code env} added to the environment. */
  Process start(Map<String, String> env, String script, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("python3", scripts.resolve(script).toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.environment().put("PYTHONIOENCODING", "utf-8");
    pb.environment().putAll(env);
    Process p = pb.start();
    started.add(p);
    return p;
  }

  /** Reads the server's first line, {@code listening PORT}, and returns the port. */
  String listeningPort(Process server) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String first = r.readLine();
    assertTrue(first != null && first.startsWith("listening "), "python server said: " + first);
    pending.put(server, r);
    return first.substring("listening ".length());
  }

  /** Waits for {@code p} to exit 0 and returns what it printed (after {@code listening PORT} for a server). */
  List<String> finish(Process p) throws Exception {
    List<String> lines = output(p);
    assertEquals(0, p.exitValue(), "python exit status; it printed " + lines);
    return lines;
  }

  /** Waits for {@code p} to exit, whatever its status, and returns what it printed. */
  List<String> output(Process p) throws Exception {
    BufferedReader r = pending.remove(p);
    if (r == null) {
      r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }
    List<String> lines = new ArrayList<>();
    for (String line; (line = r.readLine()) != null; ) {
      lines.add(line);
    }
    if (!p.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("python did not exit: " + p.info().commandLine().orElse("?"));
    }
    return lines;
  }

  /** Kills whatever a test left running. */
  void killLeftovers() {
    for (Process p : started) {
      p.destroyForcibly();
    }
    started.clear();
    pending.clear();
  }
}
