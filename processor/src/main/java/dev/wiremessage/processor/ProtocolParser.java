package dev.wiremessage.processor;

import com.palantir.javapoet.ClassName;
import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.processor.model.FramingModel;
import dev.wiremessage.processor.model.ProtocolModel;
import dev.wiremessage.processor.support.Ann;
import dev.wiremessage.processor.support.Diagnostic;
import dev.wiremessage.processor.support.Naming;
import dev.wiremessage.processor.support.Reporter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Turns a {@code @WireProtocol} sealed interface into a {@link ProtocolModel}, or reports why it cannot. */
final class ProtocolParser {
  private final Elements elements;
  private final FramingParser framings;
  private final ComponentParser components;

  ProtocolParser(Elements elements, FramingParser framings, ComponentParser components) {
    this.elements = elements;
    this.framings = framings;
    this.components = components;
  }

  ProtocolModel parse(TypeElement type, Reporter reporter) {
    int errors = reporter.errorCount();
    Ann protocol = Ann.find(elements, type, MessageParser.WIRE_PROTOCOL);
    String name = type.getSimpleName().toString();
    if (type.getKind() != ElementKind.INTERFACE || !type.getModifiers().contains(Modifier.SEALED)) {
      String kind = type.getKind() == ElementKind.INTERFACE ? "non-sealed interface" : MessageParser.kindName(type);
      reporter.report(Diagnostic.PROTOCOL_NOT_SEALED, type, protocol, null, kind, name, name);
      return null;
    }
    MessageParser.checkType(type, reporter);
    Length tag = protocol.enumValue("tag", Length.class);
    if (tag == Length.REST) {
      reporter.report(Diagnostic.REST_TAG, type, protocol, "tag", name);
    }
    FramingModel framing = framings.parse(type, reporter);
    List<ProtocolModel.Member> members = new ArrayList<>();
    Map<Integer, TypeElement> ids = new HashMap<>();
    List<TypeElement> records = new ArrayList<>();
    for (TypeMirror permitted : type.getPermittedSubclasses()) {
      TypeElement member = (TypeElement) ((DeclaredType) permitted).asElement();
      Ann message = Ann.find(elements, member, ComponentParser.WIRE_MESSAGE);
      if (member.getKind() != ElementKind.RECORD || message == null) {
        reporter.report(Diagnostic.PROTOCOL_MEMBER_NOT_MESSAGE, member, member.getSimpleName(), name);
        continue;
      }
      records.add(member);
      members.add(new ProtocolModel.Member(ClassName.get(member), Naming.codecOf(member), message.intValue("id")));
      warnOnFraming(type, member, reporter);
    }
    int nextFree = members.stream().mapToInt(ProtocolModel.Member::id).max().orElse(0) + 1;
    for (int i = 0; i < members.size(); i++) {
      TypeElement member = records.get(i);
      Ann message = Ann.find(elements, member, ComponentParser.WIRE_MESSAGE);
      int id = members.get(i).id();
      String memberName = member.getSimpleName().toString();
      if (id == -1) {
        reporter.report(Diagnostic.PROTOCOL_MEMBER_NO_ID, member, message, null, memberName, name, name, nextFree++);
      } else if (id < -1) {
        // reported on the record itself (bad-id)
      } else if (tag != Length.REST && id > tag.maxValue()) {
        reporter.report(Diagnostic.PROTOCOL_ID_RANGE, member, message, "id", id, memberName, tag, name, tag.maxValue(),
            widerTag(id));
      } else if (ids.containsKey(id)) {
        reporter.report(Diagnostic.PROTOCOL_DUPLICATE_ID, member, message, "id", ids.get(id).getSimpleName(),
            memberName, id, name, memberName, nextFree++);
      } else {
        ids.put(id, member);
      }
    }
    if (reporter.errorCount() > errors) {
      return null;
    }
    if (framing instanceof FramingModel.Delimited d && !d.escape()) {
      warnOnDelimiter(type, d, tag, members, records, reporter);
    }
    return new ProtocolModel(type, ClassName.get(type), Naming.codecOf(type), tag,
        protocol.enumValue("order", Endian.class), framing, members);
  }

  /** The delimited-binary warning on a protocol: the first tag or member component that can write a delimiter byte. */
  private void warnOnDelimiter(TypeElement type, FramingModel.Delimited d, Length tag, List<ProtocolModel.Member> members,
      List<TypeElement> records, Reporter reporter) {
    DelimiterCheck check = new DelimiterCheck(elements, components, d.delimiter());
    String name = type.getSimpleName().toString();
    for (int i = 0; i < members.size(); i++) {
      String member = records.get(i).getSimpleName().toString();
      String what;
      String field;
      if (check.tagRisk(tag, members.get(i).id())) {
        field = "the tag of " + member;
        what = "id " + members.get(i).id() + " as Length." + tag;
      } else {
        String why = check.risk(records.get(i));
        if (why == null) {
          continue;
        }
        field = why.substring(0, why.indexOf(" is "));
        what = why.substring(why.indexOf(" is ") + 4);
      }
      reporter.report(Diagnostic.DELIMITED_BINARY, type, name, field, what, field);
      return;
    }
  }

  private void warnOnFraming(TypeElement protocol, TypeElement member, Reporter reporter) {
    for (String framing : List.of(FramingParser.LENGTH_PREFIXED, FramingParser.DELIMITED)) {
      Ann ann = Ann.find(elements, member, framing);
      if (ann != null) {
        String p = protocol.getSimpleName().toString();
        reporter.report(Diagnostic.PROTOCOL_MEMBER_FRAMING, member, ann, null, ann.simpleName(), member.getSimpleName(),
            member.getSimpleName(), p, p, p);
      }
    }
  }

  private static Length widerTag(int id) {
    for (Length l : List.of(Length.U8, Length.U16, Length.U24, Length.U32)) {
      if (id <= l.maxValue()) {
        return l;
      }
    }
    return Length.U32;
  }
}
