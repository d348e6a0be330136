package dev.wiremessage.processor.descriptor;

import dev.wiremessage.processor.support.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * The components of a {@code Format.JSON} message against the baseline's: the names are the
 * keys, so a key must stay, with its {@code @Since} and its kind of JSON value; the order of
 * the keys does not matter to a reader.
 */
final class JsonComponentsCheck {
  private final MessageCheck check;

  JsonComponentsCheck(MessageCheck check) {
    this.check = check;
  }

  void run() {
    List<Json.Obj> old = check.old();
    List<Json.Obj> now = check.now();
    int renamed = 0;
    for (int i = 0; i < old.size(); i++) {
      Json.Obj o = old.get(i);
      int at = MessageCheck.indexOf(now, o.string("name"));
      if (at < 0) {
        // At the same position, a name the baseline does not have: renamed.
        if (i < now.size() && MessageCheck.indexOf(old, now.get(i).string("name")) < 0) {
          String newName = now.get(i).string("name");
          check.reporter().report(Diagnostic.BASELINE_JSON_RENAMED, check.component(i), check.field(newName),
              "\"" + o.string("name") + "\"", "\"" + newName + "\"", o.string("name"), o.string("name"), newName,
              check.next());
          renamed++;
        }
        continue;
      }
      Json.Obj n = now.get(at);
      if (!Objects.equals(o.string("json"), n.string("json"))) {
        check.reporter().report(Diagnostic.BASELINE_ENCODING, check.component(at), check.field(n.string("name")),
            "a JSON " + o.string("json"), "a JSON " + n.string("json"), "writes and expects a JSON " + o.string("json"),
            "its type", check.next());
      }
      if (o.number("since", 1) != n.number("since", 1)) {
        check.reporter().report(Diagnostic.BASELINE_SINCE_CHANGED, check.component(at), check.field(n.string("name")),
            LayoutText.since(o.number("since", 1)), LayoutText.since(n.number("since", 1)),
            LayoutText.since(o.number("since", 1)));
      }
    }
    List<Json.Obj> kept = now.stream().filter(n -> MessageCheck.indexOf(old, n.string("name")) >= 0).toList();
    if (renamed == 0) {
      check.removed(old, kept);
    }
    for (int i = 0; i < now.size(); i++) {
      Json.Obj n = now.get(i);
      boolean renamedHere = i < old.size() && MessageCheck.indexOf(now, old.get(i).string("name")) < 0;
      if (MessageCheck.indexOf(old, n.string("name")) < 0 && !renamedHere) {
        newKey(i, n);
      }
    }
  }

  private void newKey(int i, Json.Obj n) {
    long since = n.number("since", 1);
    if (since <= 1) {
      check.reporter().report(Diagnostic.BASELINE_NEW_WITHOUT_SINCE, check.component(i), check.field(n.string("name")),
          check.next(), n.string("name"));
    } else if (since < check.next()) {
      check.reporter().report(Diagnostic.BASELINE_SINCE_NOT_NEWER, check.component(i), since,
          check.field(n.string("name")), check.next() - 1, check.name(), n.string("name"), check.next());
    }
  }
}
