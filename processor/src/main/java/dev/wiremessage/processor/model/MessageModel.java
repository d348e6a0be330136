package dev.wiremessage.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import dev.wiremessage.Format;
import dev.wiremessage.processor.json.JsonBody;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A valid {@code @WireMessage} record, ready to generate.
 *
 * @param components in declaration order; empty for {@link Format#JSON}
 * @param constants static constants of the codec (generic JSON types)
 * @param extensible {@code @WireMessage(extensible = true)}: a reader skips bytes after the
 *     components it knows
 * @param jsonKeys for {@link Format#JSON}, the components (keys) in declaration order; empty
 *     for a binary message
 * @param jsonBody for {@link Format#JSON}, the generated JSON code's model; null: the whole
 *     body goes through the JsonMapper (a record the generated code cannot write), or a binary
 *     message
 * @param protocol the {@code @WireProtocol} interface the record is a member of, or null
 */
public record MessageModel(
    TypeElement element, ClassName type, ClassName codec, Format format, FramingModel framing,
    List<ComponentModel> components, List<FieldSpec> constants, boolean extensible, List<JsonKey> jsonKeys,
    JsonBody jsonBody, ClassName protocol) {

  public MessageModel {
    components = List.copyOf(components);
    constants = List.copyOf(constants);
    jsonKeys = List.copyOf(jsonKeys);
  }

  /** The record's simple name, as in field strings ({@code "Quote"}). */
  public String simpleName() {
    return type.simpleName();
  }

  /**
   * Whether the message evolves (evolution.md section 1): it has a {@code @Since} component or
   * is {@link #extensible()}. Nested in another message, an evolving one is written after its
   * payload's byte length.
   */
  public boolean evolving() {
    return extensible
        || components.stream().anyMatch(c -> c.since() > 1)
        || jsonKeys.stream().anyMatch(k -> k.since() > 1);
  }
}
