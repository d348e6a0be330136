package dev.wiremessage.processor.descriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares a component's encoding in the baseline with its encoding now, and says what a
 * deployed peer would read wrong: the first difference that changes bytes, plus every enum
 * constant whose code changed or that is gone. Limits are not compared.
 */
final class EncodingCheck {
  /** How an encoding changed. */
  sealed interface Finding {}

  /**
   * The bytes change: {@code reads} is what a deployed peer reads, {@code keep} what to keep;
   * {@code attribute} the annotation attribute that says it ({@code bytes}, {@code order},
   * {@code unsigned}, {@code length}), or null; {@code count} when it is a list's count.
   */
  record Changed(String reads, String keep, String attribute, boolean count) implements Finding {
    Changed(String reads, String keep) {
      this(reads, keep, null, false);
    }
  }

  /** A nested record became evolving, or stopped being. */
  record NestedEvolving(String type, boolean nowEvolving) implements Finding {}

  /** An enum constant's code changed. */
  record EnumCode(String type, String constant, long was, long is) implements Finding {}

  /** An enum constant is gone. */
  record EnumRemoved(String type, String constant, String code) implements Finding {}

  private final List<Finding> findings = new ArrayList<>();

  private EncodingCheck() {}

  static List<Finding> compare(Json.Obj was, Json.Obj is) {
    EncodingCheck check = new EncodingCheck();
    check.encoding(was, is);
    return check.findings;
  }

  private void encoding(Json.Obj was, Json.Obj is) {
    String kind = was.string("kind");
    if (!Objects.equals(kind, is.string("kind"))) {
      findings.add(new Changed("reads " + LayoutText.encoding(was) + " there", "the type and its encoding"));
      return;
    }
    switch (kind) {
      case "optional" -> encoding(was.obj("value"), is.obj("value"));
      case "list" -> {
        if (same(was, is, "length", "order")) {
          encoding(was.obj("element"), is.obj("element"));
        }
      }
      case "message" -> {
        if (!Objects.equals(was.string("type"), is.string("type"))) {
          findings.add(new Changed("reads a " + LayoutText.simpleName(was.string("type")) + " there", "the nested type"));
        } else if (was.bool("evolving") != is.bool("evolving")) {
          findings.add(new NestedEvolving(LayoutText.simpleName(is.string("type")), is.bool("evolving")));
        } else if (!Objects.equals(was.string("format"), is.string("format"))) {
          findings.add(new Changed("reads a " + was.string("format") + " payload there", "the nested type's format"));
        }
      }
      case "protocol" -> {
        if (!Objects.equals(was.string("type"), is.string("type"))) {
          findings.add(new Changed("reads a " + LayoutText.simpleName(was.string("type")) + " there", "the protocol type"));
        } else {
          same(was.obj("tag"), is.obj("tag"), "length", "order");
        }
      }
      case "enum-code", "enum-name" -> {
        if (same(was, is, "bytes", "signed", "length", "order")) {
          constants(was, is);
        }
      }
      default -> same(was, is, "bytes", "signed", "length", "order");
    }
  }

  /** Whether the keys are equal in both; else a finding for the first that is not. */
  private boolean same(Json.Obj was, Json.Obj is, String... keys) {
    for (String key : keys) {
      if (!was.get(key).equals(is.get(key))) {
        boolean count = "list".equals(was.string("kind"));
        findings.add(switch (key) {
          case "bytes" -> new Changed("reads " + was.number("bytes", 0) + " bytes", "the width", "bytes", false);
          case "signed" -> new Changed("reads " + (was.bool("signed") ? "a signed" : "an unsigned") + " value",
              "the signedness", "unsigned", false);
          case "length" -> new Changed(lengthReads(was), "the length", "length", count);
          default -> new Changed("reads " + ("LITTLE".equals(was.string("order")) ? "little-endian" : "big-endian")
              + " bytes", "the byte order", "order", count);
        });
        return false;
      }
    }
    return true;
  }

  private static String lengthReads(Json.Obj was) {
    String length = was.string("length");
    if ("REST".equals(length)) {
      return "reads it to the end of the payload, with no length";
    }
    return "reads a " + LayoutText.header(length) + " " + ("list".equals(was.string("kind")) ? "count" : "length") + " first";
  }

  private void constants(Json.Obj was, Json.Obj is) {
    String type = LayoutText.simpleName(is.string("type"));
    for (Json c : was.array("constants")) {
      Json.Obj old = (Json.Obj) c;
      Json.Obj now = null;
      for (Json n : is.array("constants")) {
        if (Objects.equals(((Json.Obj) n).string("name"), old.string("name"))) {
          now = (Json.Obj) n;
        }
      }
      if (now == null) {
        String code = old.get("code") instanceof Json.Num n ? " (@WireValue(" + n.value() + "))" : "";
        findings.add(new EnumRemoved(type, old.string("name"), code));
      } else if (!old.get("code").equals(now.get("code"))) {
        findings.add(new EnumCode(type, old.string("name"), old.number("code", 0), now.number("code", 0)));
      }
    }
  }
}
