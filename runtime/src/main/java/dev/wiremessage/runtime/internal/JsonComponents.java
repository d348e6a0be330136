package dev.wiremessage.runtime.internal;

import dev.wiremessage.Since;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Executable;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What a JSON object may leave out or set to {@code null}, per record component: the one place
 * the default mapper decides it (docs/wire-format.md, "JSON rules"). A component that may be
 * absent on the wire ({@code Optional}, or an annotation named {@code Nullable}, any package,
 * on the component or its type) takes its absent value when its key is missing or
 * {@code null}; so does a {@code @Since} component (evolution.md section 4: an older peer
 * leaves it out), whose absent value is then an empty list or array, or a primitive's zero;
 * every other component's key is required and its value must not be null.
 */
final class JsonComponents {
  /** How a JSON object may carry a component. */
  enum Presence {
    /** The key must be there, with a value that is not {@code null}. */
    REQUIRED,
    /** A missing key or {@code null} is the component's absent value (empty, or null). */
    MAY_BE_ABSENT,
    /**
     * A {@code @Since} component of another type: a missing key or {@code null} is its absent
     * value, an empty list or array or a primitive's zero.
     */
    ADDED_LATER
  }

  private JsonComponents() {}

  /**
   * The presence rule of parameter {@code index} of {@code creator} when it is a record's
   * canonical constructor; null for any other constructor or method (Jackson's defaults hold).
   */
  static Presence of(Executable creator, int index) {
    Class<?> owner = creator.getDeclaringClass();
    if (!owner.isRecord()) {
      return null;
    }
    RecordComponent[] components = owner.getRecordComponents();
    Class<?>[] params = creator.getParameterTypes();
    if (components.length != params.length || index < 0 || index >= params.length
        || !Arrays.equals(params, Arrays.stream(components).map(RecordComponent::getType).toArray())) {
      return null;
    }
    return of(components[index]);
  }

  /** The presence rule of {@code c}. */
  static Presence of(RecordComponent c) {
    Class<?> t = c.getType();
    if (t == Optional.class || t == OptionalInt.class || t == OptionalLong.class || t == OptionalDouble.class
        || namesNullable(c.getAnnotations()) || namesNullable(c.getAnnotatedType())) {
      return Presence.MAY_BE_ABSENT;
    }
    return c.isAnnotationPresent(Since.class) ? Presence.ADDED_LATER : Presence.REQUIRED;
  }

  private static boolean namesNullable(AnnotatedType type) {
    return namesNullable(type.getAnnotations());
  }

  private static boolean namesNullable(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }
}
