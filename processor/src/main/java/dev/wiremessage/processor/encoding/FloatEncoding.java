package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/** {@code float double} and their boxes: IEEE 754 bits, big-endian. */
public record FloatEncoding(TypeName type) implements Encoding {

  private boolean isDouble() {
    return type.equals(TypeName.DOUBLE) || type.equals(TypeName.DOUBLE.box());
  }

  @Override
  public int minBytes() {
    return isDouble() ? 8 : 4;
  }

  @Override
  public int runBytes() {
    return type.isPrimitive() ? minBytes() : 0;
  }

  @Override
  public void putAt(Scope scope, CodeBlock value, CodeBlock at) {
    scope.statement("$N.$L($L, $L)", scope.stream(), isDouble() ? "putDouble" : "putFloat", at, value);
  }

  @Override
  public CodeBlock getAt(Scope scope, CodeBlock at) {
    return CodeBlock.of("$N.$L($L)", scope.stream(), isDouble() ? "getDouble" : "getFloat", at);
  }

  @Override
  public void write(Scope scope, CodeBlock value, boolean nonNull) {
    scope.statement("$N.$L($L)", scope.stream(), isDouble() ? "writeDouble" : "writeFloat",
        scope.requireNonNull(value, nonNull || type.isPrimitive()));
  }

  @Override
  public CodeBlock read(Scope scope) {
    return CodeBlock.of("$N.$L($L)", scope.stream(), isDouble() ? "readDouble" : "readFloat", scope.field());
  }
}
