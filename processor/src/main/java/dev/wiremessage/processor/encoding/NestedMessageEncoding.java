package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.wiremessage.processor.support.Diagnostic;

/**
 * A component that is another {@code @WireMessage} record: its payload inline, through its
 * codec on the same writer and reader, which count the nesting depth against the codec's
 * {@code maxDepth}. A {@code Format.JSON} record takes the rest of the payload. An evolving
 * record (with {@code @Since} components, or extensible) is written after its payload's byte
 * length, a VARINT, and read inside exactly that many bytes (evolution.md section 3).
 *
 * @param minBytes the fewest bytes the nested record takes, its length included
 * @param evolving whether the record is written after its byte length
 */
public record NestedMessageEncoding(ClassName type, ClassName codec, int minBytes, boolean json, boolean evolving)
    implements Encoding {

  public static NestedMessageEncoding create(Site site, ClassName type, ClassName codec, int minBytes, boolean json,
      boolean evolving) {
    if (json && !evolving && site.inElement()) {
      site.report(Diagnostic.REST_IN_ELEMENT, "the Format.JSON record " + type.simpleName(), site.field(),
          "Send each element with a length: @JsonBlob, or make " + type.simpleName() + " a binary record");
      return null;
    }
    if (json && !evolving && !site.last()) {
      site.report(Diagnostic.REST_NOT_LAST, "the Format.JSON record " + type.simpleName(), site.field(), site.component(),
          "send it with a length: @JsonBlob");
      return null;
    }
    return new NestedMessageEncoding(type, codec, minBytes, json, evolving);
  }

  @Override
  public boolean takesRest() {
    return json && !evolving;
  }

  @Override
  public void write(Scope scope, CodeBlock value, boolean nonNull) {
    scope.statement("$N.$N($T.INSTANCE, $L, $L)", scope.stream(), evolving ? "writeMessageWithLength" : "writeMessage",
        codec, scope.requireNonNull(value, nonNull), scope.field());
  }

  @Override
  public CodeBlock read(Scope scope) {
    return CodeBlock.of("$N.$N($T.INSTANCE, $L)", scope.stream(), evolving ? "readMessageWithLength" : "readMessage",
        codec, scope.field());
  }
}
