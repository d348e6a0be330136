package dev.wiremessage.processor.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.wiremessage.Endian;
import dev.wiremessage.Format;
import dev.wiremessage.Length;
import dev.wiremessage.processor.encoding.Scope;
import dev.wiremessage.processor.model.ComponentModel;
import dev.wiremessage.processor.model.MessageModel;
import dev.wiremessage.processor.support.Naming;
import java.util.ArrayList;
import java.util.List;

/** Writes the codec of one {@code @WireMessage} record. */
public final class MessageWriter {
  private MessageWriter() {}

  /** The codec of {@code m}; {@code generated}: with {@code @Generated} (see {@code GeneratedAnnotation}). */
  public static JavaFile write(MessageModel m, boolean generated) {
    TypeSpec.Builder skeleton = CodecWriter.skeleton(m.codec(), m.type(), m.framing(), m.element(), generated);
    if (m.protocol() != null) {
      // a member's own codec is not what its protocol's stream carries: say so where it is used
      skeleton.addJavadoc("The frames of {@link $T} alone, with no tag, in its own framing:\n", m.type());
      skeleton.addJavadoc("{@code $L}.\n", CodecWriter.framing(m.framing()));
      skeleton.addJavadoc("A member of the protocol {@link $T}, whose frames (its framing, the tag, then\n", m.protocol());
      skeleton.addJavadoc("the payload) are read and written with {@link $T}.\n", Naming.codecOf(m.protocol()));
    }
    if (m.jsonBody() != null) {
      return CodecWriter.file(m.codec(), JsonCodecWriter.addTo(skeleton, m, m.jsonBody()).build());
    }
    TypeSpec type = skeleton
        .addFields(m.constants())
        .addMethod(m.format() == Format.JSON ? encodeJson(m) : encode(m))
        .addMethod(m.format() == Format.JSON ? decodeJson(m) : decode(m))
        .build();
    return CodecWriter.file(m.codec(), type);
  }

  private static MethodSpec encode(MessageModel m) {
    NameAllocator names = ReservedNames.of(m);
    MethodSpec.Builder method = CodecWriter.encodeMethod(m.type(), names);
    List<ComponentModel> cs = m.components();
    String out = names.get("out");
    for (int i = 0; i < cs.size(); ) {
      int end = runEnd(cs, i);
      if (end > i) { // one room check for the run, each component put at its offset
        String at = names.newName(cs.get(i).name() + "At");
        method.addStatement("int $N = $N.claim($L)", at, out, runBytes(cs, i, end));
        for (int k = i, offset = 0; k < end; offset += cs.get(k).encoding().runBytes(), k++) {
          ComponentModel c = cs.get(k);
          Scope scope = new Scope(names, out, c.field(), c.name(), null);
          c.encoding().putAt(scope, CodeBlock.of("$N.$N()", names.get("message"), c.name()), offset(at, offset));
          method.addCode(scope.code());
        }
        i = end;
        continue;
      }
      ComponentModel c = cs.get(i++);
      Scope scope = new Scope(names, out, c.field(), c.name(), null);
      c.encoding().write(scope, CodeBlock.of("$N.$N()", names.get("message"), c.name()), false);
      method.addCode(scope.code());
    }
    return method.build();
  }

  /**
   * The end (exclusive) of the run of fixed-width components that starts at {@code i}: two or
   * more, all of one version; {@code i} when there is none.
   */
  private static int runEnd(List<ComponentModel> cs, int i) {
    int end = i;
    while (end < cs.size() && cs.get(end).encoding().runBytes() > 0 && cs.get(end).since() == cs.get(i).since()) {
      end++;
    }
    return end - i >= 2 ? end : i;
  }

  private static int runBytes(List<ComponentModel> cs, int from, int to) {
    return cs.subList(from, to).stream().mapToInt(c -> c.encoding().runBytes()).sum();
  }

  private static CodeBlock offset(String at, int offset) {
    return offset == 0 ? CodeBlock.of("$N", at) : CodeBlock.of("$N + $L", at, offset);
  }

  private static MethodSpec decode(MessageModel m) {
    NameAllocator names = ReservedNames.of(m);
    MethodSpec.Builder method = CodecWriter.decodeMethod(m.type(), names);
    String in = names.get("in");
    List<String> locals = new ArrayList<>();
    for (ComponentModel c : m.components()) {
      locals.add(names.newName(c.name(), c));
    }
    int version = 1;
    List<ComponentModel> cs = m.components();
    for (int i = 0; i < cs.size(); i++) {
      ComponentModel c = cs.get(i);
      String local = locals.get(i);
      int end = c.since() == 1 ? runEnd(cs, i) : i;
      if (end > i) { // one bounds check for the run, each component got at its offset
        String at = names.newName(c.name() + "At");
        String run = cs.subList(i, end).stream().map(r -> r.field() + ":" + r.encoding().runKind())
            .collect(java.util.stream.Collectors.joining(" "));
        method.addStatement("int $N = $N.take($L, $S)", at, in, runBytes(cs, i, end), run);
        for (int k = i, offset = 0; k < end; offset += cs.get(k).encoding().runBytes(), k++) {
          ComponentModel r = cs.get(k);
          Scope scope = new Scope(names, in, r.field(), r.name(), locals.get(k));
          method.addStatement("$T $N = $L", r.type(), locals.get(k), r.encoding().getAt(scope, offset(at, offset)));
        }
        i = end - 1;
        continue;
      }
      if (c.since() > version) {
        // evolution.md section 2: a frame of an older version ends where this version starts
        if (version > 1) {
          method.endControlFlow();
        }
        version = c.since();
        method.addComment("version $L: absent from an older frame, which ends here", version);
        for (int j = i; j < m.components().size() && m.components().get(j).since() == version; j++) {
          ComponentModel added = m.components().get(j);
          method.addStatement("$T $N = $L", added.type(), locals.get(j), Absent.of(added));
        }
        method.beginControlFlow("if ($N.remaining() > 0)", in);
      }
      if (version > 1) {
        // the local is declared above, with the absent value: a read that needs a local of its own gets "<name>Read"
        Scope scope = new Scope(names, in, c.field(), c.name(), names.newName(c.name() + "Read"));
        CodeBlock value = c.encoding().read(scope);
        method.addCode(scope.code());
        method.addStatement("$N = $L", local, value);
        continue;
      }
      Scope scope = new Scope(names, in, c.field(), c.name(), local);
      CodeBlock value = c.encoding().read(scope);
      method.addCode(scope.code());
      if (!scope.targetClaimed()) {
        method.addStatement("$T $N = $L", c.type(), local, value);
      }
    }
    if (version > 1) {
      method.endControlFlow();
    }
    if (m.extensible()) {
      method.addStatement("$N.skipLaterVersions()", in);
    }
    CodeBlock args = locals.stream().map(l -> CodeBlock.of("$N", l)).collect(CodeBlock.joining(", "));
    return method.addStatement("return new $T($L)", m.type(), args).build();
  }

  private static MethodSpec encodeJson(MessageModel m) {
    NameAllocator names = new NameAllocator();
    return CodecWriter.encodeMethod(m.type(), names)
        .addStatement("$N.writeJson($N, $T.class, $L, $L, $S)", names.get("out"), names.get("message"), m.type(),
            CodecWriter.length(Length.REST), CodecWriter.endian(Endian.BIG), m.simpleName())
        .build();
  }

  private static MethodSpec decodeJson(MessageModel m) {
    NameAllocator names = new NameAllocator();
    return CodecWriter.decodeMethod(m.type(), names)
        .addStatement("return $N.readJsonNonNull($T.class, $L, $L, $S)", names.get("in"), m.type(),
            CodecWriter.length(Length.REST), CodecWriter.endian(Endian.BIG), m.simpleName())
        .build();
  }
}
