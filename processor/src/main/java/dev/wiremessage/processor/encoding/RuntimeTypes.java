package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.ClassName;

/** The runtime and annotation types generated code refers to (the processor never loads them). */
public final class RuntimeTypes {
  private RuntimeTypes() {}

  public static final ClassName LENGTH = ClassName.get("dev.wiremessage", "Length");
  public static final ClassName ENDIAN = ClassName.get("dev.wiremessage", "Endian");
  public static final ClassName FRAMING = ClassName.get("dev.wiremessage.runtime", "Framing");
  public static final ClassName JSON_TYPES = ClassName.get("dev.wiremessage.runtime", "JsonTypes");
  public static final ClassName WIRE_FORMAT_EXCEPTION = ClassName.get("dev.wiremessage.runtime", "WireFormatException");
  public static final ClassName CODEC_SETTINGS = ClassName.get("dev.wiremessage.runtime.spi", "CodecSettings");
  public static final ClassName ABSTRACT_WIRE_CODEC = ClassName.get("dev.wiremessage.runtime.spi", "AbstractWireCodec");
  public static final ClassName PAYLOAD_WRITER = ClassName.get("dev.wiremessage.runtime.spi", "PayloadWriter");
  public static final ClassName PAYLOAD_READER = ClassName.get("dev.wiremessage.runtime.spi", "PayloadReader");
  public static final ClassName TYPE = ClassName.get("java.lang.reflect", "Type");
  public static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  public static final ClassName LIST = ClassName.get("java.util", "List");
  public static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
  public static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
  public static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");

  /** Every type above: their simple names are never given to generated locals. */
  public static final java.util.List<ClassName> ALL = java.util.List.of(LENGTH, ENDIAN, FRAMING, JSON_TYPES,
      WIRE_FORMAT_EXCEPTION, CODEC_SETTINGS, ABSTRACT_WIRE_CODEC, PAYLOAD_WRITER, PAYLOAD_READER, TYPE, OPTIONAL, LIST,
      ARRAY_LIST, COLLECTIONS, ARRAYS);
}
