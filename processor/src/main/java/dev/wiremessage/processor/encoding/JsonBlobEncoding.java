package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.processor.support.Ann;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * {@code @JsonBlob}: the value as JSON text through the codec's mapper, framed as a UTF-8
 * string; null is {@code null}. A generic type is built once in a constant.
 *
 * @param typeRef {@code Point.class}, or the name of the constant
 * @param constant the constant holding a generic type, or null
 * @param max the most bytes of JSON text allowed ({@code maxBytes}), or -1 for no limit but the frame's
 */
public record JsonBlobEncoding(TypeName type, CodeBlock typeRef, FieldSpec constant, Length length, Endian order,
    int max) implements Encoding {

  public static JsonBlobEncoding create(Site site, TypeMirror mirror, Types types, NameAllocator constants) {
    Ann ann = site.encoding();
    Length length = ann.enumValue("length", Length.class);
    boolean restOk = site.checkRest(ann, "length", length, "JsonBlob");
    int max = site.max(ann, "maxBytes", length, "bytes");
    if (!restOk || max == Site.INVALID) {
      return null;
    }
    Endian order = ann.enumValue("order", Endian.class);
    TypeName type = TypeName.get(mirror);
    CodeBlock expr = JsonTypeExpr.of(mirror, types);
    if (JsonTypeExpr.isClassLiteral(mirror)) {
      return new JsonBlobEncoding(type, expr, null, length, order, max);
    }
    String name = constants.newName(upperSnake(site.component()) + "_TYPE");
    FieldSpec constant = FieldSpec.builder(RuntimeTypes.TYPE, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(expr)
        .build();
    return new JsonBlobEncoding(type, CodeBlock.of("$N", name), constant, length, order, max);
  }

  static String upperSnake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }

  @Override
  public int minBytes() {
    return Site.headerBytes(length);
  }

  @Override
  public boolean takesRest() {
    return length == Length.REST;
  }

  @Override
  public List<FieldSpec> constants() {
    return constant == null ? List.of() : List.of(constant);
  }

  @Override
  public void write(Scope scope, CodeBlock value, boolean nonNull) {
    scope.statement("$N.writeJson($L, $L, $T.$L, $T.$L, $L$L)", scope.stream(), value, typeRef, RuntimeTypes.LENGTH,
        length, RuntimeTypes.ENDIAN, order, Sized.maxArgument(max), scope.field());
  }

  @Override
  public CodeBlock read(Scope scope) {
    return CodeBlock.of("$N.readJson($L, $T.$L, $T.$L, $L$L)", scope.stream(), typeRef, RuntimeTypes.LENGTH, length,
        RuntimeTypes.ENDIAN, order, Sized.maxArgument(max), scope.field());
  }
}
