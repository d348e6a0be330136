package dev.wiremessage.runtime.internal;

import java.lang.reflect.Type;

/** Plain implementations of the java.lang.reflect generic types (stub until the runtime lands). */
public final class TypeImpls {
  private TypeImpls() {}

  public static final class Parameterized implements Type {
    public Parameterized(Class<?> raw, Type owner, Type[] args) {}
  }

  public static final class GenericArray implements Type {
    public GenericArray(Type component) {}
  }

  public static final class Wildcard implements Type {
    public Wildcard(Type[] upper, Type[] lower) {}
  }
}
