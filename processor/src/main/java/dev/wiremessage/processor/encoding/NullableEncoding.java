package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;

/** A {@code @Nullable} reference: a presence byte, then the value in {@code inner}'s encoding when not null. */
public record NullableEncoding(Encoding inner) implements Encoding {

  @Override
  public TypeName type() {
    return inner.type();
  }

  @Override
  public int minBytes() {
    return 1;
  }

  @Override
  public boolean takesRest() {
    return inner.takesRest();
  }

  @Override
  public List<FieldSpec> constants() {
    return inner.constants();
  }

  @Override
  public void write(Scope scope, CodeBlock value, boolean nonNull) {
    String local = scope.local(type(), value, true);
    scope.statement("$N.writePresence($N != null)", scope.stream(), local);
    scope.beginControlFlow("if ($N != null)", local);
    Scope body = scope.child(scope.base() + "Value");
    inner.write(body, CodeBlock.of("$N", local), true);
    scope.add(body.code());
    scope.endControlFlow();
  }

  @Override
  public CodeBlock read(Scope scope) {
    Scope body = scope.child(scope.base() + "Value");
    CodeBlock value = inner.read(body);
    if (body.isEmpty()) {
      return CodeBlock.of("$N.readPresence($L) ? $L : null", scope.stream(), scope.field(), value);
    }
    String local = scope.claimTarget();
    scope.statement("$T $N = null", type(), local);
    scope.beginControlFlow("if ($N.readPresence($L))", scope.stream(), scope.field());
    scope.add(body.code());
    scope.statement("$N = $L", local, value);
    scope.endControlFlow();
    return CodeBlock.of("$N", local);
  }
}
