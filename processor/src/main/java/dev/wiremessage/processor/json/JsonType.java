package dev.wiremessage.processor.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * How a value of a {@code Format.JSON} body is written and read: the model of the generated
 * JSON code, one variant per kind of JSON value. Immutable; made by {@link JsonModelParser}.
 */
public sealed interface JsonType {
  /** The Java type of the value. */
  TypeName type();

  /**
   * Strings, booleans and numbers, {@code char} as a string of one character, and the JDK types
   * with a built-in form (as Jackson writes them, read strictly).
   */
  enum Kind {
    STRING("String", "a string"), BOOLEAN("Boolean", "true or false"), BYTE("Byte", "an integer"),
    SHORT("Short", "an integer"), INT("Int", "an integer"), LONG("Long", "an integer"),
    FLOAT("Float", "a number"), DOUBLE("Double", "a number"), CHAR("Char", "a string of one character"),
    // the JDK types of docs/wire-format.md section 15: strings in ISO-8601 or canonical form, numbers exactly
    UUID("Uuid", "a UUID string"), INSTANT("Instant", "an ISO-8601 instant"), DURATION("Duration", "an ISO-8601 duration"),
    LOCAL_DATE("LocalDate", "an ISO-8601 date"), LOCAL_TIME("LocalTime", "an ISO-8601 time"),
    LOCAL_DATE_TIME("LocalDateTime", "an ISO-8601 date and time"), INET_ADDRESS("InetAddress", "an IP address string"),
    BIG_INTEGER("BigInteger", "an integer"), BIG_DECIMAL("BigDecimal", "a number");

    /** The suffix of the reader's and writer's method: {@code readInt}, {@code writeString}. */
    public final String method;
    final String json;

    Kind(String method, String json) {
      this.method = method;
      this.json = json;
    }
  }

  /** A string, boolean or number; {@code type} primitive or boxed. */
  record Scalar(TypeName type, Kind kind) implements JsonType {}

  /** An enum, by constant name (as Jackson writes it). */
  record EnumType(ClassName type, List<String> constants) implements JsonType {
    public EnumType {
      constants = List.copyOf(constants);
    }
  }

  /** A record reached from the body: an object of its components, read by its own method. */
  record RecordRef(ClassName type) implements JsonType {}

  /** {@code List<E>}: an array. */
  record ListType(TypeName type, JsonType element) implements JsonType {}

  /** {@code Map<String, V>}: an object, keys in the map's order. */
  record MapType(TypeName type, JsonType value) implements JsonType {}

  /** {@code Optional<T>}, or {@code OptionalInt}, {@code OptionalLong}, {@code OptionalDouble} ({@code element} a Scalar). */
  record OptionalType(TypeName type, JsonType element, boolean primitive) implements JsonType {}

  /**
   * A type the generated code does not write itself (an array, {@code Object}, a wildcard, a
   * class that is not a record): through the codec's JsonMapper, for this value only.
   *
   * @param typeExpr the {@code java.lang.reflect.Type} as code
   */
  record Mapped(TypeName type, CodeBlock typeExpr) implements JsonType {}
}
