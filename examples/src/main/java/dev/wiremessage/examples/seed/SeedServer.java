package dev.wiremessage.examples.seed;

import dev.wiremessage.examples.net.BlockingServer;
import dev.wiremessage.examples.net.Connection;
import dev.wiremessage.examples.net.Handler;
import dev.wiremessage.examples.net.ServerLimits;
import dev.wiremessage.examples.net.Threads;
import dev.wiremessage.runtime.WireCodec;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;

/**
 * {@code seed-server PORT}: the server of the classic Python tutorial, a thread per client,
 * printing {@code received Data[message=hi, value=7]} for every message.
 */
public final class SeedServer {
  private SeedServer() {}

  /** Prints each message on {@code out}, one line each. */
  public static Handler<Data> printer(PrintStream out) {
    return (Connection<Data> from, Data message) -> out.println("received " + message);
  }

  /** Serves {@code codec} (normally {@code DataCodec.INSTANCE}) on 127.0.0.1:{@code port}. */
  public static BlockingServer<Data> start(WireCodec<Data> codec, int port, ServerLimits limits, Handler<Data> handler,
      PrintStream log) throws IOException {
    return BlockingServer.start(codec, port, limits, handler, log);
  }

  /** Serves {@code codec} on a bound listener ({@code Tls.listen(port)} for TLS), a thread per client. */
  public static BlockingServer<Data> start(WireCodec<Data> codec, ServerSocket listener, ServerLimits limits,
      Handler<Data> handler, PrintStream log) {
    return BlockingServer.start(codec, listener, limits, handler, log, Threads.perConnection("conn"));
  }
}
