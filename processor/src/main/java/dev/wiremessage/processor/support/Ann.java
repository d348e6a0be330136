package dev.wiremessage.processor.support;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/** One annotation on an element: its mirror, and its values with defaults filled in. */
public final class Ann {
  private final AnnotationMirror mirror;
  private final Map<? extends ExecutableElement, ? extends AnnotationValue> values;

  private Ann(AnnotationMirror mirror, Map<? extends ExecutableElement, ? extends AnnotationValue> values) {
    this.mirror = mirror;
    this.values = values;
  }

  /** The annotation {@code qualifiedName} on {@code element}, or null. */
  public static Ann find(Elements elements, Element element, String qualifiedName) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) m.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return new Ann(m, elements.getElementValuesWithDefaults(m));
      }
    }
    return null;
  }

  public AnnotationMirror mirror() {
    return mirror;
  }

  /** The value the user wrote for {@code name}, or null when it is the default. */
  public AnnotationValue explicit(String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private Object raw(String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue().getValue();
      }
    }
    throw new IllegalArgumentException("no attribute " + name + " on " + mirror);
  }

  public int intValue(String name) {
    return ((Number) raw(name)).intValue();
  }

  public boolean booleanValue(String name) {
    return (Boolean) raw(name);
  }

  public String stringValue(String name) {
    return (String) raw(name);
  }

  /** A {@code Class} attribute's type. */
  public javax.lang.model.type.TypeMirror typeValue(String name) {
    return (javax.lang.model.type.TypeMirror) raw(name);
  }

  public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    VariableElement constant = (VariableElement) raw(name);
    return Enum.valueOf(type, constant.getSimpleName().toString());
  }

  /** The simple name of the annotation type, e.g. {@code FixedInt}. */
  public String simpleName() {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }
}
