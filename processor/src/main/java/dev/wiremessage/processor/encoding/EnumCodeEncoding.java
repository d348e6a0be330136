package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.wiremessage.Endian;
import dev.wiremessage.processor.support.Ann;
import dev.wiremessage.processor.support.Diagnostic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An enum whose every constant has {@code @WireValue}: the code, written like an {@code int}
 * (4 bytes big-endian signed, or the component's {@code @FixedInt}). Never the ordinal.
 */
public record EnumCodeEncoding(ClassName type, List<Constant> values, int bytes, Endian order, boolean unsigned)
    implements Encoding {

  /** An enum constant and its code. */
  public record Constant(String name, int code) {}

  public static EnumCodeEncoding create(Site site, ClassName type, List<Constant> constants) {
    String enumName = type.simpleName();
    if (site.has("Utf8") || site.has("Bytes")) {
      Diagnostic d = site.has("Utf8") ? Diagnostic.UTF8_TYPE : Diagnostic.BYTES_TYPE;
      site.report(d, site.encoding(), null, site.field(), enumName,
          "; enum " + enumName + " is written as its @WireValue code: set the code's width with @FixedInt(bytes = N)");
      return null;
    }
    Map<Integer, String> seen = new HashMap<>();
    boolean ok = true;
    for (Constant c : constants) {
      String other = seen.putIfAbsent(c.code(), c.name());
      if (other != null) {
        site.report(Diagnostic.ENUM_DUPLICATE_CODES, enumName, c.code(), other, c.name());
        ok = false;
      }
    }
    Ann ann = site.encoding();
    int bytes = 4;
    Endian order = Endian.BIG;
    boolean unsigned = false;
    if (ann != null) {
      bytes = ann.intValue("bytes");
      if (!FixedIntEncoding.checkBytes(site, ann, bytes, 4, "int (the codes of enum " + enumName + ")")) {
        return null;
      }
      order = ann.enumValue("order", Endian.class);
      unsigned = ann.booleanValue("unsigned");
    }
    long min = unsigned ? 0 : -(1L << (8 * bytes - 1));
    long max = unsigned ? (1L << (8 * bytes)) - 1 : (1L << (8 * bytes - 1)) - 1;
    for (Constant c : constants) {
      if (c.code() < min || c.code() > max) {
        int need = widthFor(c.code(), unsigned);
        String width = (unsigned ? "unsigned " : "") + bytes + (bytes == 1 ? " byte" : " bytes");
        site.reporter().report(Diagnostic.ENUM_CODE_RANGE, site.element(), ann, "bytes", enumName, c.code(), c.name(),
            width, site.field(), min, max, need, unsigned ? ", unsigned = true" : "");
        ok = false;
      }
    }
    return ok ? new EnumCodeEncoding(type, constants, bytes, order, unsigned) : null;
  }

  private static int widthFor(int code, boolean unsigned) {
    for (int n = 1; n < 4; n++) {
      long min = unsigned ? 0 : -(1L << (8 * n - 1));
      long max = unsigned ? (1L << (8 * n)) - 1 : (1L << (8 * n - 1)) - 1;
      if (code >= min && code <= max) {
        return n;
      }
    }
    return 4;
  }

  @Override
  public int minBytes() {
    return bytes;
  }

  @Override
  public void write(Scope scope, CodeBlock value, boolean nonNull) {
    String code = scope.newLocal("Code");
    CodeBlock.Builder cases = CodeBlock.builder();
    for (Constant c : values) {
      cases.add("case $N -> $L;\n", c.name(), c.code());
    }
    scope.add(CodeBlock.of("int $N = switch ($L) {\n$>$L$<};\n", code, scope.requireNonNull(value, nonNull), cases.build()));
    FixedIntEncoding.writeInt(scope, CodeBlock.of("$N", code), bytes, 4, order, unsigned);
  }

  @Override
  public CodeBlock read(Scope scope) {
    String code = scope.newLocal("Code");
    scope.statement("int $N = $L", code, FixedIntEncoding.readInt(scope, TypeName.INT, bytes, order, unsigned));
    CodeBlock.Builder cases = CodeBlock.builder();
    for (Constant c : values) {
      cases.add("case $L -> $T.$N;\n", c.code(), type, c.name());
    }
    // An unsigned code of 4 bytes is held in an int: above 2^31 - 1 it is negative, shown as read.
    CodeBlock shown = unsigned && bytes == 4 ? CodeBlock.of("$T.toUnsignedString($N)", Integer.class, code)
        : CodeBlock.of("$N", code);
    cases.add("default -> throw $N.malformed($L, $S + $L);\n", scope.stream(), scope.field(), "unknown code ", shown);
    String result = scope.claimTarget();
    scope.add(CodeBlock.of("$T $N = switch ($N) {\n$>$L$<};\n", type, result, code, cases.build()));
    return CodeBlock.of("$N", result);
  }
}
