package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/** {@code String}: strict UTF-8 after its byte length ({@code @Utf8}, default U32 big-endian). */
public record Utf8Encoding(Sized size) implements Encoding {

  public static Utf8Encoding create(Site site) {
    Sized size = Sized.of(site, site.has("Utf8") ? site.encoding() : null, "Utf8");
    return size == null ? null : new Utf8Encoding(size);
  }

  @Override
  public TypeName type() {
    return ClassName.get(String.class);
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
    size.write(scope, "writeUtf8", scope.requireNonNull(value, nonNull));
  }

  @Override
  public CodeBlock read(Scope scope) {
    return size.read(scope, "readUtf8");
  }
}
