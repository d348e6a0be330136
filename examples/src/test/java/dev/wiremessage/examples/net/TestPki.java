package dev.wiremessage.examples.net;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Certificates for the TLS tests, made once per test JVM in a temporary directory by the JDK's
 * {@code keytool} (the one of the JVM running the tests), so no private key is ever committed.
 * Three self-signed EC (P-256) identities, each valid for 2 days and naming
 * {@code DNS:localhost, IP:127.0.0.1}: {@code server}, {@code client}, and {@code stranger},
 * whom nobody trusts. Trust stores are written with the JDK's {@code KeyStore} API:
 * {@code client-trust.p12} holds the server's certificate, {@code server-trust.p12} the
 * client's. For Python's {@code ssl} module each identity is also written as PEM
 * ({@code NAME.crt}, and {@code NAME.key}: the PKCS#8 key, unencrypted, in the temporary directory only).
 */
public final class TestPki {
  /** The password of every store (and key) here. */
  public static final String PASSWORD = "test-only-password";
  private static TestPki instance;

  public final Path dir;

  private TestPki(Path dir) {
    this.dir = dir;
  }

  /** The PKI of this JVM, made on first use (three keytool runs at once: about a second). */
  public static synchronized TestPki get() throws Exception {
    if (instance == null) {
      Path dir = Files.createTempDirectory("wiremessage-pki");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      List<Process> keytools = new ArrayList<>();
      for (String name : List.of("server", "client", "stranger")) {
        keytools.add(keytool(dir, "-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1",
            "-dname", "CN=wiremessage test " + name, "-ext", "san=dns:localhost,ip:127.0.0.1", "-validity", "2",
            "-keystore", name + ".p12", "-storetype", "PKCS12", "-storepass", PASSWORD));
      }
      for (Process p : keytools) {
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
          throw new IOException("keytool failed: " + output);
        }
      }
      TestPki pki = new TestPki(dir);
      pki.trustStore("client-trust.p12", "server");
      pki.trustStore("server-trust.p12", "client");
      for (String name : List.of("server", "client", "stranger")) {
        pki.pem(name);
      }
      instance = pki;
    }
    return instance;
  }

  /** {@code NAME.p12}: the identity's key and certificate. */
  public Path keys(String name) {
    return dir.resolve(name + ".p12");
  }

  /** {@code NAME.crt}: the identity's certificate, PEM. */
  public Path certPem(String name) {
    return dir.resolve(name + ".crt");
  }

  /** {@code NAME.key}: the identity's private key, PKCS#8 PEM. */
  public Path keyPem(String name) {
    return dir.resolve(name + ".key");
  }

  /** The server's TLS: its own identity, and when {@code clientAuth} the client's certificate required. */
  public Tls server(boolean clientAuth) throws Exception {
    return Tls.of(load(keys("server")), PASSWORD.toCharArray(), load(dir.resolve("server-trust.p12")), clientAuth);
  }

  /** A client's TLS, trusting the server, presenting identity {@code name} (or none when null). */
  public Tls client(String name) throws Exception {
    return Tls.of(name == null ? null : load(keys(name)), PASSWORD.toCharArray(), load(dir.resolve("client-trust.p12")),
        false);
  }

  private static KeyStore load(Path path) throws IOException, GeneralSecurityException {
    return Tls.load(path, PASSWORD.toCharArray());
  }

  private static Process keytool(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC")); // a short run: start fast
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
  }

  private void trustStore(String file, String trusted) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry(trusted, load(keys(trusted)).getCertificate(trusted));
    try (OutputStream out = Files.newOutputStream(dir.resolve(file))) {
      store.store(out, PASSWORD.toCharArray());
    }
  }

  private void pem(String name) throws IOException, GeneralSecurityException {
    KeyStore store = load(keys(name));
    Certificate cert = store.getCertificate(name);
    Key key = store.getKey(name, PASSWORD.toCharArray());
    Files.writeString(certPem(name), pem("CERTIFICATE", cert.getEncoded()));
    Files.writeString(keyPem(name), pem("PRIVATE KEY", key.getEncoded())); // PKCS#8
  }

  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory: the OS cleans it eventually
    }
  }
}
