package dev.wiremessage.processor.writer;

import static dev.wiremessage.processor.encoding.RuntimeTypes.ABSTRACT_WIRE_CODEC;
import static dev.wiremessage.processor.encoding.RuntimeTypes.CODEC_SETTINGS;
import static dev.wiremessage.processor.encoding.RuntimeTypes.ENDIAN;
import static dev.wiremessage.processor.encoding.RuntimeTypes.FRAMING;
import static dev.wiremessage.processor.encoding.RuntimeTypes.LENGTH;
import static dev.wiremessage.processor.encoding.RuntimeTypes.PAYLOAD_READER;
import static dev.wiremessage.processor.encoding.RuntimeTypes.PAYLOAD_WRITER;
import static dev.wiremessage.processor.encoding.RuntimeTypes.WIRE_FORMAT_EXCEPTION;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.processor.model.FramingModel;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * What every generated codec shares: the class, {@code INSTANCE}, the constructor and
 * {@code with}; {@link MessageWriter} and {@link ProtocolWriter} add the payload methods.
 */
final class CodecWriter {
  static final String PROCESSOR = "dev.wiremessage.processor.WireMessageProcessor";
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private CodecWriter() {}

  /**
   * {@code public final class XCodec extends AbstractWireCodec<X>} with INSTANCE, constructor and
   * with(); {@code @Generated} when {@code generated} (the record's module can read it).
   */
  static TypeSpec.Builder skeleton(ClassName codec, ClassName type, FramingModel framing, Element origin,
      boolean generated) {
    TypeSpec.Builder b = TypeSpec.classBuilder(codec).addOriginatingElement(origin);
    if (generated) {
      b.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build());
    }
    return b
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(ABSTRACT_WIRE_CODEC, type))
        .addField(FieldSpec.builder(codec, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The codec with the settings of the annotations.")
            .initializer("new $T($T.of($L))", codec, CODEC_SETTINGS, framing(framing))
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(CODEC_SETTINGS, "settings")
            .addStatement("super($T.class, settings)", type)
            .build())
        .addMethod(MethodSpec.methodBuilder("with")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(codec)
            .addParameter(CODEC_SETTINGS, "settings")
            .addStatement("return new $T(settings)", codec)
            .build());
  }

  static CodeBlock framing(FramingModel framing) {
    if (framing instanceof FramingModel.Delimited d) {
      return CodeBlock.of("$T.delimited($S, $L, $L)", FRAMING, d.delimiter(), d.escape(), d.maxFrameBytes());
    }
    FramingModel.LengthPrefixed p = (FramingModel.LengthPrefixed) framing;
    return CodeBlock.of("$T.lengthPrefixed($L, $L, $L)", FRAMING, length(p.length()), endian(p.order()),
        p.maxFrameBytes());
  }

  static CodeBlock length(Length length) {
    return CodeBlock.of("$T.$L", LENGTH, length);
  }

  static CodeBlock endian(Endian order) {
    return CodeBlock.of("$T.$L", ENDIAN, order);
  }

  /** {@code protected void encodePayload(X message, PayloadWriter out)}, its parameter names reserved. */
  static MethodSpec.Builder encodeMethod(ClassName type, NameAllocator names) {
    return MethodSpec.methodBuilder("encodePayload")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(type, names.newName("message", "message"))
        .addParameter(PAYLOAD_WRITER, names.newName("out", "out"));
  }

  /** {@code protected X decodePayload(PayloadReader in) throws WireFormatException}, its parameter name reserved. */
  static MethodSpec.Builder decodeMethod(ClassName type, NameAllocator names) {
    return MethodSpec.methodBuilder("decodePayload")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(type)
        .addParameter(PAYLOAD_READER, names.newName("in", "in"))
        .addException(WIRE_FORMAT_EXCEPTION);
  }

  static JavaFile file(ClassName codec, TypeSpec type) {
    return JavaFile.builder(codec.packageName(), type).indent("  ").skipJavaLangImports(true).build();
  }
}
