package dev.wiremessage.processor.writer;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.wiremessage.processor.encoding.RuntimeTypes;
import dev.wiremessage.processor.model.ProtocolModel;

/** Writes the codec of one {@code @WireProtocol} interface: a tag, then the member's payload. */
public final class ProtocolWriter {
  private ProtocolWriter() {}

  /** The codec of {@code p}; {@code generated}: with {@code @Generated} (see {@code GeneratedAnnotation}). */
  public static JavaFile write(ProtocolModel p, boolean generated) {
    TypeSpec type = CodecWriter.skeleton(p.codec(), p.type(), p.framing(), p.element(), generated)
        .addMethod(encode(p))
        .addMethod(decode(p))
        .build();
    return CodecWriter.file(p.codec(), type);
  }

  private static MethodSpec encode(ProtocolModel p) {
    NameAllocator names = ReservedNames.of(p);
    MethodSpec.Builder method = CodecWriter.encodeMethod(p.type(), names);
    String message = names.get("message");
    String out = names.get("out");
    boolean first = true;
    for (ProtocolModel.Member member : p.members()) {
      String local = names.clone().newName(decapitalize(member.type().simpleName()));
      String condition = "if ($N instanceof $T $N)";
      if (first) {
        method.beginControlFlow(condition, message, member.type(), local);
      } else {
        method.nextControlFlow("else " + condition, message, member.type(), local);
      }
      first = false;
      method.addStatement("$N.writeTag($L, $L, $L)", out, member.id(), CodecWriter.length(p.tag()),
          CodecWriter.endian(p.order()));
      method.addStatement("$N.writeMember($T.INSTANCE, $N)", out, member.codec(), local);
    }
    if (!first) {
      method.nextControlFlow("else");
    }
    // a subtype the interface permits now but did not when this codec was generated
    method.addStatement("throw $T.encodeError($S, $S + $N.getClass().getName())", RuntimeTypes.PAYLOAD_WRITER,
        p.simpleName(), "not a permitted subtype when this codec was generated: ", message);
    if (!first) {
      method.endControlFlow();
    }
    return method.build();
  }

  private static MethodSpec decode(ProtocolModel p) {
    NameAllocator names = ReservedNames.of(p);
    MethodSpec.Builder method = CodecWriter.decodeMethod(p.type(), names);
    String in = names.get("in");
    String tag = names.newName("tag");
    method.addStatement("long $N = $N.readTag($L, $L, $S)", tag, in, CodecWriter.length(p.tag()),
        CodecWriter.endian(p.order()), p.simpleName());
    for (ProtocolModel.Member member : p.members()) {
      method.beginControlFlow("if ($N == $L)", tag, member.id())
          .addStatement("return $N.readMember($T.INSTANCE)", in, member.codec())
          .endControlFlow();
    }
    return method.addStatement("throw $N.malformed($S, $S + $N)", in, p.simpleName(), "unknown tag ", tag).build();
  }

  private static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
