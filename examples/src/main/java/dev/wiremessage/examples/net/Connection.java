package dev.wiremessage.examples.net;

/**
 * One peer of an example server, as its {@link Handler} sees it. Handlers of the NIO server run
 * on its selector thread and may call {@link #send} on any of its connections; handlers of the
 * blocking server run on the connection's own thread, and {@link #send} is safe from any thread.
 */
public interface Connection<T> {
  /** The peer's address, {@code 127.0.0.1:54321}. */
  String peer();

  /** Messages received on this connection so far. */
  long received();

  /**
   * Sends {@code message} to this peer: the NIO server queues it (and drops the peer when its
   * queue is full), the blocking server writes and flushes it.
   */
  void send(T message);

  /** Closes this connection once what was sent to it has gone out. */
  void finish();
}
