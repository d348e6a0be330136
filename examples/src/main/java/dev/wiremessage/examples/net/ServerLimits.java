package dev.wiremessage.examples.net;

/**
 * The limits every example server applies to each connection, so that a peer that is silent,
 * slow or hostile costs at most its own connection:
 *
 * <ul>
 *   <li>{@code idleTimeoutMillis}: a connection that completes no message for this long (and
 *       has no frame under way) is closed. Default 300,000 ms (5 minutes).
 *   <li>{@code frameTimeoutMillis}: once the first byte of a frame has arrived, the whole frame
 *       must arrive within this time; this closes slowloris peers that drip one byte at a time.
 *       Default 30,000 ms.
 *   <li>{@code maxConnections}: connections beyond this many are accepted and closed at once
 *       (logged). Default 1,024.
 *   <li>{@code maxQueuedBytes}: the most bytes queued for one peer of the NIO server; a peer
 *       that reads slower than it is sent to is dropped when its queue is full. Default 1 MiB.
 *   <li>{@code handshakeTimeoutMillis}: a TLS connection must finish its handshake within this
 *       time of being accepted, or it is closed ({@code handshake-timeout}); plain connections
 *       ignore it. Default 10,000 ms (Netty's {@code SslHandler} default).
 * </ul>
 *
 * <p>The frame limit is the codec's ({@code codec.withMaxFrameBytes(n)}): a header that
 * announces more, or a line longer than it with no delimiter, drops the connection at once.
 */
public record ServerLimits(int idleTimeoutMillis, int frameTimeoutMillis, int maxConnections, int maxQueuedBytes,
    int handshakeTimeoutMillis) {
  /** The defaults listed above. */
  public static final ServerLimits DEFAULT = new ServerLimits(300_000, 30_000, 1_024, 1 << 20, 10_000);

  public ServerLimits {
    positive("idleTimeoutMillis", idleTimeoutMillis);
    positive("frameTimeoutMillis", frameTimeoutMillis);
    positive("maxConnections", maxConnections);
    positive("maxQueuedBytes", maxQueuedBytes);
    positive("handshakeTimeoutMillis", handshakeTimeoutMillis);
  }

  private static void positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + ": " + value + " (expected: > 0)");
    }
  }

  public ServerLimits withIdleTimeoutMillis(int millis) {
    return new ServerLimits(millis, frameTimeoutMillis, maxConnections, maxQueuedBytes, handshakeTimeoutMillis);
  }

  public ServerLimits withFrameTimeoutMillis(int millis) {
    return new ServerLimits(idleTimeoutMillis, millis, maxConnections, maxQueuedBytes, handshakeTimeoutMillis);
  }

  public ServerLimits withMaxConnections(int n) {
    return new ServerLimits(idleTimeoutMillis, frameTimeoutMillis, n, maxQueuedBytes, handshakeTimeoutMillis);
  }

  public ServerLimits withMaxQueuedBytes(int bytes) {
    return new ServerLimits(idleTimeoutMillis, frameTimeoutMillis, maxConnections, bytes, handshakeTimeoutMillis);
  }

  public ServerLimits withHandshakeTimeoutMillis(int millis) {
    return new ServerLimits(idleTimeoutMillis, frameTimeoutMillis, maxConnections, maxQueuedBytes, millis);
  }
}
