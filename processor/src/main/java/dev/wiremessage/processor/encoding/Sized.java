package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.CodeBlock;
import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.processor.support.Ann;

/**
 * A value written after its size in bytes ({@code @Utf8}, {@code @Bytes}; default U32
 * big-endian), shared by strings, byte arrays and enum names.
 */
record Sized(Length length, Endian order) {
  static final Sized DEFAULT = new Sized(Length.U32, Endian.BIG);

  /** The size that {@code ann} (an {@code @annotation}, or null for the default) gives; null (reported) when REST is not allowed there. */
  static Sized of(Site site, Ann ann, String annotation) {
    if (ann == null) {
      return DEFAULT;
    }
    Length length = ann.enumValue("length", Length.class);
    if (!site.checkRest(ann, "length", length, annotation)) {
      return null;
    }
    return new Sized(length, ann.enumValue("order", Endian.class));
  }

  int minBytes() {
    return Site.headerBytes(length);
  }

  boolean rest() {
    return length == Length.REST;
  }

  /** {@code out.<method>(value, Length.X, Endian.Y, "Record.component");} */
  void write(Scope scope, String method, CodeBlock value) {
    scope.statement("$N.$N($L, $T.$L, $T.$L, $L)", scope.stream(), method, value, RuntimeTypes.LENGTH, length,
        RuntimeTypes.ENDIAN, order, scope.field());
  }

  /** {@code in.<method>(Length.X, Endian.Y, "Record.component")}. */
  CodeBlock read(Scope scope, String method) {
    return CodeBlock.of("$N.$N($T.$L, $T.$L, $L)", scope.stream(), method, RuntimeTypes.LENGTH, length,
        RuntimeTypes.ENDIAN, order, scope.field());
  }
}
