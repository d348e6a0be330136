package dev.wiremessage.examples.line;

import dev.wiremessage.examples.net.BlockingServer;
import dev.wiremessage.examples.net.Connection;
import dev.wiremessage.examples.net.Handler;
import dev.wiremessage.examples.net.ServerLimits;
import dev.wiremessage.examples.net.Threads;
import dev.wiremessage.runtime.WireCodec;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;

/** {@code line-server PORT}: newline-delimited UTF-8 text, a thread per client, {@code received <text>} per line. */
public final class LineServer {
  private LineServer() {}

  /** Prints {@code received <text>} for each line on {@code out}. */
  public static Handler<Line> printer(PrintStream out) {
    return (Connection<Line> from, Line line) -> out.println("received " + line.text());
  }

  /** Serves {@code codec} (normally {@code LineCodec.INSTANCE}) on 127.0.0.1:{@code port}. */
  public static BlockingServer<Line> start(WireCodec<Line> codec, int port, ServerLimits limits, Handler<Line> handler,
      PrintStream log) throws IOException {
    return BlockingServer.start(codec, port, limits, handler, log);
  }

  /** Serves {@code codec} on a bound listener ({@code Tls.listen(port)} for TLS), a thread per client. */
  public static BlockingServer<Line> start(WireCodec<Line> codec, ServerSocket listener, ServerLimits limits,
      Handler<Line> handler, PrintStream log) {
    return BlockingServer.start(codec, listener, limits, handler, log, Threads.perConnection("conn"));
  }
}
