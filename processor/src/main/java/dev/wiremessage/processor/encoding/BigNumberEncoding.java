package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * {@code BigInteger}: minimal two's-complement bytes after their count, as a {@code byte[]}
 * ({@code @Bytes} sets the count and {@code maxBytes}); {@code BigDecimal}: its scale in 4
 * bytes, then its unscaled value so.
 */
public record BigNumberEncoding(boolean decimal, Sized size) implements Encoding {
  public static final ClassName BIG_INTEGER = ClassName.get("java.math", "BigInteger");
  public static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");

  public static BigNumberEncoding create(Site site, boolean decimal) {
    Sized size = Sized.of(site, site.has("Bytes") ? site.encoding() : null, "Bytes");
    return size == null ? null : new BigNumberEncoding(decimal, size);
  }

  @Override
  public TypeName type() {
    return decimal ? BIG_DECIMAL : BIG_INTEGER;
  }

  /** The count and one byte (0 is {@code 00}; no bytes is malformed); a decimal's scale before them. */
  @Override
  public int minBytes() {
    return (decimal ? 4 : 0) + size.minBytes() + 1;
  }

  @Override
  public boolean takesRest() {
    return size.rest();
  }

  @Override
  public void write(Scope scope, CodeBlock value, boolean nonNull) {
    size.write(scope, decimal ? "writeBigDecimal" : "writeBigInteger", scope.requireNonNull(value, nonNull));
  }

  @Override
  public CodeBlock read(Scope scope) {
    return size.read(scope, decimal ? "readBigDecimal" : "readBigInteger");
  }
}
