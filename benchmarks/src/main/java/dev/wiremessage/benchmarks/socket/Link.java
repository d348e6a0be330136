package dev.wiremessage.benchmarks.socket;

import dev.wiremessage.benchmarks.model.Quote;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One loopback connection with a sender (the benchmark thread) and a receiver (a thread of its
 * own, or Netty's event loop) that decodes every frame and counts it.
 */
public abstract class Link implements AutoCloseable {
  /** Messages the receiver has decoded, published with a release store (cheap on x86). */
  protected final AtomicLong received = new AtomicLong();
  protected final AtomicReference<Throwable> failure = new AtomicReference<>();
  /** The messages the benchmark sends, by index (prebuilt). */
  protected final Quote[] messages;
  private long sent;

  protected Link(Quote[] messages) {
    this.messages = messages;
  }

  /** Sends messages {@code start .. start+n-1}, flushing after every {@code flushEvery} and at the end. */
  public final void send(int start, int n, int flushEvery) throws IOException {
    for (int k = 0; k < n; k++) {
      boolean flush = (k + 1) % flushEvery == 0 || k == n - 1;
      write(start + k, flush);
    }
    sent += n;
  }

  /** Sends one message and waits, spinning, until the receiver has decoded it. */
  public final void sendAndAwait(int index) throws IOException {
    write(index, true);
    long target = ++sent;
    // Spin briefly, then yield: on 2 cores a sender that spins hard starves the receiver (and Netty's two loops).
    for (int spins = 0; received.get() < target; spins++) {
      if (spins < 200) {
        Thread.onSpinWait();
      } else {
        Thread.yield();
      }
      if (failure.get() != null) {
        throw new IllegalStateException("receiver failed", failure.get());
      }
    }
  }

  /** Writes (or buffers) message {@code index}, and sends what is buffered when {@code flush}. */
  protected abstract void write(int index, boolean flush) throws IOException;

  /** Counts one decoded message (receiver side). */
  protected final void count() {
    received.lazySet(received.get() + 1);
  }

  /** Runs a blocking receive loop on a daemon thread; an exception after close() is the end of the stream. */
  protected final Thread startReceiver(String name, ReceiveLoop loop) {
    Thread t = new Thread(() -> {
      try {
        loop.run();
      } catch (Throwable e) {
        failure.compareAndSet(null, e);
      }
    }, name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Closes the sender, waits for the receiver to see the end of the stream, and reports its failure. */
  @Override
  public abstract void close() throws Exception;

  protected final void checkReceiver() {
    Throwable e = failure.get();
    if (e != null) {
      throw new IllegalStateException("receiver failed after " + received.get() + " messages", e);
    }
  }

  /** A receive loop that may throw. */
  @FunctionalInterface
  protected interface ReceiveLoop {
    void run() throws Exception;
  }
}
