package dev.wiremessage.runtime;

import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Turns values into JSON text and back, for {@code @JsonBlob} components and
 * {@code Format.JSON} bodies. The default is {@link #jackson()}; a codec takes another with
 * {@link WireCodec#withJsonMapper(JsonMapper)}. Implementations must be thread-safe.
 */
public interface JsonMapper {
  /** Compact JSON (no insignificant white space), UTF-8. */
  byte[] write(Object value, Type type) throws IOException;

  /**
   * Binds exactly one JSON text (no trailing tokens) in {@code json[offset, offset+length)} to
   * {@code type}. Any exception means the JSON is invalid or does not fit the type.
   */
  Object read(byte[] json, int offset, int length, Type type) throws IOException;

  /**
   * The default mapper, on Jackson 3 ({@code tools.jackson.core:jackson-databind}). Throws
   * {@link IllegalStateException} naming the dependency when Jackson is not on the class path.
   */
  static JsonMapper jackson() {
    return dev.wiremessage.runtime.internal.DefaultJson.mapper();
  }
}
