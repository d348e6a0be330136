package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.processor.support.Ann;

/** {@code byte[]}: raw bytes after their count ({@code @Bytes}, default U32 big-endian). */
public record BytesEncoding(Length length, Endian order) implements Encoding {

  public static BytesEncoding create(Site site) {
    Ann ann = site.has("Bytes") ? site.encoding() : null;
    if (ann == null) {
      return new BytesEncoding(Length.U32, Endian.BIG);
    }
    Length length = ann.enumValue("length", Length.class);
    if (!site.checkRest(ann, "length", length, "Bytes")) {
      return null;
    }
    return new BytesEncoding(length, ann.enumValue("order", Endian.class));
  }

  @Override
  public TypeName type() {
    return ArrayTypeName.of(TypeName.BYTE);
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
    scope.statement("$N.writeBytes($L, $T.$L, $T.$L, $L)", scope.stream(), scope.requireNonNull(value, nonNull),
        RuntimeTypes.LENGTH, length, RuntimeTypes.ENDIAN, order, scope.field());
  }

  @Override
  public CodeBlock read(Scope scope) {
    return CodeBlock.of("$N.readBytes($T.$L, $T.$L, $L)", scope.stream(), RuntimeTypes.LENGTH, length, RuntimeTypes.ENDIAN, order,
        scope.field());
  }
}
