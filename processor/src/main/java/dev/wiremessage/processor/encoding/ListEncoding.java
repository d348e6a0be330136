package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * {@code List<T>}: the element count ({@code @Count}), then each element in {@code element}'s
 * encoding. Decoded lists are unmodifiable.
 */
public record ListEncoding(TypeName type, Encoding element, Counted count) implements Encoding {

  public static ListEncoding create(Site site, TypeName type, Encoding element) {
    Counted count = Counted.create(site, element);
    return count == null ? null : new ListEncoding(type, element, count);
  }

  @Override
  public int minBytes() {
    return count.minBytes();
  }

  @Override
  public boolean takesRest() {
    return count.rest();
  }

  @Override
  public List<FieldSpec> constants() {
    return element.constants();
  }

  @Override
  public void write(Scope scope, CodeBlock value, boolean nonNull) {
    String list = scope.local(type, value, nonNull);
    count.writeElements(scope, element, list, CodeBlock.of("$N.size()", list));
  }

  @Override
  public CodeBlock read(Scope scope) {
    String n = count.rest() ? null : count.readCount(scope, element.minBytes());
    String list = scope.newLocal("List");
    if (n != null && element.minBytes() > 0) {
      scope.statement("$T $N = new $T<>($N)", type, list, RuntimeTypes.ARRAY_LIST, n);
    } else {
      scope.statement("$T $N = new $T<>()", type, list, RuntimeTypes.ARRAY_LIST);
    }
    Scope body = scope.loopBody(scope.base() + "Item");
    count.beginLoop(scope, body, n, CodeBlock.of("$N.size()", list));
    CodeBlock value = element.read(body);
    scope.add(body.code());
    scope.statement("$N.add($L)", list, value);
    scope.endControlFlow();
    return CodeBlock.of("$T.unmodifiableList($N)", RuntimeTypes.COLLECTIONS, list);
  }
}
