package dev.wiremessage.runtime;

/**
 * A message that cannot be encoded: a null where none is allowed, a value out of its range,
 * a string that is not valid Unicode, a payload that holds its delimiter, a frame over the
 * limit. Thrown before any byte of the frame is written.
 */
public final class WireEncodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String messageType;
  private final String component;

  public WireEncodeException(String detail, String messageType, String component) {
    super(WireFormatException.format(ErrorCategory.ENCODE, detail, messageType, component, -1));
    this.messageType = messageType;
    this.component = component;
  }

  /** Always {@link ErrorCategory#ENCODE}. */
  public ErrorCategory category() {
    return ErrorCategory.ENCODE;
  }

  /** The simple name of the record being encoded, or null. */
  public String messageType() {
    return messageType;
  }

  /** The record component that failed, or null. */
  public String component() {
    return component;
  }
}
