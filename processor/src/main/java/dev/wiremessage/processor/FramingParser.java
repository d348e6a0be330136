package dev.wiremessage.processor;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.processor.model.FramingModel;
import dev.wiremessage.processor.support.Ann;
import dev.wiremessage.processor.support.Diagnostic;
import dev.wiremessage.processor.support.Reporter;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads {@code @LengthPrefixed} or {@code @Delimited} on a message or protocol. */
final class FramingParser {
  static final String LENGTH_PREFIXED = "dev.wiremessage.LengthPrefixed";
  static final String DELIMITED = "dev.wiremessage.Delimited";

  private final Elements elements;

  FramingParser(Elements elements) {
    this.elements = elements;
  }

  /** The type's framing, or null after reporting why it is invalid. */
  FramingModel parse(TypeElement type, Reporter reporter) {
    Ann prefixed = Ann.find(elements, type, LENGTH_PREFIXED);
    Ann delimited = Ann.find(elements, type, DELIMITED);
    String name = type.getSimpleName().toString();
    if (prefixed != null && delimited != null) {
      reporter.report(Diagnostic.TWO_FRAMINGS, type, delimited, null, name);
      return null;
    }
    if (delimited != null) {
      return delimited(type, delimited, reporter);
    }
    if (prefixed == null) {
      return FramingModel.DEFAULT;
    }
    int errors = reporter.errorCount();
    Length length = prefixed.enumValue("length", Length.class);
    if (length == Length.REST) {
      reporter.report(Diagnostic.REST_FRAME_HEADER, type, prefixed, "length", name);
    }
    int max = maxFrameBytes(type, prefixed, reporter);
    if (reporter.errorCount() > errors) {
      return null;
    }
    return new FramingModel.LengthPrefixed(length, prefixed.enumValue("order", Endian.class), max);
  }

  private FramingModel delimited(TypeElement type, Ann ann, Reporter reporter) {
    int errors = reporter.errorCount();
    String name = type.getSimpleName().toString();
    String value = ann.stringValue("value");
    boolean escape = ann.booleanValue("escape");
    if (value.isEmpty()) {
      reporter.report(Diagnostic.EMPTY_DELIMITER, type, ann, "value", name);
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > 0xFF) {
        reporter.report(Diagnostic.DELIMITER_CHAR, type, ann, "value", name, (int) value.charAt(i), i);
        break;
      }
    }
    if (escape && !value.isEmpty() && (value.charAt(0) == 0x7D || value.charAt(0) == 0x5D)) {
      reporter.report(Diagnostic.ESCAPE_RESERVED, type, ann, "value", name, (int) value.charAt(0));
    }
    int max = maxFrameBytes(type, ann, reporter);
    return reporter.errorCount() > errors ? null : new FramingModel.Delimited(value, escape, max);
  }

  private static int maxFrameBytes(TypeElement type, Ann ann, Reporter reporter) {
    int max = ann.intValue("maxFrameBytes");
    if (max <= 0) {
      reporter.report(Diagnostic.MAX_FRAME_BYTES, type, ann, "maxFrameBytes", ann.simpleName(), max,
          type.getSimpleName());
    }
    return max;
  }
}
