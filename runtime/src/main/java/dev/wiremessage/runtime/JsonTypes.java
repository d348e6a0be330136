package dev.wiremessage.runtime;

import java.lang.reflect.Type;

/**
 * Builds the {@link Type}s that generated codecs hand to a {@link JsonMapper}, so that a
 * {@code @JsonBlob Map<String, List<Integer>>} decodes to exactly that type, with no
 * reflection in generated code.
 */
public final class JsonTypes {
  private JsonTypes() {}

  /** {@code raw<args...>}, e.g. {@code parameterized(Map.class, String.class, Object.class)}. */
  public static Type parameterized(Class<?> raw, Type... args) {
    return new dev.wiremessage.runtime.internal.TypeImpls.Parameterized(raw, null, args);
  }

  /** {@code ownerType.raw<args...>} for a generic nested type. */
  public static Type parameterizedWithOwner(Type owner, Class<?> raw, Type... args) {
    return new dev.wiremessage.runtime.internal.TypeImpls.Parameterized(raw, owner, args);
  }

  /** {@code component[]}; a plain {@code Class} when {@code component} is one. */
  public static Type arrayOf(Type component) {
    if (component instanceof Class) { // as the JDK does: String[] is a Class, not a GenericArrayType
      return java.lang.reflect.Array.newInstance((Class<?>) component, 0).getClass();
    }
    return new dev.wiremessage.runtime.internal.TypeImpls.GenericArray(component);
  }

  /** {@code ? extends bound}. */
  public static Type subtypeOf(Type bound) {
    return new dev.wiremessage.runtime.internal.TypeImpls.Wildcard(new Type[] {bound}, new Type[0]);
  }

  /** {@code ? super bound}. */
  public static Type supertypeOf(Type bound) {
    return new dev.wiremessage.runtime.internal.TypeImpls.Wildcard(new Type[] {Object.class}, new Type[] {bound});
  }
}
