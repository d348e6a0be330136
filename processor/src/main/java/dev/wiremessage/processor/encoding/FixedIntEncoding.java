package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.wiremessage.Endian;
import dev.wiremessage.processor.support.Ann;
import dev.wiremessage.processor.support.Diagnostic;

/**
 * {@code byte short int long} and their boxes: {@code @FixedInt(bytes, order, unsigned)}, or the
 * type's own width, big-endian, signed. An unsigned value as wide as its type is its bit pattern.
 */
public record FixedIntEncoding(TypeName type, TypeName primitive, int bytes, Endian order, boolean unsigned)
    implements Encoding {

  public static FixedIntEncoding create(Site site, TypeName type) {
    TypeName primitive = type.isBoxedPrimitive() ? type.unbox() : type;
    int width = widthOf(primitive);
    Ann ann = site.has("FixedInt") ? site.encoding() : null;
    if (ann == null) {
      return new FixedIntEncoding(type, primitive, width, Endian.BIG, false);
    }
    int bytes = ann.intValue("bytes");
    if (!checkBytes(site, ann, bytes, width, primitive.toString())) {
      return null;
    }
    return new FixedIntEncoding(type, primitive, bytes, ann.enumValue("order", Endian.class), ann.booleanValue("unsigned"));
  }

  /** Reports a width outside 1..8 or wider than the Java type; returns whether it is fine. */
  static boolean checkBytes(Site site, Ann ann, int bytes, int width, String typeName) {
    if (bytes < 1 || bytes > 8) {
      site.report(Diagnostic.FIXED_INT_BYTES, ann, "bytes", bytes, site.field(), width, Math.max(1, Math.min(bytes, width)));
      return false;
    }
    if (bytes > width) {
      site.report(Diagnostic.FIXED_INT_TOO_WIDE, ann, "bytes", bytes, site.field(), typeName, width, width);
      return false;
    }
    return true;
  }

  static int widthOf(TypeName primitive) {
    if (primitive.equals(TypeName.BYTE)) {
      return 1;
    } else if (primitive.equals(TypeName.SHORT) || primitive.equals(TypeName.CHAR)) {
      return 2;
    } else if (primitive.equals(TypeName.INT)) {
      return 4;
    }
    return 8;
  }

  /** Writes an integer expression in {@code bytes}, as the signedness and width say. */
  static void writeInt(Scope scope, CodeBlock v, int bytes, int width, Endian order, boolean unsigned) {
    if (unsigned && bytes == width) {
      scope.statement("$N.writeBits($L, $L, $T.$L)", scope.stream(), v, bytes, RuntimeTypes.ENDIAN, order);
    } else {
      scope.statement("$N.$L($L, $L, $T.$L, $L)", scope.stream(), unsigned ? "writeUnsigned" : "writeSigned", v, bytes,
          RuntimeTypes.ENDIAN, order, scope.field());
    }
  }

  /** Reads an integer of {@code bytes}, cast to {@code primitive} unless it is long. */
  static CodeBlock readInt(Scope scope, TypeName primitive, int bytes, Endian order, boolean unsigned) {
    CodeBlock call = CodeBlock.of("$N.$L($L, $T.$L, $L)", scope.stream(), unsigned ? "readUnsigned" : "readSigned", bytes,
        RuntimeTypes.ENDIAN, order, scope.field());
    return primitive.equals(TypeName.LONG) ? call : CodeBlock.of("($T) $L", primitive, call);
  }

  /** {@link #writeInt} at index {@code at} of a run; a value as wide as its field needs no range check. */
  static void putInt(Scope scope, CodeBlock v, CodeBlock at, int bytes, int width, Endian order, boolean unsigned) {
    if (bytes == width) {
      scope.statement("$N.putBits($L, $L, $L, $T.$L)", scope.stream(), at, v, bytes, RuntimeTypes.ENDIAN, order);
    } else {
      scope.statement("$N.$L($L, $L, $L, $T.$L, $L)", scope.stream(), unsigned ? "putUnsigned" : "putSigned", at, v,
          bytes, RuntimeTypes.ENDIAN, order, scope.field());
    }
  }

  /** {@link #readInt} at index {@code at} of a run. */
  static CodeBlock getInt(Scope scope, CodeBlock at, TypeName primitive, int bytes, Endian order, boolean unsigned) {
    CodeBlock call = CodeBlock.of("$N.$L($L, $L, $T.$L)", scope.stream(), unsigned ? "getUnsigned" : "getSigned", at,
        bytes, RuntimeTypes.ENDIAN, order);
    return primitive.equals(TypeName.LONG) ? call : CodeBlock.of("($T) $L", primitive, call);
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
    putInt(scope, value, at, bytes, widthOf(primitive), order, unsigned);
  }

  @Override
  public CodeBlock getAt(Scope scope, CodeBlock at) {
    return getInt(scope, at, primitive, bytes, order, unsigned);
  }

  @Override
  public void write(Scope scope, CodeBlock value, boolean nonNull) {
    writeInt(scope, scope.requireNonNull(value, nonNull || type.isPrimitive()), bytes, widthOf(primitive), order, unsigned);
  }

  @Override
  public CodeBlock read(Scope scope) {
    return readInt(scope, primitive, bytes, order, unsigned);
  }
}
