package dev.wiremessage.fuzz;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Equality as a user sees a message: records component by component, arrays by content,
 * lists, maps and {@code Optional}s by their elements, all of it recursively (a record's own
 * {@code equals} compares arrays by identity). Floating-point values compare as
 * {@link Double#equals} does: {@code -0.0} differs from {@code 0.0}, NaN equals NaN.
 */
final class DeepEquals {
  private DeepEquals() {}

  /** Where {@code a} and {@code b} first differ ("Holder.meta[k]: 1 vs 2"), or null when they are equal. */
  static String difference(Object a, Object b) {
    return diff(a, b, a == null ? "" : a.getClass().getSimpleName());
  }

  private static String diff(Object a, Object b, String path) {
    if (a == null || b == null) {
      return a == b ? null : path + ": " + a + " vs " + b;
    }
    if (a.getClass() != b.getClass() && !(a instanceof List && b instanceof List) && !(a instanceof Map && b instanceof Map)) {
      return path + ": " + a.getClass().getName() + " vs " + b.getClass().getName();
    }
    if (a instanceof Record) {
      for (Method m : ACCESSORS.get(a.getClass())) {
        String d = diff(get(m, a), get(m, b), path + "." + m.getName());
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (a.getClass().isArray()) {
      int n = Array.getLength(a);
      if (n != Array.getLength(b)) {
        return path + ": length " + n + " vs " + Array.getLength(b);
      }
      for (int i = 0; i < n; i++) {
        String d = diff(Array.get(a, i), Array.get(b, i), path + "[" + i + "]");
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (a instanceof List<?> la) {
      List<?> lb = (List<?>) b;
      if (la.size() != lb.size()) {
        return path + ": size " + la.size() + " vs " + lb.size();
      }
      Iterator<?> ib = lb.iterator();
      int i = 0;
      for (Object x : la) {
        String d = diff(x, ib.next(), path + "[" + i++ + "]");
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (a instanceof Map<?, ?> ma) {
      Map<?, ?> mb = (Map<?, ?>) b;
      if (ma.size() != mb.size()) {
        return path + ": size " + ma.size() + " vs " + mb.size();
      }
      for (Map.Entry<?, ?> e : ma.entrySet()) {
        if (!mb.containsKey(e.getKey())) {
          return path + ": key " + e.getKey() + " missing";
        }
        String d = diff(e.getValue(), mb.get(e.getKey()), path + "[" + e.getKey() + "]");
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (a instanceof Optional<?> oa) {
      Optional<?> ob = (Optional<?>) b;
      if (oa.isPresent() != ob.isPresent()) {
        return path + ": " + oa + " vs " + ob;
      }
      return oa.isPresent() ? diff(oa.get(), ob.get(), path + ".get()") : null;
    }
    return Objects.equals(a, b) ? null : path + ": " + a + " vs " + b;
  }

  /** A record's accessors, accessible (the records of the tests are not public). */
  private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
    @Override
    protected Method[] computeValue(Class<?> type) {
      RecordComponent[] rc = type.getRecordComponents();
      Method[] m = new Method[rc.length];
      for (int i = 0; i < rc.length; i++) {
        m[i] = rc[i].getAccessor();
        m[i].setAccessible(true);
      }
      return m;
    }
  };

  private static Object get(Method accessor, Object record) {
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(e);
    }
  }
}
