package dev.wiremessage.runtime.internal;

import dev.wiremessage.runtime.JsonMapper;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * The default mapper, on Jackson 3, configured for the wire format: compact output, record
 * components and map entries in their own order (not sorted), unknown properties ignored,
 * trailing tokens rejected. Readers and writers are cached per {@link Type}.
 */
final class JacksonJsonMapper implements JsonMapper {
  private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

  private final tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder()
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(MapperFeature.INFER_RECORD_GETTERS_FROM_COMPONENTS_ONLY)
      .disable(SerializationFeature.INDENT_OUTPUT)
      .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private final ConcurrentHashMap<Type, ObjectReader> readers = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Type, ObjectWriter> writers = new ConcurrentHashMap<>();

  @Override
  public byte[] write(Object value, Type type) {
    if (value == null) {
      return NULL.clone();
    }
    ObjectWriter w = writers.get(type);
    if (w == null) {
      JavaType t = mapper.constructType(type);
      w = writers.computeIfAbsent(type, k -> mapper.writerFor(t));
    }
    return w.writeValueAsBytes(value);
  }

  @Override
  public Object read(byte[] json, int offset, int length, Type type) {
    ObjectReader r = readers.get(type);
    if (r == null) {
      JavaType t = mapper.constructType(type);
      r = readers.computeIfAbsent(type, k -> mapper.readerFor(t));
    }
    return r.readValue(json, offset, length);
  }

  @Override
  public String toString() {
    return "JsonMapper.jackson()";
  }
}
