package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * How one value (a component, or an element of one) goes on the wire. Each implementation
 * validates its annotations in its {@code create} method and emits the code that writes and
 * reads the value.
 */
public sealed interface Encoding
    permits FixedIntEncoding, CharEncoding, BooleanEncoding, FloatEncoding, Utf8Encoding, BytesEncoding,
        JsonBlobEncoding, NestedMessageEncoding, OptionalEncoding, NullableEncoding, EnumCodeEncoding,
        EnumNameEncoding, ListEncoding, ArrayEncoding, WellKnownEncoding, BigNumberEncoding, ConverterEncoding,
        ProtocolEncoding {

  /** The Java type of the value. */
  TypeName type();

  /** The fewest bytes the value takes on the wire (a bound for element counts). */
  int minBytes();

  /** Whether the value takes every byte left in the payload (Length.REST). */
  default boolean takesRest() {
    return false;
  }

  /**
   * Adds the statements that write {@code value} (an expression evaluated once) to
   * {@code scope.stream()}; {@code nonNull} when the value is known not to be null.
   */
  void write(Scope scope, CodeBlock value, boolean nonNull);

  /** Adds any statements needed before, and returns the expression of the value read. */
  CodeBlock read(Scope scope);

  /**
   * The width of a value that can sit in a run of consecutive fixed-width components, which
   * generated code writes behind one room check and reads after one bounds check: a primitive
   * of a fixed width. 0 for every other value.
   */
  default int runBytes() {
    return 0;
  }

  /** The value's entry in the run's description for errors: its width, or {@code boolean}. */
  default String runKind() {
    return Integer.toString(runBytes());
  }

  /** Adds the statement that puts {@code value} at index {@code at} of a run; only when {@link #runBytes()} &gt; 0. */
  default void putAt(Scope scope, CodeBlock value, CodeBlock at) {
    throw new UnsupportedOperationException(type() + " is not in a run");
  }

  /** The value got at index {@code at} of a run; only when {@link #runBytes()} &gt; 0. */
  default CodeBlock getAt(Scope scope, CodeBlock at) {
    throw new UnsupportedOperationException(type() + " is not in a run");
  }

  /** Static constants the code refers to (generic JSON types). */
  default List<FieldSpec> constants() {
    return List.of();
  }
}
