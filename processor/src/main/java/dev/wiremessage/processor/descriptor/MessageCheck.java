package dev.wiremessage.processor.descriptor;

import dev.wiremessage.processor.model.MessageModel;
import dev.wiremessage.processor.support.Ann;
import dev.wiremessage.processor.support.Diagnostic;
import dev.wiremessage.processor.support.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Element;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The compatibility check of one message (evolution.md section 6): its descriptor now against
 * the baseline's, every breaking change an error on the record or the component.
 */
final class MessageCheck {
  private final MessageModel model;
  private final Json.Obj was;
  private final Json.Obj is;
  private final Reporter reporter;
  private final Elements elements;
  private final String name;
  private final List<Json.Obj> old;
  private final List<Json.Obj> now;
  /** The next version: one more than the latest in the baseline. */
  private final long next;

  MessageCheck(MessageModel model, Json.Obj was, Json.Obj is, Reporter reporter, Elements elements) {
    this.model = model;
    this.elements = elements;
    this.was = was;
    this.is = is;
    this.reporter = reporter;
    this.name = model.simpleName();
    this.old = objects(was.array("components"));
    this.now = objects(is.array("components"));
    this.next = old.stream().mapToLong(c -> c.number("since", 1)).max().orElse(1) + 1;
  }

  void run() {
    TypeElement type = model.element();
    Json.Obj oldFraming = was.obj("framing").layout();
    Json.Obj newFraming = is.obj("framing").layout();
    if (!oldFraming.equals(newFraming)) {
      reporter.report(Diagnostic.BASELINE_FRAMING, type, name, LayoutText.framing(oldFraming),
          LayoutText.framing(newFraming), LayoutText.framingReads(oldFraming), "framing");
    }
    if (!Objects.equals(was.string("format"), is.string("format"))) {
      reporter.report(Diagnostic.BASELINE_FRAMING, type, name, "format = Format." + was.string("format"),
          "format = Format." + is.string("format"), "reads a " + was.string("format") + " payload", "format");
    }
    if (was.bool("extensible") && !is.bool("extensible")) {
      reporter.report(Diagnostic.BASELINE_EXTENSIBLE, type, name, name);
    }
    if ("JSON".equals(was.string("format")) && "JSON".equals(is.string("format"))) {
      new JsonComponentsCheck(this).run();
    } else if (Objects.equals(was.string("format"), is.string("format"))) {
      binaryComponents();
    }
  }

  private void binaryComponents() {
    for (int i = 0; i < old.size(); i++) {
      Json.Obj o = old.get(i);
      if (i >= now.size()) {
        continue;
      }
      Json.Obj n = now.get(i);
      if (o.obj("encoding").layout().equals(n.obj("encoding").layout()) && o.number("since", 1) == n.number("since", 1)) {
        continue; // the same bytes; a new name is fine in a binary message
      }
      int moved = indexOf(now, o.string("name"));
      if (moved >= 0 && moved != i) {
        reporter.report(Diagnostic.BASELINE_MOVED, component(moved), field(o.string("name")), i + 1, moved + 1,
            LayoutText.encoding(n.obj("encoding")) + " " + field(n.string("name")), o.string("name"), i + 1, next);
        continue;
      }
      int from = indexOf(old, n.string("name"));
      if (from >= 0 && from != i) {
        continue; // reported where the component came from
      }
      encodingChanged(i, o, n);
    }
    removed(old, now);
    appended(old.size());
  }

  private void encodingChanged(int i, Json.Obj o, Json.Obj n) {
    Element c = component(i);
    String field = field(n.string("name"));
    for (EncodingCheck.Finding f : EncodingCheck.compare(o.obj("encoding"), n.obj("encoding"))) {
      if (f instanceof EncodingCheck.Changed changed) {
        reporter.report(Diagnostic.BASELINE_ENCODING, c, annotation(c, changed), changed.attribute(), field,
            LayoutText.encoding(o.obj("encoding")), LayoutText.encoding(n.obj("encoding")), changed.reads(),
            changed.keep(), next);
      } else if (f instanceof EncodingCheck.NestedEvolving nested) {
        reporter.report(Diagnostic.BASELINE_NESTED_EVOLVING, c, field, nested.type(), nested.nowEvolving()
                ? "is now evolving (it has @Since components or is extensible) and so is written after its VARINT byte length"
                : "is no longer evolving and so is written inline, without the VARINT byte length it had",
            name, nested.nowEvolving() ? "reads " + nested.type() + " inline, with no length" : "reads a length first",
            nested.nowEvolving()
                ? "Keep " + nested.type() + " as it was, and put the new components in a new record added to " + name
                    + " with @Since(" + next + ")"
                : "Keep " + nested.type() + " evolving (extensible = true, or its @Since components)");
      } else if (f instanceof EncodingCheck.EnumCode code) {
        reporter.report(Diagnostic.BASELINE_ENUM_CODE, c, field, code.type(), code.constant(), code.was(), code.is(),
            code.was(), code.constant(), code.was(), code.constant());
      } else if (f instanceof EncodingCheck.EnumRemoved gone) {
        reporter.report(Diagnostic.BASELINE_ENUM_REMOVED, c, field, gone.type(), gone.constant(), gone.code(),
            gone.constant());
      }
    }
    if (o.number("since", 1) != n.number("since", 1)) {
      reporter.report(Diagnostic.BASELINE_SINCE_CHANGED, c, field, LayoutText.since(o.number("since", 1)),
          LayoutText.since(n.number("since", 1)), LayoutText.since(o.number("since", 1)));
    }
  }

  /** The annotation that says what changed ({@code @Count} for a count, else the encoding annotation), or null. */
  private Ann annotation(Element component, EncodingCheck.Changed changed) {
    if (changed.attribute() == null) {
      return null;
    }
    List<String> names = changed.count() ? List.of("Count") : List.of("FixedInt", "Utf8", "Bytes", "JsonBlob");
    for (String name : names) {
      Ann ann = Ann.find(elements, component, "dev.wiremessage." + name);
      if (ann != null) {
        return ann;
      }
    }
    return null;
  }

  /** Reports the baseline components that are gone: those whose names are gone, else the last ones. */
  void removed(List<Json.Obj> before, List<Json.Obj> after) {
    int missing = before.size() - after.size();
    if (missing <= 0) {
      return;
    }
    List<Integer> gone = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      if (indexOf(after, before.get(i).string("name")) < 0) {
        gone.add(i);
      }
    }
    if (gone.size() != missing) {
      gone.clear();
      for (int i = after.size(); i < before.size(); i++) {
        gone.add(i);
      }
    }
    for (int i : gone) {
      Json.Obj o = before.get(i);
      String what = o.get("encoding") instanceof Json.Obj e ? LayoutText.encoding(e) : "key \"" + o.string("name") + "\"";
      reporter.report(Diagnostic.BASELINE_REMOVED, model.element(), name, o.string("name"), i + 1, what);
    }
  }

  /** Checks the components after the baseline's last: each needs a new, higher @Since; warns on the upgrade order. */
  void appended(int from) {
    List<String> added = new ArrayList<>();
    Element first = null;
    for (int i = from; i < now.size(); i++) {
      Json.Obj n = now.get(i);
      if (indexOf(old, n.string("name")) >= 0) {
        continue; // moved here: reported as moved
      }
      long since = n.number("since", 1);
      if (since <= 1) {
        reporter.report(Diagnostic.BASELINE_NEW_WITHOUT_SINCE, component(i), field(n.string("name")), next,
            n.string("name"));
      } else if (since < next) {
        reporter.report(Diagnostic.BASELINE_SINCE_NOT_NEWER, component(i), since, field(n.string("name")), next - 1,
            name, n.string("name"), next);
      } else {
        added.add(n.string("name"));
        first = first == null ? component(i) : first;
      }
    }
    if (first != null && !was.bool("extensible") && "BINARY".equals(was.string("format"))) {
      reporter.report(Diagnostic.BASELINE_UPGRADE_ORDER, first, name, next, String.join(", ", added), name, next, name,
          next);
    }
  }

  String field(String component) {
    return name + "." + component;
  }

  String name() {
    return name;
  }

  long next() {
    return next;
  }

  List<Json.Obj> old() {
    return old;
  }

  List<Json.Obj> now() {
    return now;
  }

  Reporter reporter() {
    return reporter;
  }

  /** The record component at {@code index} (javac points at its declaration). */
  Element component(int index) {
    List<? extends RecordComponentElement> components = model.element().getRecordComponents();
    return index < components.size() ? components.get(index) : model.element();
  }

  static int indexOf(List<Json.Obj> components, String name) {
    for (int i = 0; i < components.size(); i++) {
      if (Objects.equals(components.get(i).string("name"), name)) {
        return i;
      }
    }
    return -1;
  }

  private static List<Json.Obj> objects(List<Json> values) {
    List<Json.Obj> list = new ArrayList<>();
    for (Json v : values) {
      if (v instanceof Json.Obj o) {
        list.add(o);
      }
    }
    return list;
  }
}
