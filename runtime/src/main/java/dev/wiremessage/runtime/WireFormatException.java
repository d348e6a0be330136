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
  /**
   * The most characters of a detail kept in the message, after escaping; a longer detail is cut
   * there and ends with {@code "... (N more characters)"}. Details quote what a peer sent (an
   * unknown enum name, a JSON error), so a message stays one short line whatever it sent.
   */
  public static final int MAX_DETAIL_CHARS = 200;

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
   * {@code "malformed: Chat: unknown tag 7 (at byte 1)"}. The detail may quote bytes a peer
   * sent: every control character (a line break, ESC) and every character outside printable
   * ASCII in it is written as {@code \}{@code uXXXX}, and it is cut at
   * {@value #MAX_DETAIL_CHARS} characters, so no peer can forge log lines, send terminal
   * escapes or grow the message.
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
    appendSafe(sb, String.valueOf(detail));
    if (offset >= 0) {
      sb.append(" (at byte ").append(offset).append(')');
    }
    return sb.toString();
  }

  /** Appends {@code detail}, escaped and cut as the constructor's javadoc says. */
  static void appendSafe(StringBuilder sb, String detail) {
    int kept = 0;
    int i = 0;
    for (; i < detail.length() && kept < MAX_DETAIL_CHARS; i++) {
      char c = detail.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        sb.append(c);
        kept++;
      } else {
        sb.append(String.format("\\u%04X", (int) c));
        kept += 6;
      }
    }
    if (i < detail.length()) {
      sb.append("... (").append(detail.length() - i).append(" more characters)");
    }
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
