package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * {@code T[]} (other than {@code byte[]}): the element count ({@code @Count}), then each element
 * in {@code element}'s encoding.
 */
public record ArrayEncoding(ArrayTypeName type, Encoding element, Counted count) implements Encoding {

  public static ArrayEncoding create(Site site, ArrayTypeName type, Encoding element) {
    Counted count = Counted.create(site, element);
    return count == null ? null : new ArrayEncoding(type, element, count);
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
    String array = scope.local(type, value, nonNull);
    count.writeElements(scope, element, array, CodeBlock.of("$N.length", array));
  }

  @Override
  public CodeBlock read(Scope scope) {
    String n = count.rest() ? null : count.readCount(scope, element.minBytes());
    if (n != null && element.minBytes() > 0) {
      // The count is bounded by the bytes left, so the array can be allocated up front.
      String array = scope.claimTarget();
      Scope body = scope.loopBody(scope.base() + "Item");
      String i = body.newName("i");
      scope.statement("$T $N = $L", type, array, newArray(element.type(), CodeBlock.of("$N", n)));
      scope.beginControlFlow("for (int $N = 0; $N < $N.length; $N++)", i, i, array, i);
      CodeBlock value = element.read(body);
      scope.add(body.code());
      scope.statement("$N[$N] = $L", array, i, value);
      scope.endControlFlow();
      return CodeBlock.of("$N", array);
    }
    if (n == null && element.type().isPrimitive()) {
      // Primitives up to the end of the payload, unboxed: at most one per minBytes of it (REST
      // needs minBytes > 0), so an array of that size holds them, trimmed when they were wider.
      String array = scope.claimTarget();
      String read = scope.newLocal("Count");
      CodeBlock bound = element.minBytes() == 1
          ? CodeBlock.of("$N.remaining()", scope.stream())
          : CodeBlock.of("$N.remaining() / $L", scope.stream(), element.minBytes());
      if (count.max() >= 0) {
        bound = CodeBlock.of("$T.min($L, $L)", Math.class, bound, count.max());
      }
      scope.statement("$T $N = $L", type, array, newArray(element.type(), bound));
      scope.statement("int $N = 0", read);
      Scope body = scope.loopBody(scope.base() + "Item");
      count.beginLoop(scope, body, null, CodeBlock.of("$N", read));
      CodeBlock value = element.read(body);
      scope.add(body.code());
      scope.statement("$N[$N++] = $L", array, read, value);
      scope.endControlFlow();
      scope.beginControlFlow("if ($N < $N.length)", read, array);
      scope.statement("$N = $T.copyOf($N, $N)", array, RuntimeTypes.ARRAYS, array, read);
      scope.endControlFlow();
      return CodeBlock.of("$N", array);
    }
    // Objects up to the end, or of no minimum size: collected first (an array sized by the
    // bytes left could hold a reference per byte), then copied.
    String list = scope.newLocal("List");
    String array = scope.claimTarget();
    scope.statement("$T $N = new $T<>()", ParameterizedTypeName.get(RuntimeTypes.LIST, element.type().box()), list,
        RuntimeTypes.ARRAY_LIST);
    Scope body = scope.loopBody(scope.base() + "Item");
    count.beginLoop(scope, body, n, CodeBlock.of("$N.size()", list));
    CodeBlock value = element.read(body);
    scope.add(body.code());
    scope.statement("$N.add($L)", list, value);
    scope.endControlFlow();
    String i = scope.loopBody(scope.base()).newName("i");
    scope.statement("$T $N = $L", type, array, newArray(element.type(), CodeBlock.of("$N.size()", list)));
    scope.beginControlFlow("for (int $N = 0; $N < $N.length; $N++)", i, i, array, i);
    scope.statement("$N[$N] = $N.get($N)", array, i, list, i);
    scope.endControlFlow();
    return CodeBlock.of("$N", array);
  }

  /** {@code new int[n]}, {@code new int[n][]} for an element type that is itself an array. */
  static CodeBlock newArray(TypeName element, CodeBlock size) {
    int dims = 0;
    TypeName t = element;
    while (t instanceof ArrayTypeName a) {
      dims++;
      t = a.componentType();
    }
    return CodeBlock.of("new $T[$L]$L", t, size, "[]".repeat(dims));
  }
}
