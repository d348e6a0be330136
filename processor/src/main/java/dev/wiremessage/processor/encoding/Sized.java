package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.CodeBlock;
import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.processor.support.Ann;

/**
 * A value written after its size in bytes ({@code @Utf8}, {@code @Bytes}; default U32
 * big-endian), shared by strings, byte arrays and enum names.
 *
 * @param max the most bytes allowed ({@code maxBytes}), or -1 for no limit but the frame's
 */
public record Sized(Length length, Endian order, int max) {
  static final Sized DEFAULT = new Sized(Length.U32, Endian.BIG, -1);

  /** The size that {@code ann} (an {@code @annotation}, or null for the default) gives; null (reported) when REST is not allowed there. */
  static Sized of(Site site, Ann ann, String annotation) {
    if (ann == null) {
      return DEFAULT;
    }
    Length length = ann.enumValue("length", Length.class);
    boolean restOk = site.checkRest(ann, "length", length, annotation);
    int max = site.max(ann, "maxBytes", length, "bytes");
    if (!restOk || max == Site.INVALID) {
      return null;
    }
    return new Sized(length, ann.enumValue("order", Endian.class), max);
  }

  int minBytes() {
    return Site.headerBytes(length);
  }

  boolean rest() {
    return length == Length.REST;
  }

  /** {@code out.<method>(value, Length.X, Endian.Y[, max], "Record.component");} */
  void write(Scope scope, String method, CodeBlock value) {
    scope.statement("$N.$N($L, $T.$L, $T.$L, $L$L)", scope.stream(), method, value, RuntimeTypes.LENGTH, length,
        RuntimeTypes.ENDIAN, order, maxArgument(max), scope.field());
  }

  /** {@code in.<method>(Length.X, Endian.Y[, max], "Record.component")}. */
  CodeBlock read(Scope scope, String method) {
    return CodeBlock.of("$N.$N($T.$L, $T.$L, $L$L)", scope.stream(), method, RuntimeTypes.LENGTH, length,
        RuntimeTypes.ENDIAN, order, maxArgument(max), scope.field());
  }

  /** {@code "64, "} before the field argument of the runtime's overloads that check a maximum; nothing for none. */
  static CodeBlock maxArgument(int max) {
    return max < 0 ? CodeBlock.of("") : CodeBlock.of("$L, ", max);
  }
}
