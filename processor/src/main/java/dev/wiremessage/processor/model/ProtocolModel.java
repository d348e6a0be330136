package dev.wiremessage.processor.model;

import com.palantir.javapoet.ClassName;
import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** A valid {@code @WireProtocol} sealed interface and its member records, in permits order. */
public record ProtocolModel(
    TypeElement element, ClassName type, ClassName codec, Length tag, Endian order, FramingModel framing,
    List<Member> members) {

  public ProtocolModel {
    members = List.copyOf(members);
  }

  /** A permitted {@code @WireMessage(id = N)} record. */
  public record Member(ClassName type, ClassName codec, int id) {}

  public String simpleName() {
    return type.simpleName();
  }
}
