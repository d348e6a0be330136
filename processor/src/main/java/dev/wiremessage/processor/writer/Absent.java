package dev.wiremessage.processor.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.wiremessage.processor.encoding.NullableEncoding;
import dev.wiremessage.processor.encoding.RuntimeTypes;
import dev.wiremessage.processor.model.ComponentModel;

/**
 * The absent value of a {@code @Since} component (evolution.md section 1), which a reader gives
 * it when the frame predates its version: the parser only accepts components that have one.
 */
final class Absent {
  private Absent() {}

  /** {@code Optional.empty()}, {@code null}, {@code Collections.emptyList()}, {@code new T[0]} or a primitive's zero. */
  static CodeBlock of(ComponentModel c) {
    TypeName type = c.type().withoutAnnotations();
    if (c.encoding() instanceof NullableEncoding) {
      return CodeBlock.of("null");
    } else if (type instanceof ParameterizedTypeName p && p.rawType().equals(RuntimeTypes.OPTIONAL)) {
      return CodeBlock.of("$T.empty()", RuntimeTypes.OPTIONAL);
    } else if (type instanceof ParameterizedTypeName p && p.rawType().equals(RuntimeTypes.LIST)) {
      return CodeBlock.of("$T.emptyList()", RuntimeTypes.COLLECTIONS);
    } else if (type instanceof ArrayTypeName a) {
      return emptyArray(a);
    } else if (type.equals(TypeName.BOOLEAN)) {
      return CodeBlock.of("false");
    } else if (type.equals(TypeName.CHAR)) {
      return CodeBlock.of("'\\0'");
    } else if (type.equals(TypeName.LONG)) {
      return CodeBlock.of("0L");
    } else if (type.equals(TypeName.FLOAT)) {
      return CodeBlock.of("0.0f");
    } else if (type.equals(TypeName.DOUBLE)) {
      return CodeBlock.of("0.0");
    } else if (type.isPrimitive()) {
      return CodeBlock.of("0"); // byte, short, int: a constant assignable to each
    }
    throw new IllegalArgumentException("no absent value for " + c.field() + " of type " + type);
  }

  /** {@code new int[0]}, {@code new String[0][]}: the outermost dimension empty. */
  private static CodeBlock emptyArray(ArrayTypeName type) {
    TypeName element = type.componentType();
    StringBuilder dims = new StringBuilder();
    while (element instanceof ArrayTypeName inner) {
      dims.append("[]");
      element = inner.componentType();
    }
    return CodeBlock.of("new $T[0]$L", element.withoutAnnotations(), dims);
  }
}
