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
 * @param required whether the JSON text {@code null} is malformed: for a primitive, and for the value
 *     of a present {@code Optional} or {@code @Nullable} (the presence byte already said "present")
 */
public record JsonBlobEncoding(TypeName type, CodeBlock typeRef, FieldSpec constant, Length length, Endian order,
    int max, boolean required) implements Encoding {

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
      return new JsonBlobEncoding(type, expr, null, length, order, max, type.isPrimitive());
    }
    String name = constants.newName(upperSnake(site.component()) + "_TYPE");
    FieldSpec constant = FieldSpec.builder(RuntimeTypes.TYPE, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(expr)
        .build();
    return new JsonBlobEncoding(type, CodeBlock.of("$N", name), constant, length, order, max, type.isPrimitive());
  }

  /** This encoding for a value that a presence byte said is there: JSON {@code null} is malformed. */
  public JsonBlobEncoding asRequired() {
    return new JsonBlobEncoding(type, typeRef, constant, length, order, max, true);
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
    return CodeBlock.of("$N.$N($L, $T.$L, $T.$L, $L$L)", scope.stream(), required ? "readJsonNonNull" : "readJson", typeRef,
        RuntimeTypes.LENGTH, length, RuntimeTypes.ENDIAN, order, Sized.maxArgument(max), scope.field());
  }
}
