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
import java.util.ArrayList;
import java.util.List;

/** Writes the codec of one {@code @WireMessage} record. */
public final class MessageWriter {
  private MessageWriter() {}

  /** The codec of {@code m}; {@code generated}: with {@code @Generated} (see {@code GeneratedAnnotation}). */
  public static JavaFile write(MessageModel m, boolean generated) {
    TypeSpec type = CodecWriter.skeleton(m.codec(), m.type(), m.framing(), m.element(), generated)
        .addFields(m.constants())
        .addMethod(m.format() == Format.JSON ? encodeJson(m) : encode(m))
        .addMethod(m.format() == Format.JSON ? decodeJson(m) : decode(m))
        .build();
    return CodecWriter.file(m.codec(), type);
  }

  private static MethodSpec encode(MessageModel m) {
    NameAllocator names = ReservedNames.of(m);
    MethodSpec.Builder method = CodecWriter.encodeMethod(m.type(), names);
    for (ComponentModel c : m.components()) {
      Scope scope = new Scope(names, names.get("out"), c.field(), c.name(), null);
      c.encoding().write(scope, CodeBlock.of("$N.$N()", names.get("message"), c.name()), false);
      method.addCode(scope.code());
    }
    return method.build();
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
    for (int i = 0; i < m.components().size(); i++) {
      ComponentModel c = m.components().get(i);
      String local = locals.get(i);
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
