package dev.wiremessage.benchmarks;

import org.openjdk.jmh.infra.BenchmarkParams;

/** Naming: every benchmark method is {@code peer_operation}; a state reads its peer from it. */
public final class Bench {
  private Bench() {}

  /** The running benchmark's method name. */
  public static String method(BenchmarkParams params) {
    String b = params.getBenchmark();
    return b.substring(b.lastIndexOf('.') + 1);
  }

  /** The peer of the running benchmark: its method name up to the first underscore. */
  public static String peer(BenchmarkParams params) {
    String b = params.getBenchmark();
    String method = b.substring(b.lastIndexOf('.') + 1);
    return method.substring(0, method.indexOf('_'));
  }
}
