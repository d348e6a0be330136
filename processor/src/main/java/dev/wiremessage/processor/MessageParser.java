package dev.wiremessage.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.wiremessage.Format;
import dev.wiremessage.processor.encoding.Encoding;
import dev.wiremessage.processor.encoding.NestedMessageEncoding;
import dev.wiremessage.processor.encoding.Site;
import dev.wiremessage.processor.json.JsonBody;
import dev.wiremessage.processor.json.JsonModelParser;
import dev.wiremessage.processor.model.ComponentModel;
import dev.wiremessage.processor.model.FramingModel;
import dev.wiremessage.processor.model.JsonKey;
import dev.wiremessage.processor.model.MessageModel;
import dev.wiremessage.processor.support.Ann;
import dev.wiremessage.processor.support.Diagnostic;
import dev.wiremessage.processor.support.Naming;
import dev.wiremessage.processor.support.Reporter;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Turns a {@code @WireMessage} type into a {@link MessageModel}, or reports why it cannot. */
final class MessageParser {
  static final List<String> ENCODING_ANNOTATIONS = List.of(
      "dev.wiremessage.FixedInt", "dev.wiremessage.Utf8", "dev.wiremessage.JsonBlob", "dev.wiremessage.Bytes");
  static final String COUNT = "dev.wiremessage.Count";
  static final String WIRE_PROTOCOL = "dev.wiremessage.WireProtocol";
  static final String JACKSON = "tools.jackson.databind.ObjectMapper";

  private final Elements elements;
  private final Types types;
  private final ComponentParser components;
  private final FramingParser framings;
  private final EvolutionRules evolution;

  MessageParser(Elements elements, Types types, ComponentParser components, FramingParser framings) {
    this.elements = elements;
    this.types = types;
    this.components = components;
    this.framings = framings;
    this.evolution = new EvolutionRules(elements);
  }

  /** The model of {@code type}, or null when it had errors (all reported). */
  MessageModel parse(TypeElement type, Reporter reporter) {
    int errors = reporter.errorCount();
    Ann message = Ann.find(elements, type, ComponentParser.WIRE_MESSAGE);
    String name = type.getSimpleName().toString();
    if (type.getKind() != ElementKind.RECORD) {
      reporter.report(Diagnostic.NOT_A_RECORD, type, message, null, kindName(type), name, name);
      return null;
    }
    checkType(type, reporter);
    int id = message.intValue("id");
    if (id < -1) {
      reporter.report(Diagnostic.BAD_ID, type, message, "id", id, name);
    } else if (id >= 0 && !implementsProtocol(type)) {
      reporter.report(Diagnostic.ID_WITHOUT_PROTOCOL, type, message, "id", id, name, name);
    }
    FramingModel framing = framings.parse(type, reporter);
    Format format = message.enumValue("format", Format.class);
    List<ComponentModel> models = new ArrayList<>();
    List<FieldSpec> constants = new ArrayList<>();
    List<JsonKey> jsonKeys = new ArrayList<>();
    JsonBody jsonBody = null;
    boolean extensible = message.booleanValue("extensible");
    evolution.checkSince(type, reporter);
    if (format == Format.JSON) {
      checkJsonComponents(type, reporter);
      for (RecordComponentElement c : type.getRecordComponents()) {
        jsonKeys.add(new JsonKey(c.getSimpleName().toString(), TypeName.get(c.asType()), evolution.version(c)));
      }
      jsonBody = JsonModelParser.parse(type, elements, types);
      if ((jsonBody == null || jsonBody.usesMapper()) && !hasJackson()) {
        reporter.report(Diagnostic.NO_JACKSON, type, message, "format", name + " (format = Format.JSON)");
      }
    } else {
      NameAllocator constantNames = new NameAllocator();
      constantNames.newName("INSTANCE");
      List<? extends RecordComponentElement> list = type.getRecordComponents();
      List<Encoding> encodings = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        RecordComponentElement c = list.get(i);
        Encoding encoding = component(type, c, i == list.size() - 1, reporter, constantNames);
        encodings.add(encoding);
        if (encoding != null) {
          models.add(new ComponentModel(c.getSimpleName().toString(), name + "." + c.getSimpleName(),
              TypeName.get(c.asType()), encoding, evolution.version(c)));
          constants.addAll(encoding.constants());
        }
      }
      if (evolution.evolving(type, message)) {
        evolution.checkRest(type, extensible, encodings, reporter);
      }
      warnOnDelimiter(type, framing, encodings, reporter);
    }
    if (reporter.errorCount() > errors) {
      return null;
    }
    return new MessageModel(type, ClassName.get(type), Naming.codecOf(type), format, framing, models, constants,
        extensible, jsonKeys, jsonBody, protocolOf(type));
  }

  private Encoding component(TypeElement type, RecordComponentElement c, boolean last, Reporter reporter,
      NameAllocator constants) {
    List<Ann> found = new ArrayList<>();
    for (String annotation : ENCODING_ANNOTATIONS) {
      Ann ann = Ann.find(elements, c, annotation);
      if (ann != null) {
        found.add(ann);
      }
    }
    String field = type.getSimpleName() + "." + c.getSimpleName();
    if (found.size() > 1) {
      reporter.report(Diagnostic.TWO_ENCODINGS, c, found.get(1), null, field, found.get(0).simpleName(),
          found.get(1).simpleName());
      return null;
    }
    Ann encoding = found.isEmpty() ? null : found.get(0);
    if (encoding != null && encoding.simpleName().equals("JsonBlob") && !hasJackson()) {
      reporter.report(Diagnostic.NO_JACKSON, c, encoding, null, "@JsonBlob on " + field);
    }
    Site site = new Site(reporter, c, type.getSimpleName().toString(), c.getSimpleName().toString(), last, false,
        encoding, Ann.find(elements, c, COUNT));
    Encoding result = components.parse(site, c, constants);
    // A REST length or count on the component itself was reported by its encoding; what is
    // left is a nested record whose payload runs to the end, directly or in an Optional.
    NestedMessageEncoding rest = result == null || last ? null : NestedMessageEncoding.restTaker(result);
    if (rest != null) {
      site.report(Diagnostic.REST_NOT_LAST, rest.restWhat(), field, c.getSimpleName(), rest.restFix());
      return null;
    }
    return result;
  }

  /** The delimited-binary warning on the first component that can write a byte of an unescaped delimiter. */
  private void warnOnDelimiter(TypeElement type, FramingModel framing, List<Encoding> encodings, Reporter reporter) {
    if (!(framing instanceof FramingModel.Delimited d) || d.escape()) {
      return;
    }
    DelimiterCheck check = new DelimiterCheck(elements, components, d.delimiter());
    List<? extends RecordComponentElement> list = type.getRecordComponents();
    for (int i = 0; i < encodings.size(); i++) {
      String why = encodings.get(i) == null ? null : check.risk(encodings.get(i));
      if (why != null) {
        String field = type.getSimpleName() + "." + list.get(i).getSimpleName();
        reporter.report(Diagnostic.DELIMITED_BINARY, list.get(i), type.getSimpleName(), field, why, field);
        return;
      }
    }
  }

  /** Checks what a message and a protocol share: accessible, not generic. */
  static void checkType(TypeElement type, Reporter reporter) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        reporter.report(Diagnostic.NOT_ACCESSIBLE, type, e == type ? type.getSimpleName() : type.getSimpleName()
            + " (in " + e.getSimpleName() + ")", Naming.codecOf(type).simpleName(), e.getSimpleName());
        break;
      }
    }
    if (!type.getTypeParameters().isEmpty()) {
      reporter.report(Diagnostic.GENERIC_TYPE, type, type.getSimpleName(), type.getTypeParameters());
    }
  }

  private void checkJsonComponents(TypeElement type, Reporter reporter) {
    List<String> names = new ArrayList<>(ENCODING_ANNOTATIONS);
    names.add(COUNT);
    names.add(ComponentParser.WIRE_AS);
    for (RecordComponentElement c : type.getRecordComponents()) {
      for (String annotation : names) {
        Ann ann = Ann.find(elements, c, annotation);
        if (ann != null) {
          reporter.report(Diagnostic.JSON_FORMAT_ANNOTATION, c, ann, null, ann.simpleName(),
              type.getSimpleName() + "." + c.getSimpleName(), type.getSimpleName(), ann.simpleName());
        }
      }
    }
  }

  private boolean implementsProtocol(TypeElement type) {
    return protocolOf(type) != null;
  }

  /** The {@code @WireProtocol} interface {@code type} is a member of, or null. */
  private ClassName protocolOf(TypeElement type) {
    for (TypeMirror i : type.getInterfaces()) {
      Element e = ((DeclaredType) i).asElement();
      if (Ann.find(elements, e, WIRE_PROTOCOL) != null) {
        return ClassName.get((TypeElement) e);
      }
    }
    return null;
  }

  private boolean hasJackson() {
    return elements.getTypeElement(JACKSON) != null;
  }

  static String kindName(TypeElement type) {
    return switch (type.getKind()) {
      case INTERFACE -> "interface";
      case ENUM -> "enum";
      case ANNOTATION_TYPE -> "annotation type";
      case RECORD -> "record";
      default -> "class";
    };
  }
}
