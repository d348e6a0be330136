package dev.wiremessage.examples.net;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A handler for tests: keeps every message by peer and how each connection ended, then hands
 * the message on to {@code next} (the command's own handler, which prints or relays).
 */
public final class Recorder<T> implements Handler<T> {
  private final Handler<T> next;
  private final Map<String, List<T>> received = new ConcurrentHashMap<>();
  private final Map<String, Closed> closed = new ConcurrentHashMap<>();

  public Recorder(Handler<T> next) {
    this.next = next;
  }

  public Recorder() {
    this((from, message) -> {});
  }

  @Override
  public void onOpen(Connection<T> connection) {
    received.put(connection.peer(), Collections.synchronizedList(new ArrayList<>()));
    next.onOpen(connection);
  }

  @Override
  public void onMessage(Connection<T> from, T message) {
    received.get(from.peer()).add(message);
    next.onMessage(from, message);
  }

  @Override
  public void onClose(Connection<T> connection, Closed how) {
    next.onClose(connection, how);
    closed.put(connection.peer(), how);
  }

  /** The messages from {@code peer} so far (a copy). */
  public List<T> received(String peer) {
    List<T> list = received.get(peer);
    if (list == null) {
      return List.of();
    }
    synchronized (list) {
      return new ArrayList<>(list);
    }
  }

  /** How many connections have ended. */
  public int closedCount() {
    return closed.size();
  }

  public Map<String, Closed> closed() {
    return Map.copyOf(closed);
  }

  /** Waits for the connection from {@code peer} to end; fails after {@code millis}. */
  public Closed awaitClosed(String peer, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + millis * 1_000_000L;
    while (System.nanoTime() < deadline) {
      Closed c = closed.get(peer);
      if (c != null) {
        return c;
      }
      Thread.sleep(5);
    }
    return fail("the server did not close the connection from " + peer + " within " + millis + " ms; closed: " + closed.keySet());
  }

  /** Waits until {@code n} connections have ended; fails after {@code millis}. */
  public void awaitClosedCount(int n, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + millis * 1_000_000L;
    while (closed.size() < n) {
      if (System.nanoTime() > deadline) {
        fail(closed.size() + " of " + n + " connections ended within " + millis + " ms");
      }
      Thread.sleep(5);
    }
  }

  /** Waits until {@code peer} has delivered {@code n} messages; fails after {@code millis}. */
  public void awaitReceived(String peer, int n, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + millis * 1_000_000L;
    while (received(peer).size() < n) {
      if (System.nanoTime() > deadline) {
        fail(peer + " delivered " + received(peer).size() + " of " + n + " messages within " + millis + " ms");
      }
      Thread.sleep(5);
    }
  }
}
