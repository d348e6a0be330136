package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.wiremessage.Endian;
import dev.wiremessage.processor.support.Ann;

/** {@code char} and {@code Character}: always unsigned, 2 bytes unless {@code @FixedInt(bytes = 1)}. */
public record CharEncoding(TypeName type, int bytes, Endian order) implements Encoding {

  public static CharEncoding create(Site site, TypeName type) {
    Ann ann = site.has("FixedInt") ? site.encoding() : null;
    if (ann == null) {
      return new CharEncoding(type, 2, Endian.BIG);
    }
    int bytes = ann.intValue("bytes");
    if (!FixedIntEncoding.checkBytes(site, ann, bytes, 2, "char")) {
      return null;
    }
    return new CharEncoding(type, bytes, ann.enumValue("order", Endian.class));
  }

  @Override
  public int minBytes() {
    return bytes;
  }

  @Override
  public int runBytes() {
    return type.isPrimitive() ? bytes : 0;
  }

  @Override
  public void putAt(Scope scope, CodeBlock value, CodeBlock at) {
    FixedIntEncoding.putInt(scope, value, at, bytes, 2, order, true);
  }

  @Override
  public CodeBlock getAt(Scope scope, CodeBlock at) {
    return FixedIntEncoding.getInt(scope, at, TypeName.CHAR, bytes, order, true);
  }

  @Override
  public void write(Scope scope, CodeBlock value, boolean nonNull) {
    FixedIntEncoding.writeInt(scope, scope.requireNonNull(value, nonNull || type.isPrimitive()), bytes, 2, order, true);
  }

  @Override
  public CodeBlock read(Scope scope) {
    return FixedIntEncoding.readInt(scope, TypeName.CHAR, bytes, order, true);
  }
}
