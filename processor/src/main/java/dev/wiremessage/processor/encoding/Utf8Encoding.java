package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.processor.support.Ann;

/** {@code String}: strict UTF-8 after its byte length ({@code @Utf8}, default U32 big-endian). */
public record Utf8Encoding(Length length, Endian order) implements Encoding {

  public static Utf8Encoding create(Site site) {
    Ann ann = site.has("Utf8") ? site.encoding() : null;
    if (ann == null) {
      return new Utf8Encoding(Length.U32, Endian.BIG);
    }
    Length length = ann.enumValue("length", Length.class);
    if (!site.checkRest(ann, "length", length, "Utf8")) {
      return null;
    }
    return new Utf8Encoding(length, ann.enumValue("order", Endian.class));
  }

  @Override
  public TypeName type() {
    return ClassName.get(String.class);
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
  public void write(Scope scope, CodeBlock value, boolean nonNull) {
    scope.statement("$N.writeUtf8($L, $T.$L, $T.$L, $L)", scope.stream(), scope.requireNonNull(value, nonNull),
        RuntimeTypes.LENGTH, length, RuntimeTypes.ENDIAN, order, scope.field());
  }

  @Override
  public CodeBlock read(Scope scope) {
    return CodeBlock.of("$N.readUtf8($T.$L, $T.$L, $L)", scope.stream(), RuntimeTypes.LENGTH, length, RuntimeTypes.ENDIAN, order,
        scope.field());
  }
}
