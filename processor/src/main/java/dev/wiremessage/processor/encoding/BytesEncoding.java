package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/** {@code byte[]}: raw bytes after their count ({@code @Bytes}, default U32 big-endian). */
public record BytesEncoding(Sized size) implements Encoding {

  public static BytesEncoding create(Site site) {
    Sized size = Sized.of(site, site.has("Bytes") ? site.encoding() : null, "Bytes");
    return size == null ? null : new BytesEncoding(size);
  }

  @Override
  public TypeName type() {
    return ArrayTypeName.of(TypeName.BYTE);
  }

  @Override
  public int minBytes() {
    return size.minBytes();
  }

  @Override
  public boolean takesRest() {
    return size.rest();
  }

  @Override
  public void write(Scope scope, CodeBlock value, boolean nonNull) {
    size.write(scope, "writeBytes", scope.requireNonNull(value, nonNull));
  }

  @Override
  public CodeBlock read(Scope scope) {
    return size.read(scope, "readBytes");
  }
}
