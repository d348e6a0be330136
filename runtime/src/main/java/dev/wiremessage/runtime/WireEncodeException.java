package dev.wiremessage.runtime;

/**
 * A message that cannot be encoded: a null where none is allowed, a value out of its range,
 * a string that is not valid Unicode, a payload that holds its delimiter, a frame over the
 * limit. Thrown before any byte of the frame is written.
 */
public final class WireEncodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The simple name of the record, or null. */
  private final String messageType;
  /** The record component, or null. */
  private final String component;

  /**
   * An exception whose message is one line: {@code encode: }, {@code Type.component: } (or
   * {@code Type: }) when known, then the detail, as in
   * {@code "encode: Join.room: 70000 does not fit in 2 signed bytes (expected -32768..32767)"}.
   *
   * @param detail what is wrong, and what was expected
   * @param messageType the simple name of the record, or null
   * @param component the record component, or null
   */
  public WireEncodeException(String detail, String messageType, String component) {
    super(WireFormatException.format(ErrorCategory.ENCODE, detail, messageType, component, -1));
    this.messageType = messageType;
    this.component = component;
  }

  /**
   * Always {@link ErrorCategory#ENCODE}.
   *
   * @return {@link ErrorCategory#ENCODE}, so both exceptions can be logged alike
   */
  public ErrorCategory category() {
    return ErrorCategory.ENCODE;
  }

  /**
   * The simple name of the record being encoded, or null.
   *
   * @return {@code "Join"} for {@code Join.room}, or null when not known
   */
  public String messageType() {
    return messageType;
  }

  /**
   * The record component that failed, or null.
   *
   * @return {@code "room"} for {@code Join.room}, or null (the whole message, the frame)
   */
  public String component() {
    return component;
  }
}
