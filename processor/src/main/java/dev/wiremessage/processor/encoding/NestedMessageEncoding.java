package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.wiremessage.processor.support.Diagnostic;

/**
 * A component that is another {@code @WireMessage} record: its payload inline, through its
 * codec on the same writer and reader, which count the nesting depth against the codec's
 * {@code maxDepth}. A {@code Format.JSON} record takes the rest of the payload.
 */
public record NestedMessageEncoding(ClassName type, ClassName codec, int minBytes, boolean json) implements Encoding {

  public static NestedMessageEncoding create(Site site, ClassName type, ClassName codec, int minBytes, boolean json) {
    if (json && site.inElement()) {
      site.report(Diagnostic.REST_IN_ELEMENT, "the Format.JSON record " + type.simpleName(), site.field(),
          "Send each element with a length: @JsonBlob, or make " + type.simpleName() + " a binary record");
      return null;
    }
    if (json && !site.last()) {
      site.report(Diagnostic.REST_NOT_LAST, "the Format.JSON record " + type.simpleName(), site.field(), site.component(),
          "send it with a length: @JsonBlob");
      return null;
    }
    return new NestedMessageEncoding(type, codec, minBytes, json);
  }

  @Override
  public boolean takesRest() {
    return json;
  }

  @Override
  public void write(Scope scope, CodeBlock value, boolean nonNull) {
    scope.statement("$N.writeMessage($T.INSTANCE, $L, $L)", scope.stream(), codec, scope.requireNonNull(value, nonNull),
        scope.field());
  }

  @Override
  public CodeBlock read(Scope scope) {
    return CodeBlock.of("$N.readMessage($T.INSTANCE, $L)", scope.stream(), codec, scope.field());
  }
}
