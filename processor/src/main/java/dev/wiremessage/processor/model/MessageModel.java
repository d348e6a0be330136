package dev.wiremessage.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import dev.wiremessage.Format;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A valid {@code @WireMessage} record, ready to generate.
 *
 * @param components in declaration order; empty for {@link Format#JSON}
 * @param constants static constants of the codec (generic JSON types)
 */
public record MessageModel(
    TypeElement element, ClassName type, ClassName codec, Format format, FramingModel framing,
    List<ComponentModel> components, List<FieldSpec> constants) {

  public MessageModel {
    components = List.copyOf(components);
    constants = List.copyOf(constants);
  }

  /** The record's simple name, as in field strings ({@code "Quote"}). */
  public String simpleName() {
    return type.simpleName();
  }
}
