package dev.wiremessage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.examples.net.BlockingServer;
import dev.wiremessage.examples.net.Capture;
import dev.wiremessage.examples.net.Closed;
import dev.wiremessage.examples.net.NettyServer;
import dev.wiremessage.examples.net.Recorder;
import dev.wiremessage.examples.net.ServerLimits;
import dev.wiremessage.examples.net.TestPki;
import dev.wiremessage.examples.seed.Data;
import dev.wiremessage.examples.seed.DataCodec;
import dev.wiremessage.examples.seed.SeedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS interop with an independent TLS stack: the seed peers of {@link PythonInteropTest}, their
 * sockets wrapped by Python's {@code ssl} module ({@code ssl.create_default_context}, OpenSSL:
 * certificate and host name checked), against the Java servers and as the
 * server of the launcher's {@code seed-client --tls}, with and without client certificates.
 * The certificates are {@link TestPki}'s, made at test time.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TlsPythonInteropTest {
  private static final long WAIT_MILLIS = PythonPeers.WAIT_MILLIS;
  private static PythonPeers py;
  private static TestPki pki;
  private static Path passwordFile;

  @TempDir
  static Path tmp;

  @BeforeAll
  static void needsPython() throws Exception {
    py = PythonPeers.in(tmp);
    pki = TestPki.get();
    passwordFile = tmp.resolve("key-store-password");
    Files.writeString(passwordFile, TestPki.PASSWORD + "\n");
  }

  @AfterEach
  void killLeftovers() {
    py.killLeftovers();
  }

  /** What wm_tls.py reads: the server's certificate to trust, and the client identity {@code name} (none when null). */
  private static Map<String, String> clientEnv(String name) {
    if (name == null) {
      return Map.of("WM_TLS_CA", pki.certPem("server").toString());
    }
    return Map.of("WM_TLS_CA", pki.certPem("server").toString(),
        "WM_TLS_CERT", pki.certPem(name).toString(), "WM_TLS_KEY", pki.keyPem(name).toString());
  }

  @Test
  void pythonTlsClientsToJavaTlsSeedServer() throws Exception {
    Capture out = new Capture();
    Capture log = new Capture();
    Recorder<Data> recorder = new Recorder<>(SeedServer.printer(out.stream));
    try (BlockingServer<Data> server = SeedServer.start(DataCodec.INSTANCE, pki.server(false).listen(0),
        ServerLimits.DEFAULT, recorder, log.stream)) {
      String port = String.valueOf(server.port());
      List<Process> clients = List.of(
          py.start(clientEnv(null), "seed_client.py", port, "hello over tls", "1", "second", "2"),
          py.start(clientEnv(null), "seed_client.py", port, "h\\u00e9llo \\u2713", "-7"));
      assertEquals(List.of("sent 2"), py.finish(clients.get(0)));
      assertEquals(List.of("sent 1"), py.finish(clients.get(1)));
      recorder.awaitClosedCount(2, WAIT_MILLIS);
      for (Closed c : recorder.closed().values()) {
        assertTrue(c.clean(), c.toString()); // Python closes without close_notify: between frames, a clean end
      }
    }
    List<String> printed = new ArrayList<>(out.lines());
    printed.sort(null);
    assertEquals(List.of(
        "received Data[message=hello over tls, value=1]",
        "received Data[message=h\u00e9llo \u2713, value=-7]",
        "received Data[message=second, value=2]"), printed);
    assertEquals(List.of(), log.lines(), "nothing was dropped");
  }

  @Test
  void pythonTlsClientsToJavaNettyServerRequiringClientCertificates() throws Exception {
    Capture out = new Capture();
    Capture log = new Capture();
    Recorder<Data> recorder = new Recorder<>(SeedServer.printer(out.stream));
    try (NettyServer<Data> server = NettyServer.start(DataCodec.INSTANCE, 0, ServerLimits.DEFAULT, pki.server(true),
        recorder, log.stream)) {
      String port = String.valueOf(server.port());
      assertEquals(List.of("sent 1"), py.finish(py.start(clientEnv("client"), "seed_client.py", port, "trusted", "1")));
      recorder.awaitClosedCount(1, WAIT_MILLIS);
      // a client with an untrusted certificate, and one with none: refused by the server during the
      // handshake (TLS 1.3: the client may only learn it when it next reads, so its exit status is not checked)
      py.output(py.start(clientEnv("stranger"), "seed_client.py", port, "stranger", "2"));
      py.output(py.start(clientEnv(null), "seed_client.py", port, "anonymous", "3"));
      recorder.awaitClosedCount(3, WAIT_MILLIS);
    }
    assertEquals(List.of("received Data[message=trusted, value=1]"), out.lines());
    List<String> dropped = log.linesStartingWith("dropped ");
    assertEquals(2, dropped.size(), "log:\n" + log);
    for (String line : dropped) {
      assertTrue(line.matches("dropped 127\\.0\\.0\\.1:\\d+: handshake: .+"), line);
    }
    assertEquals(2, log.lines().size(), "log:\n" + log);
  }

  @Test
  void javaTlsSeedClientToPythonTlsSeedServer() throws Exception {
    Process server = py.start(Map.of("WM_TLS_CERT", pki.certPem("server").toString(),
        "WM_TLS_KEY", pki.keyPem("server").toString()), "seed_server.py", "2");
    String port = py.listeningPort(server);
    String trust = pki.dir.resolve("client-trust.p12").toString();
    assertEquals(0, run("seed-client", "--tls", "--trust-store", trust, "--trust-store-password", "pass:" + TestPki.PASSWORD,
        port, "hello", "42"));
    assertEquals(0, run("seed-client", "--tls", "--trust-store", trust, "--trust-store-password", "file:" + passwordFile,
        port, "h\u00e9llo \u2713", "-1"));
    assertEquals(List.of(
        "received {\"message\": \"hello\", \"value\": 42}",
        "received {\"message\": \"h\u00e9llo \u2713\", \"value\": -1}"), py.finish(server));
  }

  @Test
  void javaTlsSeedClientWithCertificateToPythonServerRequiringOne() throws Exception {
    Process server = py.start(Map.of("WM_TLS_CERT", pki.certPem("server").toString(),
        "WM_TLS_KEY", pki.keyPem("server").toString(), "WM_TLS_CA", pki.certPem("client").toString()),
        "seed_server.py", "2");
    String port = py.listeningPort(server);
    String trust = pki.dir.resolve("client-trust.p12").toString();
    assertEquals(0, run("seed-client", "--tls", "--key-store", pki.keys("client").toString(),
        "--key-store-password", "file:" + passwordFile, "--trust-store", trust,
        "--trust-store-password", "pass:" + TestPki.PASSWORD, port, "with a certificate", "1"));
    // without one: Python refuses it during the handshake, and the client says so (it waits for the server's end of stream)
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"seed-client", "--tls", "--trust-store", trust, "--trust-store-password",
        "pass:" + TestPki.PASSWORD, port, "without", "2"}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(1, status, err.toString(StandardCharsets.UTF_8));
    // As README.md says: the alert, or (TLS 1.3, the server's hang-up arriving first) a broken pipe or a reset.
    assertTrue(err.toString(StandardCharsets.UTF_8).matches(
        "(?s)seed-client failed: (javax\\.net\\.ssl\\.SSL|java\\.net\\.SocketException: (Broken pipe|Connection reset)).*"),
        err.toString(StandardCharsets.UTF_8));
    List<String> printed = py.finish(server);
    assertEquals(2, printed.size(), printed.toString());
    assertEquals("received {\"message\": \"with a certificate\", \"value\": 1}", printed.get(0));
    assertTrue(printed.get(1).startsWith("refused "), printed.get(1));
  }

  private static int run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
    System.err.print(err.toString(StandardCharsets.UTF_8));
    return status;
  }
}
