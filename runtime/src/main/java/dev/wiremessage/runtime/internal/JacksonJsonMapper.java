package dev.wiremessage.runtime.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.wiremessage.runtime.JsonMapper;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Member;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.AnnotationIntrospector;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedParameter;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.type.LogicalType;

/**
 * The default mapper, on Jackson 3, configured for the wire format: compact output, record
 * components and map entries in their own order (not sorted), unknown properties ignored,
 * trailing tokens rejected; strict on input (docs/wire-format.md, "JSON rules"): no coercion
 * between numbers, strings and booleans, no fraction truncation, duplicate keys rejected, a
 * record component's key required and non-null unless {@link JsonComponents} says it may be
 * absent. Readers and writers are cached per {@link Type}.
 */
final class JacksonJsonMapper implements JsonMapper {
  private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

  private final tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder()
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(MapperFeature.INFER_RECORD_GETTERS_FROM_COMPONENTS_ONLY)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .disable(SerializationFeature.INDENT_OUTPUT)
      .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .withCoercionConfig(LogicalType.Integer, c -> fail(c, CoercionInputShape.String, CoercionInputShape.Float,
          CoercionInputShape.Boolean))
      .withCoercionConfig(LogicalType.Float, c -> fail(c, CoercionInputShape.String, CoercionInputShape.Boolean))
      .withCoercionConfig(LogicalType.Boolean, c -> fail(c, CoercionInputShape.String, CoercionInputShape.Integer,
          CoercionInputShape.Float))
      .withCoercionConfig(LogicalType.Textual, c -> fail(c, CoercionInputShape.Integer, CoercionInputShape.Float,
          CoercionInputShape.Boolean))
      .annotationIntrospector(AnnotationIntrospector.pair(new Strict(), new JacksonAnnotationIntrospector()))
      .build();
  private final ConcurrentHashMap<Type, ObjectReader> readers = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Type, ObjectWriter> writers = new ConcurrentHashMap<>();

  private static void fail(tools.jackson.databind.cfg.MutableCoercionConfig c, CoercionInputShape... shapes) {
    for (CoercionInputShape s : shapes) {
      c.setCoercion(s, CoercionAction.Fail);
    }
  }

  /** Record components: required and non-null, or absent, as {@link JsonComponents} decides. */
  private static final class Strict extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public Boolean hasRequiredMarker(MapperConfig<?> config, AnnotatedMember m) {
      JsonComponents.Presence p = presence(m);
      return p == null ? null : p == JsonComponents.Presence.REQUIRED;
    }

    @Override
    public JsonSetter.Value findSetterInfo(MapperConfig<?> config, Annotated a) {
      JsonComponents.Presence p = a instanceof AnnotatedMember m ? presence(m) : null;
      if (p == JsonComponents.Presence.REQUIRED) {
        return JsonSetter.Value.forValueNulls(Nulls.FAIL);
      }
      // a missing @Since list, array or primitive is empty or zero (evolution.md section 4)
      return p == JsonComponents.Presence.ADDED_LATER ? JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)
          : JsonSetter.Value.empty();
    }

    private static JsonComponents.Presence presence(AnnotatedMember m) {
      if (m instanceof AnnotatedParameter p) {
        Member owner = p.getOwner().getMember();
        if (owner instanceof Executable e) {
          return JsonComponents.of(e, p.getIndex());
        }
      }
      return null;
    }
  }

  @Override
  public byte[] write(Object value, Type type) throws IOException {
    if (value == null) {
      return NULL.clone();
    }
    ObjectWriter w = writers.get(type);
    if (w == null) {
      JavaType t = mapper.constructType(type);
      w = writers.computeIfAbsent(type, k -> mapper.writerFor(t));
    }
    byte[] json = w.writeValueAsBytes(value);
    int at = loneSurrogate(json);
    if (at >= 0) {
      // Jackson writes an unpaired surrogate as a \\uD800 escape, which no UTF-8 peer can decode
      // to the same string; strings fail the same way in the binary format (wire-format 2.3).
      throw new IOException("a string holds an unpaired surrogate (" + new String(json, at, 6, StandardCharsets.US_ASCII)
          + "): not valid Unicode");
    }
    return json;
  }

  /**
   * Where the output holds a surrogate escape ({@code \}{@code uD800}..{@code \}{@code uDFFF}),
   * or -1. Jackson writes a valid pair as its 4-byte UTF-8 form, never escaped, so an escaped
   * surrogate is an unpaired one. Only called on output, and only scans past a backslash.
   */
  static int loneSurrogate(byte[] json) {
    int i = 0;
    while (i + 5 < json.length) {
      if (json[i] != '\\') {
        i++;
      } else if (json[i + 1] == 'u' && (json[i + 2] == 'D' || json[i + 2] == 'd')
          && "89ABCDEFabcdef".indexOf(json[i + 3]) >= 0) {
        return i;
      } else {
        i += 2; // the escaped character, a backslash included
      }
    }
    return -1;
  }

  /**
   * Where the text {@code b[off, off+len)} holds an escaped surrogate that is not half of a pair
   * ({@code \}{@code uD800} alone, a low one first, a high one followed by anything but a low
   * one), as an offset from {@code off}, or -1. Such an escape decodes to a string that is not
   * valid Unicode, which no codec could write again (wire-format 2.3): the JSON rules make it
   * malformed. Only looks past a backslash.
   */
  static int unpairedSurrogateEscape(byte[] b, int off, int len) {
    int end = off + len;
    int i = off;
    while (i < end) {
      if (b[i] != '\\') {
        i++;
        continue;
      }
      int c = escapedChar(b, i, end);
      if (c < 0) {
        i += 2; // another escape (a backslash included), or a bad one the parser reports
      } else if (Character.isHighSurrogate((char) c)) {
        int next = escapedChar(b, i + 6, end);
        if (next < 0 || !Character.isLowSurrogate((char) next)) {
          return i - off;
        }
        i += 12;
      } else if (Character.isLowSurrogate((char) c)) {
        return i - off;
      } else {
        i += 6;
      }
    }
    return -1;
  }

  /** The char of the {@code \}{@code uXXXX} escape at {@code i}, or -1 when there is none. */
  private static int escapedChar(byte[] b, int i, int end) {
    if (i + 6 > end || b[i] != '\\' || b[i + 1] != 'u') {
      return -1;
    }
    int c = 0;
    for (int k = i + 2; k < i + 6; k++) {
      int d = Character.digit(b[k], 16);
      if (d < 0) {
        return -1;
      }
      c = c << 4 | d;
    }
    return c;
  }

  @Override
  public Object read(byte[] json, int offset, int length, Type type) throws IOException {
    int surrogate = unpairedSurrogateEscape(json, offset, length);
    if (surrogate >= 0) {
      throw new JsonTextException("an escaped surrogate that is not half of a pair ("
          + new String(json, offset + surrogate, 6, StandardCharsets.US_ASCII) + "): not valid Unicode", surrogate);
    }
    ObjectReader r = readers.get(type);
    if (r == null) {
      JavaType t = mapper.constructType(type);
      r = readers.computeIfAbsent(type, k -> mapper.readerFor(t));
    }
    try {
      return r.readValue(json, offset, length);
    } catch (JacksonException e) {
      throw new JsonTextException(describe(e), textOffset(e));
    }
  }

  /** Jackson's own message with its path, without the location and source lines. */
  private static String describe(JacksonException e) {
    String m = e.getOriginalMessage();
    int nl = m == null ? -1 : m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl);
    }
    return m + (e.getPath().isEmpty() ? "" : " at " + shortPath(e));
  }

  /** {@code $.rows[2].value}: the JSON path of the failure. */
  private static String shortPath(JacksonException e) {
    StringBuilder sb = new StringBuilder("$");
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        sb.append('.').append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  /** The byte offset of the failure from the start of the text, or -1. */
  private static long textOffset(JacksonException e) {
    TokenStreamLocation loc = e.getLocation();
    if (loc == null || loc.getByteOffset() < 0) {
      return -1;
    }
    return loc.getByteOffset();
  }

  @Override
  public String toString() {
    return "JsonMapper.jackson()";
  }
}
