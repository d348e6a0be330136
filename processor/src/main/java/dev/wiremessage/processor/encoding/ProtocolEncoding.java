package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import java.util.List;

/**
 * A component whose type is a {@code @WireProtocol} sealed interface: the member's tag as the
 * protocol says, then the member nested as any {@code @WireMessage} record is (inline, or after
 * its byte length when it is evolving). The dispatch is written into the codec itself, so the
 * nesting rules of records hold for each member: a member whose payload runs to the end makes
 * the protocol take the rest of the payload.
 *
 * @param type the protocol interface
 * @param tag the protocol's tag, not REST
 * @param members its {@code @WireMessage(id)} records, in permits order
 */
public record ProtocolEncoding(ClassName type, Length tag, Endian order, List<Member> members) implements Encoding {

  /** A member record and its tag. */
  public record Member(long id, NestedMessageEncoding message) {}

  public ProtocolEncoding {
    members = List.copyOf(members);
  }

  @Override
  public int minBytes() {
    return Site.headerBytes(tag) + members.stream().mapToInt(m -> m.message().minBytes()).min().orElse(0);
  }

  @Override
  public boolean takesRest() {
    return restTaker() != null;
  }

  /** The first member whose payload runs to the end of the payload, or null. */
  public NestedMessageEncoding restTaker() {
    return members.stream().map(Member::message).filter(NestedMessageEncoding::takesRest).findFirst().orElse(null);
  }

  @Override
  public void write(Scope scope, CodeBlock value, boolean nonNull) {
    String local = scope.local(type, value, nonNull);
    boolean first = true;
    for (Member m : members) {
      String member = scope.newLocal(m.message().type().simpleName());
      String condition = "if ($N instanceof $T $N)";
      if (first) {
        scope.beginControlFlow(condition, local, m.message().type(), member);
      } else {
        scope.nextControlFlow("else " + condition, local, m.message().type(), member);
      }
      first = false;
      scope.statement("$N.writeTag($L, $T.$L, $T.$L)", scope.stream(), m.id(), RuntimeTypes.LENGTH, tag,
          RuntimeTypes.ENDIAN, order);
      m.message().write(scope, CodeBlock.of("$N", member), true);
    }
    if (!first) {
      scope.nextControlFlow("else");
    }
    // a subtype the interface permits now but did not when this codec was generated: an encode error
    scope.statement("throw $T.encodeError($L, $S + $N.getClass().getName())", RuntimeTypes.PAYLOAD_WRITER,
        scope.field(), "not a member of " + type.simpleName() + " when this codec was generated: ", local);
    if (!first) {
      scope.endControlFlow();
    }
  }

  @Override
  public CodeBlock read(Scope scope) {
    String tagLocal = scope.newLocal("Tag");
    scope.statement("long $N = $N.readTag($T.$L, $T.$L, $L)", tagLocal, scope.stream(), RuntimeTypes.LENGTH, tag,
        RuntimeTypes.ENDIAN, order, scope.field());
    String local = scope.claimTarget();
    scope.statement("$T $N", type, local);
    boolean first = true;
    for (Member m : members) {
      if (first) {
        scope.beginControlFlow("if ($N == $L)", tagLocal, m.id());
      } else {
        scope.nextControlFlow("else if ($N == $L)", tagLocal, m.id());
      }
      first = false;
      scope.statement("$N = $L", local, m.message().read(scope));
    }
    if (!first) {
      scope.nextControlFlow("else");
    }
    scope.statement("throw $N.malformed($L, \"unknown tag \" + $N + \" of $L\")", scope.stream(), scope.field(),
        tagLocal, type.simpleName());
    if (!first) {
      scope.endControlFlow();
    }
    return CodeBlock.of("$N", local);
  }
}
