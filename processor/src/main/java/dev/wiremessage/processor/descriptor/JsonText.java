package dev.wiremessage.processor.descriptor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Json} to text and back. Writing is deterministic: two-space indentation, one member or
 * element a line, keys in their order, strings escaped the same way every time, a final
 * newline. Reading accepts any RFC 8259 text whose numbers are integers.
 */
public final class JsonText {
  private final String text;
  private int pos;

  private JsonText(String text) {
    this.text = text;
  }

  /** The text of {@code value}. */
  public static String write(Json value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.append('\n').toString();
  }

  private static void write(Json value, StringBuilder out, String indent) {
    if (value instanceof Json.Obj o) {
      if (o.members().isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      int i = 0;
      for (Map.Entry<String, Json> e : o.members().entrySet()) {
        out.append(indent).append("  ");
        string(e.getKey(), out);
        out.append(": ");
        write(e.getValue(), out, indent + "  ");
        out.append(++i < o.members().size() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (value instanceof Json.Arr a) {
      if (a.values().isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < a.values().size(); i++) {
        out.append(indent).append("  ");
        write(a.values().get(i), out, indent + "  ");
        out.append(i + 1 < a.values().size() ? ",\n" : "\n");
      }
      out.append(indent).append(']');
    } else if (value instanceof Json.Str s) {
      string(s.value(), out);
    } else if (value instanceof Json.Num n) {
      out.append(n.value());
    } else if (value instanceof Json.Bool b) {
      out.append(b.value());
    } else {
      out.append("null");
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7E) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  /** The value of {@code text}; an {@link IllegalArgumentException} saying where it is not JSON. */
  public static Json read(String text) {
    JsonText reader = new JsonText(text);
    Json value = reader.value();
    reader.space();
    if (reader.pos != text.length()) {
      throw reader.error("text after the value");
    }
    return value;
  }

  private Json value() {
    space();
    if (pos >= text.length()) {
      throw error("the text ends where a value should be");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{' -> {
        return object();
      }
      case '[' -> {
        return array();
      }
      case '"' -> {
        return new Json.Str(string());
      }
      default -> {
        if (text.startsWith("true", pos)) {
          pos += 4;
          return new Json.Bool(true);
        } else if (text.startsWith("false", pos)) {
          pos += 5;
          return new Json.Bool(false);
        } else if (text.startsWith("null", pos)) {
          pos += 4;
          return Json.NULL;
        }
        return number();
      }
    }
  }

  private Json object() {
    pos++;
    Map<String, Json> members = new LinkedHashMap<>();
    space();
    if (peek('}')) {
      pos++;
      return new Json.Obj(members);
    }
    while (true) {
      space();
      if (!peek('"')) {
        throw error("expected a key");
      }
      String key = string();
      space();
      expect(':');
      members.put(key, value());
      space();
      if (peek(',')) {
        pos++;
      } else {
        expect('}');
        return new Json.Obj(members);
      }
    }
  }

  private Json array() {
    pos++;
    List<Json> values = new ArrayList<>();
    space();
    if (peek(']')) {
      pos++;
      return new Json.Arr(values);
    }
    while (true) {
      values.add(value());
      space();
      if (peek(',')) {
        pos++;
      } else {
        expect(']');
        return new Json.Arr(values);
      }
    }
  }

  private String string() {
    pos++;
    StringBuilder sb = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      } else if (c == '\\') {
        if (pos >= text.length()) {
          break;
        }
        char e = text.charAt(pos++);
        switch (e) {
          case '"', '\\', '/' -> sb.append(e);
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'u' -> {
            if (pos + 4 > text.length()) {
              throw error("a \\u escape ends early");
            }
            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            pos += 4;
          }
          default -> throw error("unknown escape \\" + e);
        }
      } else {
        sb.append(c);
      }
    }
    throw error("a string is not closed");
  }

  private Json number() {
    int start = pos;
    if (peek('-')) {
      pos++;
    }
    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos == start || (pos < text.length() && ".eE".indexOf(text.charAt(pos)) >= 0)) {
      throw error("expected a value (numbers in a descriptor are integers)");
    }
    try {
      return new Json.Num(Long.parseLong(text.substring(start, pos)));
    } catch (NumberFormatException e) {
      throw error("not an integer: " + text.substring(start, pos));
    }
  }

  private void space() {
    while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private IllegalArgumentException error(String what) {
    int line = 1;
    for (int i = 0; i < pos && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return new IllegalArgumentException(what + " at line " + line);
  }
}
