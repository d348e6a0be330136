package dev.wiremessage.processor.descriptor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON values of a layout descriptor: objects keep their keys in insertion order, numbers
 * are integers. Small on purpose: the processor has no JSON library, and a descriptor needs
 * nothing more.
 */
public sealed interface Json {
  /** {@code null}. */
  Json NULL = new Null();

  /** A JSON object; keys in the order they were put. */
  record Obj(Map<String, Json> members) implements Json {
    public Obj {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /** The member {@code key}, or {@link Json#NULL} when there is none. */
    public Json get(String key) {
      return members.getOrDefault(key, NULL);
    }

    public String string(String key) {
      return get(key) instanceof Str s ? s.value() : null;
    }

    public long number(String key, long otherwise) {
      return get(key) instanceof Num n ? n.value() : otherwise;
    }

    public boolean bool(String key) {
      return get(key) instanceof Bool b && b.value();
    }

    public Obj obj(String key) {
      return get(key) instanceof Obj o ? o : new Obj(Map.of());
    }

    public List<Json> array(String key) {
      return get(key) instanceof Arr a ? a.values() : List.of();
    }

    /** This object without its {@code limits} members, at any depth: what decides the bytes. */
    public Obj layout() {
      Map<String, Json> kept = new LinkedHashMap<>();
      members.forEach((k, v) -> {
        if (!k.equals("limits")) {
          kept.put(k, v instanceof Obj o ? o.layout() : v);
        }
      });
      return new Obj(kept);
    }
  }

  /** A JSON array. */
  record Arr(List<Json> values) implements Json {
    public Arr {
      values = List.copyOf(values);
    }
  }

  /** A JSON string. */
  record Str(String value) implements Json {}

  /** A JSON integer. */
  record Num(long value) implements Json {}

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements Json {}

  /** {@code null}. */
  record Null() implements Json {}

  static Json of(Object value) {
    if (value == null) {
      return NULL;
    } else if (value instanceof Json j) {
      return j;
    } else if (value instanceof String s) {
      return new Str(s);
    } else if (value instanceof Boolean b) {
      return new Bool(b);
    } else if (value instanceof Number n) {
      return new Num(n.longValue());
    } else if (value instanceof Enum<?> e) {
      return new Str(e.name());
    } else if (value instanceof List<?> list) {
      List<Json> values = new ArrayList<>();
      list.forEach(v -> values.add(of(v)));
      return new Arr(values);
    }
    throw new IllegalArgumentException("no JSON form for " + value.getClass());
  }

  /** Builds an object in key order: {@code Json.object().put("kind", "int").build()}. */
  static Builder object() {
    return new Builder();
  }

  /** An object under construction. */
  final class Builder {
    private final Map<String, Json> members = new LinkedHashMap<>();

    private Builder() {}

    public Builder put(String key, Object value) {
      members.put(key, of(value));
      return this;
    }

    public Obj build() {
      return new Obj(members);
    }
  }
}
