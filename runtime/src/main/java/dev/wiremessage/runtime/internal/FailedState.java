package dev.wiremessage.runtime.internal;

/** Remembers the first failure of a decoder, which then refuses further work. */
final class FailedState {
  private Exception failure;

  void check() {
    if (failure != null) {
      throw new IllegalStateException(
          "this decoder failed earlier (" + failure.getMessage() + "); its stream is out of step: close it", failure);
    }
  }

  /** Whether a failure was recorded. */
  boolean failed() {
    return failure != null;
  }

  void set(Exception e) {
    failure = e;
  }
}
