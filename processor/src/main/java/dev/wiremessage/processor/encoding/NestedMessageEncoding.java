package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;

/**
 * A component that is another {@code @WireMessage} record: its payload inline, through its
 * codec on the same writer and reader, which count the nesting depth against the codec's
 * {@code maxDepth}. A {@code Format.JSON} record takes the rest of the payload, and so does a
 * binary record whose last component does ({@code rest}). An evolving record (with
 * {@code @Since} components, or extensible) is written after its payload's byte length, a
 * VARINT, and read inside exactly that many bytes (evolution.md section 3): it never takes the
 * rest.
 *
 * @param minBytes the fewest bytes the nested record takes, its length included
 * @param rest why a binary record takes the rest of the payload, or null when it does not
 * @param evolving whether the record is written after its byte length
 */
public record NestedMessageEncoding(ClassName type, ClassName codec, int minBytes, boolean json, RestTail rest,
    boolean evolving) implements Encoding {

  @Override
  public boolean takesRest() {
    return !evolving && (json || rest != null);
  }

  /**
   * The nested record that makes {@code e} take the rest of the payload (inside an Optional,
   * {@code @Nullable} or a converter's wire side, or a member of a protocol), or null.
   */
  public static NestedMessageEncoding restTaker(Encoding e) {
    if (e instanceof OptionalEncoding o) {
      return restTaker(o.inner());
    } else if (e instanceof NullableEncoding n) {
      return restTaker(n.inner());
    } else if (e instanceof ConverterEncoding c) {
      return restTaker(c.wire());
    } else if (e instanceof ProtocolEncoding p) {
      return p.restTaker();
    }
    return e instanceof NestedMessageEncoding n && n.takesRest() ? n : null;
  }

  /** What takes the rest, as the rest-not-last message names it: "the Format.JSON record Data". */
  public String restWhat() {
    return json ? "the Format.JSON record " + type.simpleName()
        : "the record " + type.simpleName() + " (ending in " + rest.cause() + ")";
  }

  /** What to write instead, after "or ": "give Inner.s a length, e.g. ...". */
  public String restFix() {
    return json ? "send it with a length: @JsonBlob" : rest.fix();
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
