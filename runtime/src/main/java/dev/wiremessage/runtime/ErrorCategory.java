package dev.wiremessage.runtime;

/**
 * The categories of the wire format's section 5, which a {@link WireFormatException} carries,
 * plus {@link #ENCODE}, which only a {@link WireEncodeException} carries.
 */
public enum ErrorCategory {
  /** A header, or bytes without a delimiter, beyond the frame limit. */
  FRAME_TOO_LONG("frame-too-long"),
  /** The stream ended inside a frame. */
  TRUNCATED("truncated"),
  /** A complete frame whose payload breaks the wire format. */
  MALFORMED("malformed"),
  /**
   * A message that cannot be encoded (a null component, a value out of range, a frame over the
   * limit...), no frame written: the category of every {@link WireEncodeException}, never of a
   * {@link WireFormatException} (its constructor rejects it).
   */
  ENCODE("encode");

  private final String id;

  ErrorCategory(String id) {
    this.id = id;
  }

  /**
   * The name the wire format and the conformance vectors use: {@code frame-too-long}...
   *
   * @return {@code frame-too-long}, {@code truncated}, {@code malformed} or {@code encode}; the
   *     first word of the exception's message
   */
  public String id() {
    return id;
  }
}
