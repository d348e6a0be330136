package dev.wiremessage.runtime.internal;

import dev.wiremessage.runtime.JsonMapper;

/** Holds the default (Jackson) mapper, loaded on first use only. */
public final class DefaultJson {
  private DefaultJson() {}

  public static JsonMapper mapper() {
    throw new UnsupportedOperationException("runtime helper implements");
  }
}
