package dev.wiremessage.runtime.internal;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.Objects;

/**
 * Plain implementations of the java.lang.reflect generic types, equal to (and hashing like)
 * the JDK's own for the same type, so that either can key a cache.
 */
public final class TypeImpls {
  private TypeImpls() {}

  private static Type checkArg(Type t, String what) {
    Objects.requireNonNull(t, what);
    if (t instanceof Class && ((Class<?>) t).isPrimitive()) {
      throw new IllegalArgumentException(what + ": " + t + " (expected: a reference type; box primitives)");
    }
    return t;
  }

  /** {@code Map<String, Object>}. */
  public static final class Parameterized implements ParameterizedType {
    private final Class<?> raw;
    private final Type owner;
    private final Type[] args;

    public Parameterized(Class<?> raw, Type owner, Type[] args) {
      this.raw = Objects.requireNonNull(raw, "raw");
      this.owner = owner != null ? owner : raw.getDeclaringClass();
      this.args = args.clone();
      int expected = raw.getTypeParameters().length;
      if (this.args.length != expected) {
        throw new IllegalArgumentException("type arguments of " + raw.getName() + ": " + this.args.length
            + " (expected: " + expected + ")");
      }
      for (Type a : this.args) {
        checkArg(a, "type argument");
      }
    }

    @Override
    public Type[] getActualTypeArguments() {
      return args.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return owner;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof ParameterizedType p)) {
        return false;
      }
      return raw.equals(p.getRawType()) && Objects.equals(owner, p.getOwnerType())
          && Arrays.equals(args, p.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(args) ^ Objects.hashCode(owner) ^ raw.hashCode();
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      if (owner != null) {
        sb.append(owner.getTypeName()).append('$');
        sb.append(owner instanceof Class ? raw.getName().substring(((Class<?>) owner).getName().length() + 1)
            : raw.getSimpleName());
      } else {
        sb.append(raw.getName());
      }
      if (args.length > 0) {
        sb.append('<');
        for (int i = 0; i < args.length; i++) {
          sb.append(i == 0 ? "" : ", ").append(args[i].getTypeName());
        }
        sb.append('>');
      }
      return sb.toString();
    }
  }

  /** {@code List<String>[]}. */
  public static final class GenericArray implements GenericArrayType {
    private final Type component;

    public GenericArray(Type component) {
      this.component = Objects.requireNonNull(component, "component");
    }

    @Override
    public Type getGenericComponentType() {
      return component;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof GenericArrayType g && component.equals(g.getGenericComponentType());
    }

    @Override
    public int hashCode() {
      return component.hashCode();
    }

    @Override
    public String toString() {
      return component.getTypeName() + "[]";
    }
  }

  /** {@code ? extends Number}, {@code ? super Integer}. */
  public static final class Wildcard implements WildcardType {
    private final Type[] upper;
    private final Type[] lower;

    public Wildcard(Type[] upper, Type[] lower) {
      this.upper = upper.length == 0 ? new Type[] {Object.class} : upper.clone();
      this.lower = lower.clone();
      if (this.upper.length != 1 || this.lower.length > 1) {
        throw new IllegalArgumentException("a wildcard has one upper bound and at most one lower bound");
      }
      checkArg(this.upper[0], "upper bound");
      if (this.lower.length == 1) {
        checkArg(this.lower[0], "lower bound");
        if (this.upper[0] != Object.class) {
          throw new IllegalArgumentException("a wildcard with a lower bound has the upper bound Object");
        }
      }
    }

    @Override
    public Type[] getUpperBounds() {
      return upper.clone();
    }

    @Override
    public Type[] getLowerBounds() {
      return lower.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof WildcardType w
          && Arrays.equals(upper, w.getUpperBounds())
          && Arrays.equals(lower, w.getLowerBounds());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(upper) ^ Arrays.hashCode(lower);
    }

    @Override
    public String toString() {
      if (lower.length == 1) {
        return "? super " + lower[0].getTypeName();
      }
      return upper[0] == Object.class ? "?" : "? extends " + upper[0].getTypeName();
    }
  }
}
