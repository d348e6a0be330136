package dev.wiremessage.examples;

import dev.wiremessage.examples.chat.ChatClient;
import dev.wiremessage.examples.chat.ChatCodec;
import dev.wiremessage.examples.chat.ChatServer;
import dev.wiremessage.examples.line.Line;
import dev.wiremessage.examples.line.LineClient;
import dev.wiremessage.examples.line.LineCodec;
import dev.wiremessage.examples.line.LineServer;
import dev.wiremessage.examples.net.BlockingServer;
import dev.wiremessage.examples.net.NettyServer;
import dev.wiremessage.examples.net.ServerLimits;
import dev.wiremessage.examples.net.Threads;
import dev.wiremessage.examples.seed.Data;
import dev.wiremessage.examples.seed.DataCodec;
import dev.wiremessage.examples.seed.SeedClient;
import dev.wiremessage.examples.seed.SeedServer;
import dev.wiremessage.runtime.WireEncodeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;

/**
 * The launcher of {@code wiremessage-examples.jar}: {@code java -jar wiremessage-examples.jar
 * [COMMAND]}. Exit status 0 on success, 1 when a command fails, 2 on a usage error. Servers
 * run until the process is killed.
 */
public final class Main {
  static final String USAGE = String.join(System.lineSeparator(),
      "usage: java -jar wiremessage-examples.jar [COMMAND]",
      "",
      "commands:",
      "  demo                        a server and a client in one JVM exchange Chat messages over a",
      "                              loopback socket, printing every message sent and received (default)",
      "  seed-server PORT            serve the classic Python tutorial's protocol on 127.0.0.1:PORT:",
      "                              a 4-byte big-endian length, then a UTF-8 JSON body",
      "                              {\"message\": str, \"value\": int}; prints",
      "                              `received Data[message=..., value=...]` per message; any number",
      "                              of clients at once (a thread each), until killed",
      "  netty-server PORT           the same protocol on Netty 4.2 (wiremessage-netty's decoder and",
      "                              encoder handlers, a few event-loop threads for all clients)",
      "  seed-client PORT MESSAGE VALUE",
      "                              send one such message to 127.0.0.1:PORT and exit",
      "  line-server PORT            the same for newline-delimited UTF-8 text: prints",
      "                              `received <text>` per line",
      "  line-client PORT MESSAGE... send each MESSAGE as one line to 127.0.0.1:PORT and exit",
      "  chat-server PORT            a multi-user chat on the demo's Chat protocol, non-blocking",
      "                              (one selector thread): Join, then Say lines relayed to the room",
      "  chat-client PORT NAME       join room 1 as NAME, send each line of standard input, print",
      "                              what arrives; at the end of input, Leave",
      "  --help                      print this help",
      "",
      "PORT 0 picks a free port; servers print the one they listen on to standard error.",
      "Servers drop a client that sends a bad frame (logged on one line to standard error,",
      "`dropped 127.0.0.1:54321: malformed: ...`) and keep serving the others. Limits per",
      "connection: the frame limit of the protocol (16 MiB for seed, netty and line, 8 KiB for chat),",
      "5 minutes without a message (idle), 30 s to finish a frame once begun, 1024",
      "connections, 10 s to finish a TLS handshake, and for chat 1 MiB queued for a client",
      "that does not read.",
      "");

  /** How long a client waits to connect and, with TLS, to finish the handshake. */
  static final int CONNECT_TIMEOUT_MILLIS = 10_000;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /** Runs the command named by {@code args[0]} ({@code demo} when there is none); returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, InputStream.nullInputStream(), out, err);
  }

  /** As {@link #run(String[], PrintStream, PrintStream)}, with {@code in} as standard input (chat-client). */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    String command = args.length == 0 ? "demo" : args[0];
    String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
    ServerLimits limits = ServerLimits.DEFAULT;
    try {
      switch (command) {
        case "demo":
          if (rest.length != 0) {
            return usageError("demo takes no arguments, got " + String.join(" ", rest), err);
          }
          Demo.run(out);
          return 0;
        case "seed-server": {
          TlsArgs.Parsed tls = TlsArgs.parse(command, rest, true, System::getenv);
          int port = port(command, tls.rest(), 1);
          var server = SeedServer.start(DataCodec.INSTANCE, listen(tls, port), limits, SeedServer.printer(out), err);
          err.println("seed-server: listening on 127.0.0.1:" + server.port() + " (" + describe(tls) + "a thread per client: "
              + Threads.perConnectionKind() + ")");
          server.awaitClose();
          return 0;
        }
        case "netty-server": {
          TlsArgs.Parsed tls = TlsArgs.parse(command, rest, true, System::getenv);
          int port = port(command, tls.rest(), 1);
          var server = tls.tls() == null
              ? NettyServer.start(DataCodec.INSTANCE, port, limits, SeedServer.printer(out), err)
              : NettyServer.start(DataCodec.INSTANCE, port, limits, tls.tls(), SeedServer.printer(out), err);
          err.println("netty-server: listening on 127.0.0.1:" + server.port() + " (" + describe(tls) + "Netty event loops)");
          server.awaitClose();
          return 0;
        }
        case "seed-client": {
          TlsArgs.Parsed tls = TlsArgs.parse(command, rest, false, System::getenv);
          rest = tls.rest();
          int port = port(command, rest, 3);
          int value;
          try {
            value = Integer.parseInt(rest[2]);
          } catch (NumberFormatException e) {
            throw new UsageException("seed-client: VALUE must be an int, got " + rest[2]);
          }
          SeedClient.send(connect(tls, port), new Data(rest[1], value));
          return 0;
        }
        case "line-server": {
          TlsArgs.Parsed tls = TlsArgs.parse(command, rest, true, System::getenv);
          int port = port(command, tls.rest(), 1);
          var server = LineServer.start(LineCodec.INSTANCE, listen(tls, port), limits, LineServer.printer(out), err);
          err.println("line-server: listening on 127.0.0.1:" + server.port() + " (" + describe(tls) + "a thread per client: "
              + Threads.perConnectionKind() + ")");
          server.awaitClose();
          return 0;
        }
        case "line-client": {
          TlsArgs.Parsed tls = TlsArgs.parse(command, rest, false, System::getenv);
          rest = tls.rest();
          if (rest.length < 2) {
            throw new UsageException("line-client takes PORT MESSAGE..., got " + rest.length + " arguments");
          }
          int port = port(command, rest, rest.length);
          List<Line> lines;
          try {
            lines = LineClient.check(List.of(rest).subList(1, rest.length));
          } catch (WireEncodeException e) {
            throw new UsageException("line-client: a MESSAGE cannot hold a newline (" + e.getMessage() + ")");
          }
          LineClient.send(connect(tls, port), lines);
          return 0;
        }
        case "chat-server": {
          TlsArgs.refuse(command, rest);
          int port = port(command, rest, 1);
          var server = ChatServer.start(ChatCodec.INSTANCE, port, limits, new ChatServer(out), err);
          err.println("chat-server: listening on 127.0.0.1:" + server.port() + " (one selector thread)");
          server.awaitClose();
          return 0;
        }
        case "chat-client": {
          TlsArgs.refuse(command, rest);
          int port = port(command, rest, 2);
          ChatClient.run(port, rest[1], in, out);
          return 0;
        }
        case "--help":
        case "-h":
        case "help":
          out.print(USAGE);
          out.print(TlsArgs.USAGE);
          return 0;
        default:
          return usageError("unknown command: " + command, err);
      }
    } catch (UsageException e) {
      return usageError(e.getMessage(), err);
    } catch (Exception e) {
      out.flush();
      err.println(command + " failed: " + e);
      if (command.equals("demo")) {
        e.printStackTrace(err);
      }
      return 1;
    }
  }

  /** Checks the argument count and parses {@code rest[0]} as a port. */
  private static int port(String command, String[] rest, int count) throws UsageException {
    if (rest.length != count) {
      throw new UsageException(command + " takes " + count + " argument" + (count == 1 ? "" : "s") + ", got " + rest.length);
    }
    try {
      int port = Integer.parseInt(rest[0]);
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new UsageException(command + ": PORT must be 0..65535, got " + rest[0]);
    }
  }

  private static ServerSocket listen(TlsArgs.Parsed tls, int port) throws IOException {
    return tls.tls() == null ? BlockingServer.listen(port) : tls.tls().listen(port);
  }

  private static Socket connect(TlsArgs.Parsed tls, int port) throws IOException {
    if (tls.tls() != null) {
      return tls.tls().connect(port, CONNECT_TIMEOUT_MILLIS);
    }
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MILLIS);
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  private static String describe(TlsArgs.Parsed tls) {
    if (tls.tls() == null) {
      return "";
    }
    return "TLS" + (tls.tls().clientAuth() ? ", client certificates required" : "") + "; ";
  }

  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  private static int usageError(String problem, PrintStream err) {
    err.println(problem);
    err.print(USAGE);
    err.print(TlsArgs.USAGE);
    return 2;
  }
}
