package dev.wiremessage.runtime;

import java.io.IOException;

/**
 * Bytes that break the wire format: a frame too long, a stream that ended inside a frame, or
 * a malformed payload. {@link #category()} tells which; {@link #messageType()} and
 * {@link #component()} name where, when known, and {@link #offset()} the byte offset in the
 * payload (or the stream position for framing errors), -1 when unknown.
 */
public final class WireFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final ErrorCategory category;
  private final String messageType;
  private final String component;
  private final long offset;

  public WireFormatException(ErrorCategory category, String detail, String messageType, String component, long offset) {
    super(format(category, detail, messageType, component, offset));
    if (category == ErrorCategory.ENCODE) {
      throw new IllegalArgumentException("category: ENCODE (expected: a decoding category)");
    }
    this.category = category;
    this.messageType = messageType;
    this.component = component;
    this.offset = offset;
  }

  static String format(ErrorCategory category, String detail, String messageType, String component, long offset) {
    StringBuilder sb = new StringBuilder(category.id()).append(": ");
    if (messageType != null) {
      sb.append(messageType);
      if (component != null) {
        sb.append('.').append(component);
      }
      sb.append(": ");
    }
    sb.append(detail);
    if (offset >= 0) {
      sb.append(" (at byte ").append(offset).append(')');
    }
    return sb.toString();
  }

  public ErrorCategory category() {
    return category;
  }

  /** The simple name of the record or protocol being decoded, or null. */
  public String messageType() {
    return messageType;
  }

  /** The record component being decoded, or null. */
  public String component() {
    return component;
  }

  /** Byte offset of the failure, or -1. */
  public long offset() {
    return offset;
  }
}
