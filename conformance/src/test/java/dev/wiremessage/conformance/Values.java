package dev.wiremessage.conformance;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a vector's {@code value} (JSON) into the Java value the generated codec takes, and
 * compares decoded values with it. The README's conventions: {@code long} may be a decimal
 * string, {@code byte[]} is base64, {@code char} a one-character string, a nested record an
 * object, {@code null} for Optional.empty() and null, {@code "@type"} names a protocol's record.
 * Reflection is fine here: this is the test, not generated code.
 */
final class Values {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final ClassLoader loader;
  private final String pkg;

  Values(ClassLoader loader, String pkg) {
    this.loader = loader;
    this.pkg = pkg;
  }

  Object toJava(JsonNode node, Type type) throws ReflectiveOperationException {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type arg0 = p.getActualTypeArguments()[0];
      if (raw == Optional.class) {
        return isNull(node) ? Optional.empty() : Optional.of(toJava(node, arg0));
      }
      if (isNull(node)) {
        return null;
      }
      if (List.class.isAssignableFrom(raw) && !hasOnlyJsonTypes(arg0)) {
        List<Object> list = new ArrayList<>();
        for (JsonNode element : node.values()) {
          list.add(toJava(element, arg0));
        }
        return list;
      }
      return JSON.convertValue(node, JSON.constructType(type));
    }
    if (type instanceof GenericArrayType g) {
      if (isNull(node)) {
        return null;
      }
      Class<?> component = rawClass(g.getGenericComponentType());
      Object array = Array.newInstance(component, node.size());
      int i = 0;
      for (JsonNode element : node.values()) {
        Array.set(array, i++, toJava(element, g.getGenericComponentType()));
      }
      return array;
    }
    Class<?> c = (Class<?>) type;
    if (isNull(node)) {
      if (c.isPrimitive()) {
        throw new IllegalArgumentException("null for a " + c + " component");
      }
      return null;
    }
    if (c == boolean.class || c == Boolean.class) {
      return node.booleanValue();
    }
    if (c == byte.class || c == Byte.class) {
      return (byte) integral(node);
    }
    if (c == short.class || c == Short.class) {
      return (short) integral(node);
    }
    if (c == int.class || c == Integer.class) {
      return (int) integral(node);
    }
    if (c == long.class || c == Long.class) {
      return integral(node);
    }
    if (c == char.class || c == Character.class) {
      String s = node.stringValue();
      if (s.length() != 1) {
        throw new IllegalArgumentException("a char is a one-character string, not " + node);
      }
      return s.charAt(0);
    }
    if (c == float.class || c == Float.class) {
      return node.isString() ? Float.parseFloat(node.stringValue()) : (float) node.doubleValue();
    }
    if (c == double.class || c == Double.class) {
      return node.isString() ? Double.parseDouble(node.stringValue()) : node.doubleValue();
    }
    if (c == String.class) {
      return node.stringValue();
    }
    if (c == byte[].class) {
      return Base64.getDecoder().decode(node.stringValue());
    }
    if (c.isArray()) {
      Object array = Array.newInstance(c.getComponentType(), node.size());
      int i = 0;
      for (JsonNode element : node.values()) {
        Array.set(array, i++, toJava(element, c.getComponentType()));
      }
      return array;
    }
    if (c.isEnum()) {
      for (Object constant : c.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(node.stringValue())) {
          return constant;
        }
      }
      throw new IllegalArgumentException("no constant " + node + " in " + c.getName());
    }
    if (c.isRecord()) {
      return record(c, node);
    }
    if (c.isInterface() && c.isSealed() && node.has("@type")) {
      return record(loader.loadClass(pkg + "." + node.get("@type").stringValue()), node);
    }
    return JSON.convertValue(node, c);
  }

  private Object record(Class<?> c, JsonNode node) throws ReflectiveOperationException {
    RecordComponent[] components = c.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      JsonNode v = node.get(components[i].getName());
      args[i] = toJava(v, components[i].getGenericType());
    }
    Constructor<?> constructor = c.getDeclaredConstructor(types);
    constructor.setAccessible(true);
    try {
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("cannot build " + c.getSimpleName() + " from " + node, e.getCause());
    }
  }

  /** Component-by-component equality; arrays by content. */
  static boolean same(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a.getClass().isArray() && b.getClass().isArray()) {
      int n = Array.getLength(a);
      if (n != Array.getLength(b)) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (!same(Array.get(a, i), Array.get(b, i))) {
          return false;
        }
      }
      return true;
    }
    if (a.getClass() != b.getClass() && !(a instanceof List && b instanceof List)
        && !(a instanceof Map && b instanceof Map)) {
      return false;
    }
    if (a.getClass().isRecord()) {
      for (RecordComponent rc : a.getClass().getRecordComponents()) {
        try {
          rc.getAccessor().setAccessible(true);
          if (!same(rc.getAccessor().invoke(a), rc.getAccessor().invoke(b))) {
            return false;
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return true;
    }
    if (a instanceof Optional<?> oa && b instanceof Optional<?> ob) {
      return oa.isPresent() == ob.isPresent() && (oa.isEmpty() || same(oa.get(), ob.get()));
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      if (la.size() != lb.size()) {
        return false;
      }
      Iterator<?> ia = la.iterator();
      Iterator<?> ib = lb.iterator();
      while (ia.hasNext()) {
        if (!same(ia.next(), ib.next())) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(a, b);
  }

  /** A readable form of a value, arrays and records included. */
  static String show(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof byte[] bytes) {
      return "0x" + Hex.encode(bytes);
    }
    if (v.getClass().isArray()) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < Array.getLength(v); i++) {
        sb.append(i == 0 ? "" : ", ").append(show(Array.get(v, i)));
      }
      return sb.append(']').toString();
    }
    if (v.getClass().isRecord()) {
      StringBuilder sb = new StringBuilder(v.getClass().getSimpleName()).append('[');
      RecordComponent[] rcs = v.getClass().getRecordComponents();
      for (int i = 0; i < rcs.length; i++) {
        try {
          rcs[i].getAccessor().setAccessible(true);
          sb.append(i == 0 ? "" : ", ").append(rcs[i].getName()).append('=')
              .append(show(rcs[i].getAccessor().invoke(v)));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return sb.append(']').toString();
    }
    return String.valueOf(v);
  }

  private static long integral(JsonNode node) {
    if (node.isString()) {
      return Long.parseLong(node.stringValue());
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw new IllegalArgumentException("not an integer: " + node);
    }
    return node.longValue();
  }

  private static boolean isNull(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }

  /** True when Jackson can build the type from plain JSON on its own (no base64, no @type, no long strings). */
  private static boolean hasOnlyJsonTypes(Type t) {
    return t == String.class || t == Integer.class || t == Object.class || t == Boolean.class || t == Double.class
        || (t instanceof ParameterizedType p && Map.class.isAssignableFrom((Class<?>) p.getRawType()));
  }

  private static Class<?> rawClass(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (t instanceof GenericArrayType g) {
      return Array.newInstance(rawClass(g.getGenericComponentType()), 0).getClass();
    }
    return Object.class;
  }
}
