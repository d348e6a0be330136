package dev.wiremessage.processor.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The generated JSON code of one {@code Format.JSON} record: the record, and every record it
 * reaches (each gets a write and a read method), in the order they were reached.
 *
 * @param root the body's record, first of {@code records}
 * @param usesMapper whether any value goes through the JsonMapper (Jackson databind by default)
 */
public record JsonBody(JsonRecord root, List<JsonRecord> records, boolean usesMapper) {
  public JsonBody {
    records = List.copyOf(records);
  }

  /** A record as a JSON object: its components in declaration order. */
  public record JsonRecord(ClassName type, List<JsonField> fields) {
    public JsonRecord {
      fields = List.copyOf(fields);
    }
  }

  /** Whether a key may be missing or {@code null} (docs/wire-format.md section 14). */
  public enum Presence {
    /** The key must be there with a value that is not null. */
    REQUIRED,
    /** {@code Optional}: missing or null is empty. */
    OPTIONAL,
    /** An annotation named {@code Nullable}: missing or null is null. */
    NULLABLE,
    /** {@code @Since}: missing or null is the absent value. */
    ADDED_LATER
  }

  /**
   * One component: a key.
   *
   * @param absent the value of a missing key (null for a REQUIRED one)
   */
  public record JsonField(String name, TypeName type, JsonType json, Presence presence, CodeBlock absent) {}
}
