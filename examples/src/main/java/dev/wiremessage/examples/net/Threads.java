package dev.wiremessage.examples.net;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Threads for the blocking server, and a thread's allocation counter. */
public final class Threads {
  private Threads() {}

  /**
   * One new thread per task: virtual threads on JDK 21 and later, a cached pool of daemon
   * platform threads on 17–20. The code is compiled with {@code --release 17}, where
   * {@code Executors.newVirtualThreadPerTaskExecutor()} does not exist, so on 21+ it is looked
   * up (a public static method, once) with a {@link MethodHandle}.
   */
  public static ExecutorService perConnection(String name) {
    if (Runtime.version().feature() >= 21) {
      try {
        MethodHandle factory = MethodHandles.publicLookup().findStatic(
            Executors.class, "newVirtualThreadPerTaskExecutor", MethodType.methodType(ExecutorService.class));
        return (ExecutorService) factory.invokeExact();
      } catch (Throwable e) {
        // not there after all: platform threads below
      }
    }
    return platform(name);
  }

  /** A cached pool of daemon platform threads named {@code name-1, name-2...}. */
  public static ExecutorService platform(String name) {
    AtomicInteger count = new AtomicInteger();
    return Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, name + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** What {@link #perConnection} gives on this JVM, for logs: "virtual threads" or "platform threads". */
  public static String perConnectionKind() {
    return Runtime.version().feature() >= 21 ? "virtual threads" : "platform threads";
  }

  /**
   * The bytes the current thread has allocated so far (HotSpot's counter), or -1 when the JVM
   * does not count them for it (virtual threads, other JVMs).
   */
  public static long allocatedBytes() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    if (mx instanceof com.sun.management.ThreadMXBean hotspot) {
      try {
        return hotspot.getCurrentThreadAllocatedBytes();
      } catch (UnsupportedOperationException e) {
        return -1;
      }
    }
    return -1;
  }
}
