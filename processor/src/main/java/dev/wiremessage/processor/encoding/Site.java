package dev.wiremessage.processor.encoding;

import dev.wiremessage.Length;
import dev.wiremessage.processor.support.Ann;
import dev.wiremessage.processor.support.Diagnostic;
import dev.wiremessage.processor.support.Reporter;
import java.util.stream.Stream;
import javax.lang.model.element.Element;

/**
 * The component an encoding is being chosen for: where to report, its encoding annotations,
 * and whether it is the last component or an element of a list or array.
 *
 * @param element the record component, where diagnostics point
 * @param record the record's simple name
 * @param component the component's name
 * @param last whether the component is the record's last (REST is allowed there only)
 * @param inElement whether the value is an element of a list or array
 * @param encoding the one encoding annotation ({@code @FixedInt}, {@code @Utf8},
 *     {@code @JsonBlob} or {@code @Bytes}), or null
 * @param count the {@code @Count} annotation, or null (consumed by the outermost list)
 */
public record Site(
    Reporter reporter, Element element, String record, String component, boolean last, boolean inElement,
    Ann encoding, Ann count) {

  /** What {@link #max} returns for a maximum it reported. */
  public static final int INVALID = Integer.MIN_VALUE;

  /** {@code "Record.component"}, the field string of the runtime's errors. */
  public String field() {
    return record + "." + component;
  }

  /** The site of the elements of this list or array: {@code @Count} is used up. */
  public Site elements() {
    return new Site(reporter, element, record, component, last, true, encoding, null);
  }

  /** Whether the encoding annotation is {@code simpleName} ({@code "FixedInt"}...). */
  public boolean has(String simpleName) {
    return encoding != null && encoding.simpleName().equals(simpleName);
  }

  public void report(Diagnostic d, Object... args) {
    reporter.report(d, element, args);
  }

  public void report(Diagnostic d, Ann ann, String attribute, Object... args) {
    reporter.report(d, element, ann, attribute, args);
  }

  /**
   * Reports {@code length = REST} where it cannot go: on a component that is not the last, or
   * on elements. Returns whether it was fine.
   */
  public boolean checkRest(Ann ann, String attribute, Length length, String annotation) {
    if (length != Length.REST) {
      return true;
    }
    String what = "@" + annotation + "(" + attribute + " = Length.REST)";
    if (inElement) {
      reporter.report(Diagnostic.REST_IN_ELEMENT, element, ann, attribute, what, field(),
          "Give each element a length, e.g. @" + annotation + "(" + attribute + " = Length.U32), or write "
              + "@Count(length = Length.REST) to send elements up to the end of the payload");
      return false;
    }
    if (!last) {
      reporter.report(Diagnostic.REST_NOT_LAST, element, ann, attribute, what, field(), component,
          "give it a length, e.g. @" + annotation + "(" + attribute + " = Length.U32)");
      return false;
    }
    return true;
  }

  /**
   * The {@code attribute} of {@code ann} ({@code maxBytes}, or {@code max} of {@code @Count}):
   * -1 when there is none (no annotation, or the default); {@link #INVALID} (reported) when it is
   * below -1, or above what {@code length} can carry.
   */
  public int max(Ann ann, String attribute, Length length, String what) {
    if (ann == null) {
      return -1;
    }
    int max = ann.intValue(attribute);
    String annotation = ann.simpleName();
    if (max < -1) {
      reporter.report(Diagnostic.MAX_NEGATIVE, element, ann, attribute, annotation, attribute, max, field(), what,
          attribute, what.equals("elements") ? 100 : 64, attribute);
      return INVALID;
    }
    if (max > length.maxValue()) {
      // the narrowest length that carries it; U32 carries any int
      Length wider = Stream.of(Length.U16, Length.U24, Length.U32).filter(l -> l.maxValue() >= max).findFirst()
          .orElseThrow();
      String header = what.equals("elements") ? "count" : "length";
      reporter.report(Diagnostic.MAX_OVER_LENGTH, element, ann, attribute, annotation, attribute, max, field(), length,
          header, length.maxValue(), length.maxValue() + 1, max, what, attribute, length.maxValue(), wider);
      return INVALID;
    }
    return max;
  }

  /** Bytes a length header takes at least: 1 for VARINT, 0 for REST. */
  public static int headerBytes(Length length) {
    return length == Length.VARINT ? 1 : length.bytes();
  }
}
