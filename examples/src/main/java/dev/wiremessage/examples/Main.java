package dev.wiremessage.examples;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The launcher of {@code wiremessage-examples.jar}: {@code java -jar wiremessage-examples.jar
 * [COMMAND]}. Exit status 0 on success, 1 when a command fails, 2 on a usage error.
 */
public final class Main {
  static final String USAGE = String.join(System.lineSeparator(),
      "usage: java -jar wiremessage-examples.jar [COMMAND]",
      "",
      "commands:",
      "  demo      a server and a client in one JVM exchange Chat messages over a",
      "            loopback socket, printing every message sent and received (default)",
      "  --help    print this help",
      "");

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command named by {@code args[0]} ({@code demo} when there is none); returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String command = args.length == 0 ? "demo" : args[0];
    String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
    switch (command) {
      case "demo":
        if (rest.length != 0) {
          return usageError("demo takes no arguments, got " + String.join(" ", rest), err);
        }
        try {
          Demo.run(out);
          return 0;
        } catch (Exception e) {
          out.flush();
          err.println("demo failed: " + e);
          e.printStackTrace(err);
          return 1;
        }
      case "--help":
      case "-h":
      case "help":
        out.print(USAGE);
        return 0;
      default:
        return usageError("unknown command: " + command, err);
    }
  }

  private static int usageError(String problem, PrintStream err) {
    err.println(problem);
    err.print(USAGE);
    return 2;
  }
}
