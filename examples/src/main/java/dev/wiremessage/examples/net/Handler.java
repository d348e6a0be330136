package dev.wiremessage.examples.net;

/** What an example server does with the messages of its connections. */
public interface Handler<T> {
  /** A message arrived, whole and decoded; messages of one connection arrive in order. */
  void onMessage(Connection<T> from, T message);

  /** A connection was accepted (and is within {@link ServerLimits#maxConnections()}). */
  default void onOpen(Connection<T> connection) {}

  /** A connection ended; {@code how} says whether cleanly. Called once per opened connection. */
  default void onClose(Connection<T> connection, Closed how) {}
}
