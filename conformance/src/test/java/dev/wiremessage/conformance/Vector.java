package dev.wiremessage.conformance;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One test vector, as ../shared/conformance/README.md defines it. */
record Vector(
    String name,
    Map<String, String> sources,
    String type,
    JsonNode value,
    byte[] frame,
    String direction,
    String error,
    String note) {

  static Vector fromJson(JsonNode node) {
    Map<String, String> sources = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.required("sources").properties()) {
      sources.put(e.getKey(), e.getValue().stringValue());
    }
    JsonNode error = node.get("error");
    JsonNode note = node.get("note");
    JsonNode frame = node.get("frame");
    return new Vector(
        node.required("name").stringValue(),
        sources,
        node.required("type").stringValue(),
        node.get("value"),
        frame == null || frame.isNull() ? new byte[0] : Hex.decode(frame.stringValue()),
        node.required("direction").stringValue(),
        error == null || error.isNull() ? null : error.stringValue(),
        note == null || note.isNull() ? null : note.stringValue());
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
}
