package dev.wiremessage.fuzz;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;

/**
 * A message of one version of an evolving record compared with a message of an older version
 * (evolution.md): records of two classes compare by their common components, the older one's
 * (the first ones), recursively through nested records, {@code Optional}s and lists; values of
 * one class compare with {@link DeepEquals}.
 */
final class Versions {
  private Versions() {}

  /**
   * Where the older reader's {@code older} differs from the newer reader's {@code newer} of the
   * same bytes, or null. With {@code restAbsent}, every component the older version lacks must
   * hold its absent value in {@code newer} (the newer reader read an older frame).
   */
  static String difference(Object newer, Object older, boolean restAbsent) {
    return diff(newer, older, restAbsent, newer == null ? "" : newer.getClass().getSimpleName());
  }

  private static String diff(Object newer, Object older, boolean restAbsent, String path) {
    if (newer == null || older == null || newer.getClass() == older.getClass() && !(newer instanceof Optional)
        && !(newer instanceof List)) {
      String d = DeepEquals.difference(newer, older);
      return d == null ? null : path + ": " + d;
    }
    if (newer instanceof Optional<?> a && older instanceof Optional<?> b) {
      if (a.isPresent() != b.isPresent()) {
        return path + ": " + a + " vs " + b;
      }
      return a.isPresent() ? diff(a.get(), b.get(), restAbsent, path + ".get()") : null;
    }
    if (newer instanceof List<?> a && older instanceof List<?> b) {
      if (a.size() != b.size()) {
        return path + ": " + a.size() + " vs " + b.size() + " elements";
      }
      for (int i = 0; i < a.size(); i++) {
        String d = diff(a.get(i), b.get(i), restAbsent, path + "[" + i + "]");
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (!newer.getClass().isRecord() || !older.getClass().isRecord()) {
      return path + ": " + newer.getClass().getSimpleName() + " vs " + older.getClass().getSimpleName();
    }
    RecordComponent[] n = newer.getClass().getRecordComponents();
    RecordComponent[] o = older.getClass().getRecordComponents();
    if (o.length > n.length) {
      throw new IllegalArgumentException(older.getClass() + " is not an older version of " + newer.getClass());
    }
    for (int i = 0; i < n.length; i++) {
      Object v = value(n[i], newer);
      String at = path + "." + n[i].getName();
      if (i < o.length) {
        String d = diff(v, value(o[i], older), restAbsent, at);
        if (d != null) {
          return d;
        }
      } else if (restAbsent && !absent(v)) {
        return at + ": " + v + " where an older frame must give the absent value";
      }
    }
    return null;
  }

  /** evolution.md, section 1: empty, null, no elements, zero or false. */
  static boolean absent(Object v) {
    if (v == null) {
      return true;
    }
    if (v instanceof Optional<?> o) {
      return o.isEmpty();
    }
    if (v instanceof List<?> l) {
      return l.isEmpty();
    }
    if (v.getClass().isArray()) {
      return Array.getLength(v) == 0;
    }
    if (v instanceof Boolean b) {
      return !b;
    }
    if (v instanceof Character c) {
      return c == '\0';
    }
    if (v instanceof Double d) {
      return d.equals(0.0);
    }
    if (v instanceof Float f) {
      return f.equals(0.0f);
    }
    return v instanceof Number x && x.longValue() == 0;
  }

  private static Object value(RecordComponent c, Object record) {
    try {
      c.getAccessor().setAccessible(true);
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(e);
    }
  }
}
