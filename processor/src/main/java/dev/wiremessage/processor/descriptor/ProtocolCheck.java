package dev.wiremessage.processor.descriptor;

import dev.wiremessage.processor.model.ProtocolModel;
import dev.wiremessage.processor.support.Ann;
import dev.wiremessage.processor.support.Diagnostic;
import dev.wiremessage.processor.support.Reporter;
import java.util.Objects;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The compatibility check of one protocol (evolution.md section 6): framing, tag, and every
 * member of the baseline still there with its id. New members are compatible.
 */
final class ProtocolCheck {
  private final ProtocolModel model;
  private final Json.Obj was;
  private final Json.Obj is;
  private final Reporter reporter;
  private final Elements elements;

  ProtocolCheck(ProtocolModel model, Json.Obj was, Json.Obj is, Reporter reporter, Elements elements) {
    this.model = model;
    this.was = was;
    this.is = is;
    this.reporter = reporter;
    this.elements = elements;
  }

  void run() {
    TypeElement type = model.element();
    String name = model.simpleName();
    Json.Obj oldFraming = was.obj("framing").layout();
    Json.Obj newFraming = is.obj("framing").layout();
    if (!oldFraming.equals(newFraming)) {
      reporter.report(Diagnostic.BASELINE_FRAMING, type, name, LayoutText.framing(oldFraming),
          LayoutText.framing(newFraming), LayoutText.framingReads(oldFraming), "framing");
    }
    Json.Obj oldTag = was.obj("tag");
    Json.Obj newTag = is.obj("tag");
    if (!oldTag.equals(newTag)) {
      Ann protocol = Ann.find(elements, type, "dev.wiremessage.WireProtocol");
      reporter.report(Diagnostic.BASELINE_PROTOCOL_TAG, type, protocol, "tag", name, tag(oldTag), tag(newTag),
          "a " + LayoutText.header(oldTag.string("length")) + " number"
              + ("LITTLE".equals(oldTag.string("order")) ? " (little-endian)" : ""));
    }
    for (Json m : was.array("members")) {
      Json.Obj old = (Json.Obj) m;
      String member = old.string("type");
      Json.Obj now = null;
      for (Json n : is.array("members")) {
        if (Objects.equals(((Json.Obj) n).string("type"), member)) {
          now = (Json.Obj) n;
        }
      }
      String simple = LayoutText.simpleName(member);
      long id = old.number("id", -1);
      if (now == null) {
        reporter.report(Diagnostic.BASELINE_MEMBER_REMOVED, type, simple, id, name, id, simple, name);
      } else if (now.number("id", -1) != id) {
        TypeElement record = elements.getTypeElement(member.replace('$', '.'));
        Ann message = record == null ? null : Ann.find(elements, record, "dev.wiremessage.WireMessage");
        reporter.report(Diagnostic.BASELINE_MEMBER_ID, record == null ? type : record, message, "id", simple, id, name,
            now.number("id", -1), simple, id, id);
      }
    }
  }

  private static String tag(Json.Obj tag) {
    return "tag = Length." + tag.string("length")
        + ("LITTLE".equals(tag.string("order")) ? ", order = Endian.LITTLE" : "");
  }
}
