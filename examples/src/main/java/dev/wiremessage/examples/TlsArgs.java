package dev.wiremessage.examples;

import dev.wiremessage.examples.Main.UsageException;
import dev.wiremessage.examples.net.Tls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * The TLS options of the launcher's servers and clients, which come right after the command
 * and before its arguments ({@code seed-server --tls --key-store server.p12
 * --key-store-password env:WM_KEY_PASS 9000}). Passwords never appear as such on a command
 * line unless asked to: {@code env:NAME} reads an environment variable, {@code file:PATH} the
 * first line of a file, {@code pass:VALUE} takes the value itself (visible to {@code ps}).
 */
final class TlsArgs {
  static final String USAGE = String.join(System.lineSeparator(),
      "",
      "TLS options (seed-server, netty-server, line-server, seed-client, line-client), before PORT:",
      "  --tls                       speak TLS 1.3 or 1.2 (the JDK's default cipher suites)",
      "  --key-store FILE            PKCS12: this side's certificate and key (servers: required;",
      "                              clients: for a server that requires client certificates)",
      "  --key-store-password SECRET",
      "  --trust-store FILE          PKCS12: the certificates to trust on the other side",
      "                              (default: the JDK's cacerts)",
      "  --trust-store-password SECRET",
      "  --client-auth none|required",
      "                              servers: required refuses, during the handshake, a client",
      "                              without a certificate the trust store accepts (default none)",
      "  SECRET is env:NAME (an environment variable), file:PATH (its first line) or pass:VALUE.",
      "  chat-server and chat-client have no TLS: the NIO server does not do it (docs/security.md).",
      "");

  /** The TLS settings ({@code tls} null without {@code --tls}) and the command's own arguments after them. */
  record Parsed(Tls tls, String[] rest) {}

  private TlsArgs() {}

  /**
   * Takes the options at the start of {@code args}.
   *
   * @param server whether the command is a server ({@code --key-store} required, {@code --client-auth} allowed)
   * @param env the environment, for {@code env:NAME}
   */
  static Parsed parse(String command, String[] args, boolean server, UnaryOperator<String> env)
      throws UsageException, IOException, GeneralSecurityException {
    boolean tls = false;
    String keyStore = null;
    String keyPassword = null;
    String trustStore = null;
    String trustPassword = null;
    String clientAuth = null;
    int i = 0;
    for (; i < args.length && args[i].startsWith("--"); i++) {
      String option = args[i];
      if (option.equals("--tls")) {
        tls = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new UsageException(command + ": " + option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--key-store" -> keyStore = value;
        case "--key-store-password" -> keyPassword = value;
        case "--trust-store" -> trustStore = value;
        case "--trust-store-password" -> trustPassword = value;
        case "--client-auth" -> {
          if (!server) {
            throw new UsageException(command + ": --client-auth is a server option");
          }
          if (!value.equals("none") && !value.equals("required")) {
            throw new UsageException(command + ": --client-auth must be none or required, got " + value);
          }
          clientAuth = value;
        }
        default -> throw new UsageException(command + ": unknown option " + option);
      }
    }
    String[] rest = Arrays.copyOfRange(args, i, args.length);
    boolean anyOption = keyStore != null || keyPassword != null || trustStore != null || trustPassword != null
        || clientAuth != null;
    if (!tls) {
      if (anyOption) {
        throw new UsageException(command + ": the key and trust store options need --tls");
      }
      return new Parsed(null, rest);
    }
    if (server && keyStore == null) {
      throw new UsageException(command + ": --tls needs --key-store (the server's certificate and key)");
    }
    if ((keyStore == null) != (keyPassword == null)) {
      throw new UsageException(command + ": --key-store and --key-store-password go together");
    }
    if (trustStore == null && trustPassword != null) {
      throw new UsageException(command + ": --trust-store-password without --trust-store");
    }
    boolean required = "required".equals(clientAuth);
    if (required && trustStore == null) {
      throw new UsageException(command + ": --client-auth required needs --trust-store (the certificates of the clients to admit)");
    }
    char[] keySecret = keyPassword == null ? null : secret(command, "--key-store-password", keyPassword, env);
    char[] trustSecret = trustPassword == null ? null : secret(command, "--trust-store-password", trustPassword, env);
    KeyStore keys = keyStore == null ? null : Tls.load(Path.of(keyStore), keySecret);
    KeyStore trust = trustStore == null ? null : Tls.load(Path.of(trustStore), trustSecret);
    return new Parsed(Tls.of(keys, keySecret, trust, required), rest);
  }

  /** Refuses TLS options for a command without TLS. */
  static void refuse(String command, String[] args) throws UsageException {
    if (args.length > 0 && args[0].startsWith("--")) {
      throw new UsageException(command + " has no " + args[0]
          + ": its NIO server does not do TLS (docs/security.md); seed-server and netty-server do");
    }
  }

  private static char[] secret(String command, String option, String spec, UnaryOperator<String> env)
      throws UsageException, IOException {
    if (spec.startsWith("pass:")) {
      return spec.substring("pass:".length()).toCharArray();
    } else if (spec.startsWith("env:")) {
      String name = spec.substring("env:".length());
      String value = env.apply(name);
      if (value == null) {
        throw new UsageException(command + ": " + option + " names the environment variable " + name + ", which is not set");
      }
      return value.toCharArray();
    } else if (spec.startsWith("file:")) {
      String text = Files.readString(Path.of(spec.substring("file:".length())), StandardCharsets.UTF_8);
      return text.lines().findFirst().orElse("").toCharArray();
    }
    // never echo the value: it may be the password itself
    throw new UsageException(command + ": " + option + " must be env:NAME, file:PATH or pass:VALUE");
  }
}
