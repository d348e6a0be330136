package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.wiremessage.processor.support.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/** An enum without {@code @WireValue} codes: the constant's name as a UTF-8 string ({@code @Utf8}). */
public record EnumNameEncoding(ClassName type, List<String> names, Sized size) implements Encoding {

  public static EnumNameEncoding create(Site site, ClassName type, List<String> names) {
    String enumName = type.simpleName();
    if (site.has("FixedInt") || site.has("Bytes")) {
      Diagnostic d = site.has("FixedInt") ? Diagnostic.FIXED_INT_TYPE : Diagnostic.BYTES_TYPE;
      site.report(d, site.encoding(), null, site.field(), enumName,
          "; enum " + enumName + " has no @WireValue codes, so it is written by name: give every constant a "
              + "@WireValue to write codes, or set the name's length with @Utf8");
      return null;
    }
    Sized size = Sized.of(site, site.encoding(), "Utf8");
    if (size == null) {
      return null;
    }
    String longest = names.stream().max(Comparator.comparingInt(EnumNameEncoding::utf8Length)).orElseThrow();
    if (size.max() >= 0 && utf8Length(longest) > size.max()) {
      site.report(Diagnostic.MAX_BELOW_ENUM_NAME, site.encoding(), "maxBytes", size.max(), site.field(), enumName,
          longest, utf8Length(longest), utf8Length(longest), enumName);
      return null;
    }
    return new EnumNameEncoding(type, names, size);
  }

  private static int utf8Length(String name) {
    return name.getBytes(StandardCharsets.UTF_8).length;
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
    size.write(scope, "writeUtf8", CodeBlock.of("$L.name()", scope.requireNonNull(value, nonNull)));
  }

  @Override
  public CodeBlock read(Scope scope) {
    String name = scope.newLocal("Name");
    scope.statement("String $N = $L", name, size.read(scope, "readUtf8"));
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
