package dev.wiremessage.kafka;

import dev.wiremessage.runtime.WireCodec;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/** Finds the codec a config names, for the no-argument serializer, deserializer and serde. */
final class CodecConfig {
  private CodecConfig() {}

  /**
   * The codec that {@code configs} names under {@link WireSerde#KEY_CODEC_CONFIG} or
   * {@link WireSerde#VALUE_CODEC_CONFIG}: a generated codec class (its name or the
   * {@code Class}), whose {@code INSTANCE} is taken.
   */
  static WireCodec<?> codec(Map<String, ?> configs, boolean isKey) {
    String name = isKey ? WireSerde.KEY_CODEC_CONFIG : WireSerde.VALUE_CODEC_CONFIG;
    Object value = configs == null ? null : configs.get(name);
    if (value == null) {
      throw new ConfigException(name + ": missing (expected: the class name of a generated codec,"
          + " such as com.example.QuoteCodec)");
    }
    Class<?> type;
    if (value instanceof Class<?> c) {
      type = c;
    } else if (value instanceof String s) {
      type = load(name, s.trim());
    } else {
      throw new ConfigException(name, value, "expected: a class name or a Class");
    }
    return instance(name, type);
  }

  /** The class {@code className}, as Kafka loads configured classes: the thread's context loader first. */
  private static Class<?> load(String name, String className) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    ClassLoader own = CodecConfig.class.getClassLoader();
    for (ClassLoader loader : new ClassLoader[] {context, own}) {
      if (loader == null) {
        continue;
      }
      try {
        return Class.forName(className, true, loader);
      } catch (ClassNotFoundException e) {
        // try the next loader
      }
    }
    throw new ConfigException(name, className, "no such class (expected: the class name of a generated codec,"
        + " such as com.example.QuoteCodec; nested records' codecs are Outer_InnerCodec)");
  }

  private static WireCodec<?> instance(String name, Class<?> type) {
    Field field;
    try {
      field = type.getField("INSTANCE");
    } catch (NoSuchFieldException e) {
      field = null;
    }
    if (field == null || !Modifier.isStatic(field.getModifiers()) || !WireCodec.class.isAssignableFrom(field.getType())) {
      throw new ConfigException(name, type.getName(),
          "not a generated codec: no public static WireCodec INSTANCE (expected: such as com.example.QuoteCodec)");
    }
    try {
      return (WireCodec<?>) field.get(null);
    } catch (IllegalAccessException e) {
      throw new ConfigException(name, type.getName(), "not accessible: " + e.getMessage()
          + " (in a module: export or open the codec's package to dev.wiremessage.kafka)");
    }
  }
}
