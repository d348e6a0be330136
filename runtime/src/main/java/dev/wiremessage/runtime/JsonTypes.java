package dev.wiremessage.runtime;

import java.lang.reflect.Type;

/**
 * Builds the {@link Type}s that generated codecs hand to a {@link JsonMapper}, so that a
 * {@code @JsonBlob Map<String, List<Integer>>} decodes to exactly that type, with no
 * reflection in generated code.
 */
public final class JsonTypes {
  private JsonTypes() {}

  /**
   * {@code raw<args...>}, e.g. {@code parameterized(Map.class, String.class, Object.class)}.
   *
   * @param raw the generic class, such as {@code Map.class}
   * @param args its type arguments, as many as it declares; reference types only (box primitives)
   * @return a {@link java.lang.reflect.ParameterizedType} equal to the JDK's for the same type
   */
  public static Type parameterized(Class<?> raw, Type... args) {
    return new dev.wiremessage.runtime.internal.TypeImpls.Parameterized(raw, null, args);
  }

  /**
   * {@code ownerType.raw<args...>} for a generic nested type ({@code Outer<String>.Inner<Integer>}).
   *
   * @param owner the enclosing type, itself possibly parameterized
   * @param raw the nested generic class
   * @param args its type arguments, as many as it declares
   * @return a {@link java.lang.reflect.ParameterizedType} whose owner is {@code owner}
   */
  public static Type parameterizedWithOwner(Type owner, Class<?> raw, Type... args) {
    return new dev.wiremessage.runtime.internal.TypeImpls.Parameterized(raw, owner, args);
  }

  /**
   * {@code component[]}; a plain {@code Class} when {@code component} is one.
   *
   * @param component the element type, such as {@code List<String>} for {@code List<String>[]}
   * @return {@code String[].class} for {@code String.class}, else a
   *     {@link java.lang.reflect.GenericArrayType}
   */
  public static Type arrayOf(Type component) {
    if (component instanceof Class) { // as the JDK does: String[] is a Class, not a GenericArrayType
      return java.lang.reflect.Array.newInstance((Class<?>) component, 0).getClass();
    }
    return new dev.wiremessage.runtime.internal.TypeImpls.GenericArray(component);
  }

  /**
   * {@code ? extends bound}.
   *
   * @param bound the upper bound, such as {@code Number.class}
   * @return a {@link java.lang.reflect.WildcardType}
   */
  public static Type subtypeOf(Type bound) {
    return new dev.wiremessage.runtime.internal.TypeImpls.Wildcard(new Type[] {bound}, new Type[0]);
  }

  /**
   * {@code ? super bound}.
   *
   * @param bound the lower bound, such as {@code Integer.class}
   * @return a {@link java.lang.reflect.WildcardType} whose upper bound is {@code Object}
   */
  public static Type supertypeOf(Type bound) {
    return new dev.wiremessage.runtime.internal.TypeImpls.Wildcard(new Type[] {Object.class}, new Type[] {bound});
  }
}
