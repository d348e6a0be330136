package dev.wiremessage.benchmarks.socket;

import dev.wiremessage.benchmarks.model.Quote;
import java.util.Arrays;

/** The socket benchmarks' links by method name, and their messages. */
public final class Links {
  private Links() {}

  /** The link of a benchmark method {@code peer_transport}. */
  public static Link open(String method, Quote[] messages) throws Exception {
    return switch (method) {
      case "wiremessage_writePerFrame" -> new StreamLink(messages, false);
      case "wiremessage_buffered" -> new StreamLink(messages, true);
      case "wiremessage_nio" -> new NioLink(messages);
      case "handwritten_raw" -> new RawLink(messages);
      case "netty_pipeline" -> new NettyLink(messages);
      default -> throw new IllegalArgumentException("no link for " + method);
    };
  }

  /** {@code count} quotes whose frames are exactly {@code frameBytes} long (at least 25). */
  public static Quote[] quotes(int count, int frameBytes) {
    char[] venue = new char[frameBytes - 25];
    Arrays.fill(venue, 'X');
    String v = new String(venue);
    Quote[] q = new Quote[count];
    for (int i = 0; i < count; i++) {
      q[i] = new Quote("AAPL", 18_942 + i, 1 + i % 500, v);
    }
    return q;
  }
}
