package dev.wiremessage.runtime.internal;

import java.io.IOException;

/** The default mapper's read failure: what was wrong, and where in the JSON text (or -1). */
public final class JsonTextException extends IOException {
  private static final long serialVersionUID = 1L;
  private final long textOffset;

  JsonTextException(String message, long textOffset) {
    super(message);
    this.textOffset = textOffset;
  }

  /** The byte offset of the failure from the start of the JSON text, or -1 when not known. */
  public long textOffset() {
    return textOffset;
  }
}
