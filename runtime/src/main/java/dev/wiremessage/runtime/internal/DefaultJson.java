package dev.wiremessage.runtime.internal;

import dev.wiremessage.runtime.JsonMapper;

/**
 * Holds the default (Jackson 3) mapper. Jackson's classes are touched only when a codec first
 * needs JSON, so a user without Jackson never loads them.
 */
public final class DefaultJson {
  static final String JACKSON_CLASS = "tools.jackson.databind.json.JsonMapper";

  private DefaultJson() {}

  public static JsonMapper mapper() {
    try {
      return Holder.INSTANCE;
    } catch (LinkageError e) { // NoClassDefFoundError, ExceptionInInitializerError
      throw missing(e);
    }
  }

  static IllegalStateException missing(Throwable cause) {
    return new IllegalStateException("No JSON mapper: a @JsonBlob or Format.JSON message needs Jackson 3 "
        + "(tools.jackson.core:jackson-databind) on the class path (on the module path: add "
        + "'requires tools.jackson.databind;' to your module-info), or a mapper of your own given with "
        + "codec.withJsonMapper(JsonMapper)", cause);
  }

  private static final class Holder {
    static final JsonMapper INSTANCE = load();

    private static JsonMapper load() {
      try {
        Class.forName(JACKSON_CLASS, false, DefaultJson.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw missing(e);
      }
      return new JacksonJsonMapper();
    }
  }
}
