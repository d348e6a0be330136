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

  /** Which of the wire format's decoding categories; never {@code ENCODE}. */
  private final ErrorCategory category;
  /** The simple name of the record or protocol, or null. */
  private final String messageType;
  /** The record component, or null. */
  private final String component;
  /** The byte offset in the payload (stream position for framing errors), or -1. */
  private final long offset;

  /**
   * An exception whose message is one line: the category's id, {@code Type.component: } (or
   * {@code Type: }) when known, the detail, and the offset when known, as in
   * {@code "malformed: Chat: unknown tag 7 (at byte 1)"}.
   *
   * @param category a decoding category; {@code ENCODE} is an {@link IllegalArgumentException}
   * @param detail what is wrong, such as {@code "unknown tag 7"}
   * @param messageType the simple name of the record or protocol, or null
   * @param component the record component, or null
   * @param offset the byte offset in the payload (stream position for framing errors), or -1
   */
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

  /**
   * Which of the wire format's decoding categories this is.
   *
   * @return {@code FRAME_TOO_LONG}, {@code TRUNCATED} or {@code MALFORMED}
   */
  public ErrorCategory category() {
    return category;
  }

  /**
   * The simple name of the record or protocol being decoded, or null.
   *
   * @return {@code "Quote"} for {@code Quote.symbol}, or null when not known
   */
  public String messageType() {
    return messageType;
  }

  /**
   * The record component being decoded, or null.
   *
   * @return {@code "symbol"} for {@code Quote.symbol}, or null (a framing error, a bad tag)
   */
  public String component() {
    return component;
  }

  /**
   * Byte offset of the failure, or -1.
   *
   * @return the offset in the payload, the position in the stream for framing errors, or -1
   */
  public long offset() {
    return offset;
  }
}
