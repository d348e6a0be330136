package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.processor.support.Ann;
import dev.wiremessage.processor.support.Diagnostic;
import java.util.List;

/** An enum without {@code @WireValue} codes: the constant's name as a UTF-8 string ({@code @Utf8}). */
public record EnumNameEncoding(ClassName type, List<String> names, Length length, Endian order) implements Encoding {

  public static EnumNameEncoding create(Site site, ClassName type, List<String> names) {
    String enumName = type.simpleName();
    if (site.has("FixedInt") || site.has("Bytes")) {
      Diagnostic d = site.has("FixedInt") ? Diagnostic.FIXED_INT_TYPE : Diagnostic.BYTES_TYPE;
      site.report(d, site.encoding(), null, site.field(), enumName,
          "; enum " + enumName + " has no @WireValue codes, so it is written by name: give every constant a "
              + "@WireValue to write codes, or set the name's length with @Utf8");
      return null;
    }
    Ann ann = site.encoding();
    if (ann == null) {
      return new EnumNameEncoding(type, names, Length.U32, Endian.BIG);
    }
    Length length = ann.enumValue("length", Length.class);
    if (!site.checkRest(ann, "length", length, "Utf8")) {
      return null;
    }
    return new EnumNameEncoding(type, names, length, ann.enumValue("order", Endian.class));
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
    scope.statement("$N.writeUtf8($L.name(), $T.$L, $T.$L, $L)", scope.stream(), scope.requireNonNull(value, nonNull),
        RuntimeTypes.LENGTH, length, RuntimeTypes.ENDIAN, order, scope.field());
  }

  @Override
  public CodeBlock read(Scope scope) {
    String name = scope.newLocal("Name");
    scope.statement("String $N = $N.readUtf8($T.$L, $T.$L, $L)", name, scope.stream(), RuntimeTypes.LENGTH, length,
        RuntimeTypes.ENDIAN, order, scope.field());
    CodeBlock.Builder cases = CodeBlock.builder();
    for (String n : names) {
      cases.add("case $S -> $T.$N;\n", n, type, n);
    }
    cases.add("default -> throw $N.malformed($L, $S + $N);\n", scope.stream(), scope.field(), "unknown name ", name);
    String result = scope.claimTarget();
    scope.add(CodeBlock.of("$T $N = switch ($N) {\n$>$L$<};\n", type, result, name, cases.build()));
    return CodeBlock.of("$N", result);
  }
}
