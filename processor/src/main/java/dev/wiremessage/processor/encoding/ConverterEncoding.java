package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code @WireAs(converter = C.class)}: the value through the converter, a constant of the
 * codec, then the wire side in its own encoding ({@code wire}). Encode errors and malformed
 * results of the converter name the component ({@code PayloadWriter.toWire},
 * {@code PayloadReader.fromWire}).
 *
 * @param type the component's (Java) type
 * @param converter the converter class
 * @param constant the codec's instance of it
 * @param wireType the converter's wire type {@code W}
 * @param wire how the wire value is encoded
 */
public record ConverterEncoding(TypeName type, ClassName converter, FieldSpec constant, TypeName wireType,
    Encoding wire) implements Encoding {

  public static ConverterEncoding create(Site site, TypeName type, ClassName converter, TypeName wireType, Encoding wire,
      NameAllocator constants) {
    String name = constants.newName(JsonBlobEncoding.upperSnake(site.component()) + "_CONVERTER");
    FieldSpec constant = FieldSpec.builder(converter, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T()", converter)
        .build();
    return new ConverterEncoding(type, converter, constant, wireType, wire);
  }

  @Override
  public int minBytes() {
    return wire.minBytes();
  }

  @Override
  public boolean takesRest() {
    return wire.takesRest();
  }

  @Override
  public List<FieldSpec> constants() {
    List<FieldSpec> all = new ArrayList<>(wire.constants());
    all.add(constant);
    return all;
  }

  @Override
  public void write(Scope scope, CodeBlock value, boolean nonNull) {
    String local = scope.newLocal("Wire");
    scope.statement("$T $N = $T.toWire($N, $L, $L)", wireType, local, RuntimeTypes.PAYLOAD_WRITER, constant,
        scope.requireNonNull(value, nonNull || type.isPrimitive()), scope.field());
    wire.write(scope, CodeBlock.of("$N", local), true);
  }

  @Override
  public CodeBlock read(Scope scope) {
    String at = scope.newLocal("At");
    scope.statement("int $N = $N.offset()", at, scope.stream());
    Scope body = scope.child(scope.base() + "Wire");
    CodeBlock value = wire.read(body);
    scope.add(body.code());
    return CodeBlock.of("$N.fromWire($N, $L, $N, $L)", scope.stream(), constant, value, at, scope.field());
  }
}
