package dev.wiremessage.processor;

import com.palantir.javapoet.TypeName;
import dev.wiremessage.Length;
import dev.wiremessage.processor.encoding.Encoding;
import dev.wiremessage.processor.encoding.NestedMessageEncoding;
import dev.wiremessage.processor.support.Ann;
import dev.wiremessage.processor.support.Diagnostic;
import dev.wiremessage.processor.support.Reporter;
import java.util.List;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The compile-time rules of evolution (evolution.md section 1): {@code @Since} versions of 2 or
 * more, after every component without one and in non-decreasing order, on components with an
 * absent value; no {@code Length.REST} in an evolving message.
 */
final class EvolutionRules {
  static final String SINCE = "dev.wiremessage.Since";

  private final Elements elements;

  EvolutionRules(Elements elements) {
    this.elements = elements;
  }

  /** The component's {@code @Since}, or null. */
  Ann since(RecordComponentElement c) {
    return Ann.find(elements, c, SINCE);
  }

  /** The component's {@code @Since} version, or 1 without it. */
  int version(RecordComponentElement c) {
    Ann since = since(c);
    return since == null ? 1 : since.intValue("value");
  }

  /** Whether {@code record} (a {@code @WireMessage}) is evolving: extensible, or with a {@code @Since} component. */
  boolean evolving(TypeElement record, Ann message) {
    if (message.booleanValue("extensible")) {
      return true;
    }
    for (RecordComponentElement c : record.getRecordComponents()) {
      if (since(c) != null) {
        return true;
      }
    }
    return false;
  }

  /** Reports every misplaced, too small or absent-less {@code @Since} of {@code type}'s components. */
  void checkSince(TypeElement type, Reporter reporter) {
    String record = type.getSimpleName().toString();
    RecordComponentElement lastSince = null;
    int lastVersion = 1;
    for (RecordComponentElement c : type.getRecordComponents()) {
      String field = record + "." + c.getSimpleName();
      Ann since = since(c);
      if (since == null) {
        if (lastSince != null) {
          reporter.report(Diagnostic.SINCE_ORDER, c, field, lastSince.getSimpleName(), lastVersion, lastVersion,
              c.getSimpleName(), lastSince.getSimpleName(), lastVersion);
        }
        continue;
      }
      int version = since.intValue("value");
      if (version < 2) {
        reporter.report(Diagnostic.SINCE_VERSION, c, since, "value", version, field);
      } else if (version < lastVersion) {
        reporter.report(Diagnostic.SINCE_DECREASING, c, since, "value", version, field,
            record + "." + lastSince.getSimpleName(), lastVersion, lastVersion, c.getSimpleName(),
            lastSince.getSimpleName());
      }
      if (!hasAbsentValue(c)) {
        reporter.report(Diagnostic.SINCE_NO_ABSENT_VALUE, c, since, null, Math.max(version, 2), field, c.asType(),
            Math.max(version, 2), c.getSimpleName(), absentHint(c.asType()));
      }
      if (version >= lastVersion) {
        lastSince = c;
        lastVersion = version;
      }
    }
  }

  /**
   * Reports a last component that takes every byte left in the payload ({@code Length.REST}, a
   * nested {@code Format.JSON} record) of an evolving binary message; {@code encodings} are the
   * components' encodings, in order (null where a component had errors).
   */
  void checkRest(TypeElement type, boolean extensible, List<Encoding> encodings, Reporter reporter) {
    List<? extends RecordComponentElement> components = type.getRecordComponents();
    if (components.isEmpty() || encodings.size() != components.size()) {
      return;
    }
    Encoding last = encodings.get(encodings.size() - 1);
    if (last == null || !last.takesRest()) {
      return;
    }
    RecordComponentElement c = components.get(components.size() - 1);
    String record = type.getSimpleName().toString();
    String field = record + "." + c.getSimpleName();
    String why = extensible ? "extensible = true" : "it has @Since components";
    for (String name : List.of(MessageParser.COUNT, "dev.wiremessage.Utf8", "dev.wiremessage.Bytes",
        "dev.wiremessage.JsonBlob")) {
      Ann ann = Ann.find(elements, c, name);
      if (ann != null && ann.enumValue("length", Length.class) == Length.REST) {
        String what = "@" + ann.simpleName() + "(length = Length.REST)";
        reporter.report(Diagnostic.REST_IN_EVOLVING, c, ann, "length", what, field, record, why,
            "Give it a " + (name.equals(MessageParser.COUNT) ? "count" : "length") + ", e.g. @" + ann.simpleName()
                + "(length = Length.U32)");
        return;
      }
    }
    NestedMessageEncoding nested = NestedMessageEncoding.restTaker(last);
    String what = nested == null ? "a value that takes the rest of the payload" : nested.restWhat();
    String fix;
    if (nested == null) {
      fix = "Give it a length";
    } else if (nested.json()) {
      fix = "Send it with a length: @JsonBlob, or make " + nested.type().simpleName()
          + " evolving (@WireMessage(extensible = true)), which nests it after its byte length";
    } else {
      fix = Character.toUpperCase(nested.restFix().charAt(0)) + nested.restFix().substring(1);
    }
    reporter.report(Diagnostic.REST_IN_EVOLVING, c, what, field, record, why, fix);
  }

  /**
   * Whether a reader can give {@code c} a value when the frame predates it: an
   * {@code Optional}, a {@code @Nullable} reference, a list, an array or a primitive.
   */
  private static boolean hasAbsentValue(RecordComponentElement c) {
    TypeMirror t = c.asType();
    return t.getKind().isPrimitive() || t.getKind() == TypeKind.ARRAY || is(t, "java.util.Optional")
        || is(t, "java.util.List") || ComponentParser.isNullable(c);
  }

  /** What to declare instead, e.g. {@code "Optional<Integer> (absent: empty), @Nullable Integer (absent: null) or int (absent: 0)"}. */
  private static String absentHint(TypeMirror t) {
    String name = Diagnostic.typeName(t);
    String hint = "Optional<" + name + "> (absent: empty) or @Nullable " + name + " (absent: null)";
    TypeName type = TypeName.get(t);
    if (type.isBoxedPrimitive()) {
      TypeName primitive = type.unbox();
      String zero = primitive.equals(TypeName.BOOLEAN) ? "false" : primitive.equals(TypeName.CHAR) ? "'\\0'" : "0";
      hint = "Optional<" + name + "> (absent: empty), @Nullable " + name + " (absent: null) or " + primitive
          + " (absent: " + zero + ")";
    }
    return hint;
  }

  private static boolean is(TypeMirror t, String qualifiedName) {
    return t.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) t).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }
}
