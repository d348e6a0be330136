package dev.wiremessage.runtime.internal;

import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireEncodeException;
import dev.wiremessage.runtime.WireFormatException;

/** Builds the categorized exceptions from a {@code "Record.component"} field name (or a bare type name). */
public final class Fail {
  private Fail() {}

  public static WireFormatException decode(ErrorCategory category, String field, String detail, long offset) {
    return new WireFormatException(category, detail, typeOf(field), componentOf(field), offset);
  }

  public static WireFormatException malformed(String field, String detail, long offset) {
    return decode(ErrorCategory.MALFORMED, field, detail, offset);
  }

  public static WireEncodeException encode(String field, String detail) {
    return new WireEncodeException(detail, typeOf(field), componentOf(field));
  }

  private static String typeOf(String field) {
    if (field == null) {
      return null;
    }
    int dot = field.indexOf('.');
    return dot < 0 ? field : field.substring(0, dot);
  }

  private static String componentOf(String field) {
    if (field == null) {
      return null;
    }
    int dot = field.indexOf('.');
    return dot < 0 ? null : field.substring(dot + 1);
  }

  /** "1 byte", "2 bytes". */
  public static String bytes(long n) {
    return n == 1 ? "1 byte" : n + " bytes";
  }
}
