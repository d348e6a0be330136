package dev.wiremessage.runtime;

import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Turns values into JSON text and back, for {@code @JsonBlob} components and
 * {@code Format.JSON} bodies. The default is {@link #jackson()}; a codec takes another with
 * {@link WireCodec#withJsonMapper(JsonMapper)}. Implementations must be thread-safe.
 */
public interface JsonMapper {
  /**
   * Compact JSON (no insignificant white space), UTF-8.
   *
   * @param value the value to write; may be null
   * @param type the value's declared type, generic arguments included (as built by
   *     {@link JsonTypes}), for mappers that write by declared type
   * @return the JSON text's UTF-8 bytes, not null
   * @throws IOException when the value cannot be written; the codec reports it, like any
   *     exception from here, as an encode error
   */
  byte[] write(Object value, Type type) throws IOException;

  /**
   * Binds exactly one JSON text (no trailing tokens) in {@code json[offset, offset+length)} to
   * {@code type}. Any exception means the JSON is invalid or does not fit the type.
   *
   * @param json the array holding the text; read only, not kept
   * @param offset where the text starts in {@code json}
   * @param length the text's length in bytes
   * @param type the type to bind to, generic arguments included
   * @return the bound value, an instance of {@code type} (or null, for the text {@code null})
   * @throws IOException when the text is not valid JSON or does not fit {@code type}; the codec
   *     reports it, like any exception from here, as malformed
   */
  Object read(byte[] json, int offset, int length, Type type) throws IOException;

  /**
   * The default mapper, on Jackson 3 ({@code tools.jackson.core:jackson-databind}). Throws
   * {@link IllegalStateException} naming the dependency when Jackson is not on the class path.
   *
   * @return the shared Jackson mapper, the same instance on every call
   */
  static JsonMapper jackson() {
    return dev.wiremessage.runtime.internal.DefaultJson.mapper();
  }
}
