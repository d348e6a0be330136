package dev.wiremessage.processor.support;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.tools.Diagnostic.Kind;

/**
 * Prints diagnostics on the element, annotation and value they are about, and counts errors so
 * that a type with errors is not generated. Never throws at the user.
 */
public final class Reporter {
  private final Messager messager;
  private int errors;

  private Reporter(Messager messager) {
    this.messager = messager;
  }

  public static Reporter of(Messager messager) {
    return new Reporter(messager);
  }

  /** A reporter that only counts, for looking at types whose errors are reported elsewhere. */
  public static Reporter silent() {
    return new Reporter(null);
  }

  public int errorCount() {
    return errors;
  }

  public void report(Diagnostic d, Element element, Object... args) {
    reportAt(d, element, null, null, args);
  }

  public void report(Diagnostic d, Element element, Ann ann, String attribute, Object... args) {
    AnnotationMirror mirror = ann == null ? null : ann.mirror();
    AnnotationValue value = ann == null || attribute == null ? null : ann.explicit(attribute);
    reportAt(d, element, mirror, value, args);
  }

  public void reportAt(Diagnostic d, Element element, AnnotationMirror mirror, AnnotationValue value, Object... args) {
    element = positioned(element);
    if (d.kind() == Kind.ERROR) {
      errors++;
    }
    if (messager == null) {
      return;
    }
    String message = d.format(args);
    if (mirror == null) {
      messager.printMessage(d.kind(), message, element);
    } else if (value == null) {
      messager.printMessage(d.kind(), message, element, mirror);
    } else {
      messager.printMessage(d.kind(), message, element, mirror, value);
    }
  }

  /**
   * The element to point at: a record component's own field, because javac 17 has no source
   * position for record components (a message on one shows no file or line). The field is
   * declared by the same text in the record header; javac points at it, or at the annotation
   * when the field carries it too.
   */
  private static Element positioned(Element element) {
    if (element.getKind() != ElementKind.RECORD_COMPONENT) {
      return element;
    }
    for (Element e : element.getEnclosingElement().getEnclosedElements()) {
      if (e.getKind() == ElementKind.FIELD && e.getSimpleName().contentEquals(element.getSimpleName())) {
        return e;
      }
    }
    return element;
  }
}
