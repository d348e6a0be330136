package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/** {@code boolean} and {@code Boolean}: one byte, 0x00 or 0x01. */
public record BooleanEncoding(TypeName type) implements Encoding {

  @Override
  public int minBytes() {
    return 1;
  }

  @Override
  public int runBytes() {
    return type.isPrimitive() ? 1 : 0;
  }

  @Override
  public String runKind() {
    return "boolean";
  }

  @Override
  public void putAt(Scope scope, CodeBlock value, CodeBlock at) {
    scope.statement("$N.putBoolean($L, $L)", scope.stream(), at, value);
  }

  @Override
  public CodeBlock getAt(Scope scope, CodeBlock at) {
    return CodeBlock.of("$N.getBoolean($L, $L)", scope.stream(), at, scope.field());
  }

  @Override
  public void write(Scope scope, CodeBlock value, boolean nonNull) {
    scope.statement("$N.writeBoolean($L)", scope.stream(), scope.requireNonNull(value, nonNull || type.isPrimitive()));
  }

  @Override
  public CodeBlock read(Scope scope) {
    return CodeBlock.of("$N.readBoolean($L)", scope.stream(), scope.field());
  }
}
