package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;

/** {@code Optional<T>}: a presence byte, then the value in {@code inner}'s encoding when present. */
public record OptionalEncoding(TypeName type, Encoding inner) implements Encoding {

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
    String local = scope.local(type, value, nonNull);
    scope.statement("$N.writePresence($N.isPresent())", scope.stream(), local);
    scope.beginControlFlow("if ($N.isPresent())", local);
    Scope body = scope.child(scope.base() + "Value");
    inner.write(body, CodeBlock.of("$N.get()", local), true);
    scope.add(body.code());
    scope.endControlFlow();
  }

  @Override
  public CodeBlock read(Scope scope) {
    Scope body = scope.child(scope.base() + "Value");
    CodeBlock value = inner.read(body);
    if (body.isEmpty()) {
      return CodeBlock.of("$N.readPresence($L) ? $T.of($L) : $T.empty()", scope.stream(), scope.field(), RuntimeTypes.OPTIONAL,
          value, RuntimeTypes.OPTIONAL);
    }
    String local = scope.claimTarget();
    scope.statement("$T $N = $T.empty()", type, local, RuntimeTypes.OPTIONAL);
    scope.beginControlFlow("if ($N.readPresence($L))", scope.stream(), scope.field());
    scope.add(body.code());
    scope.statement("$N = $T.of($L)", local, RuntimeTypes.OPTIONAL, value);
    scope.endControlFlow();
    return CodeBlock.of("$N", local);
  }
}
