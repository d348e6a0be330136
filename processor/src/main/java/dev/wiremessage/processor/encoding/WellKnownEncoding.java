package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * A JDK type with a built-in fixed form (docs/wire-format.md section 15), written and read by
 * one runtime method each: {@code out.writeInstant(value)}, {@code in.readInstant(field)}.
 */
public record WellKnownEncoding(Kind kind) implements Encoding {

  /**
   * The types, their runtime methods and sizes; {@code descriptor} is the {@code kind} of the
   * layout descriptor (docs/schema.md), {@code checksOnWrite} whether the runtime's write
   * method takes the field (it can fail).
   */
  public enum Kind {
    UUID("java.util.UUID", "Uuid", 16, "uuid", false),
    INSTANT("java.time.Instant", "Instant", 12, "instant", false),
    DURATION("java.time.Duration", "Duration", 12, "duration", false),
    LOCAL_DATE("java.time.LocalDate", "LocalDate", 4, "local-date", true),
    LOCAL_TIME("java.time.LocalTime", "LocalTime", 8, "local-time", false),
    LOCAL_DATE_TIME("java.time.LocalDateTime", "LocalDateTime", 12, "local-date-time", true),
    INET_ADDRESS("java.net.InetAddress", "InetAddress", 5, "inet-address", false);

    /** The qualified name of the Java type. */
    public final String qualifiedName;
    final String method;
    public final int minBytes;
    public final String descriptor;
    final boolean checksOnWrite;

    Kind(String qualifiedName, String method, int minBytes, String descriptor, boolean checksOnWrite) {
      this.qualifiedName = qualifiedName;
      this.method = method;
      this.minBytes = minBytes;
      this.descriptor = descriptor;
      this.checksOnWrite = checksOnWrite;
    }

    /** The kind of the type named {@code qualifiedName}, or null. */
    public static Kind of(String qualifiedName) {
      for (Kind k : values()) {
        if (k.qualifiedName.equals(qualifiedName)) {
          return k;
        }
      }
      return null;
    }
  }

  @Override
  public TypeName type() {
    return ClassName.bestGuess(kind.qualifiedName);
  }

  @Override
  public int minBytes() {
    return kind.minBytes;
  }

  @Override
  public void write(Scope scope, CodeBlock value, boolean nonNull) {
    if (kind.checksOnWrite) {
      scope.statement("$N.write$L($L, $L)", scope.stream(), kind.method, scope.requireNonNull(value, nonNull),
          scope.field());
    } else {
      scope.statement("$N.write$L($L)", scope.stream(), kind.method, scope.requireNonNull(value, nonNull));
    }
  }

  @Override
  public CodeBlock read(Scope scope) {
    return CodeBlock.of("$N.read$L($L)", scope.stream(), kind.method, scope.field());
  }
}
