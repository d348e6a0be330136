package dev.wiremessage.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One test vector, as ../shared/conformance/README.md defines it (version 1), plus the
 * {@code baseline} key and the {@code compatible} direction of version 2 (evolution.md
 * section 7).
 *
 * @param baseline the previous release of the types (simple name to source); empty when the
 *     vector has none
 * @param unsupported why the runner cannot apply the vector (a key or value it does not know,
 *     or one the file's version does not have), or null: such a vector fails, it is never
 *     skipped
 */
record Vector(
    String name,
    Map<String, String> sources,
    Map<String, String> baseline,
    String type,
    JsonNode value,
    byte[] frame,
    String direction,
    String error,
    String note,
    String unsupported) {

  private static final Set<String> KEYS_V1 =
      Set.of("name", "sources", "type", "value", "frame", "direction", "error", "note");
  private static final Set<String> DIRECTIONS_V1 = Set.of("both", "decode", "encode", "compile");
  private static final Set<String> ERRORS = Set.of("malformed", "truncated", "frame-too-long", "encode", "compile");

  static Vector fromJson(JsonNode node, int fileVersion) {
    List<String> unsupported = new ArrayList<>();
    for (String key : node.propertyNames()) {
      boolean v2Key = key.equals("baseline");
      if (!KEYS_V1.contains(key) && !(v2Key && fileVersion >= 2)) {
        unsupported.add("key \"" + key + "\"" + (v2Key ? " needs a version 2 file" : " is not in the vector format"));
      }
    }
    JsonNode error = node.get("error");
    JsonNode note = node.get("note");
    JsonNode frame = node.get("frame");
    String direction = node.required("direction").stringValue();
    if (!DIRECTIONS_V1.contains(direction) && !(direction.equals("compatible") && fileVersion >= 2)) {
      unsupported.add("direction \"" + direction + "\""
          + (direction.equals("compatible") ? " needs a version 2 file" : " is not in the vector format"));
    }
    String errorName = error == null || error.isNull() ? null : error.stringValue();
    if (errorName != null && !ERRORS.contains(errorName)) {
      unsupported.add("error \"" + errorName + "\" is not in the vector format");
    }
    Map<String, String> baseline = sourcesOf(node.get("baseline"));
    if (direction.equals("compatible") && baseline.isEmpty()) {
      unsupported.add("direction \"compatible\" without a baseline");
    }
    return new Vector(
        node.required("name").stringValue(),
        sourcesOf(node.required("sources")),
        baseline,
        node.required("type").stringValue(),
        node.get("value"),
        frame == null || frame.isNull() ? new byte[0] : Hex.decode(frame.stringValue()),
        direction,
        errorName,
        note == null || note.isNull() ? null : note.stringValue(),
        unsupported.isEmpty() ? null : String.join("; ", unsupported));
  }

  private static Map<String, String> sourcesOf(JsonNode node) {
    Map<String, String> sources = new LinkedHashMap<>();
    if (node != null && !node.isNull()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        sources.put(e.getKey(), e.getValue().stringValue());
      }
    }
    return sources;
  }

  boolean decodes() {
    return direction.equals("both") || direction.equals("decode");
  }

  boolean encodes() {
    return direction.equals("both") || direction.equals("encode");
  }

  boolean isCompileVector() {
    return direction.equals("compile") || "compile".equals(error);
  }

  boolean hasBaseline() {
    return !baseline.isEmpty();
  }
}
