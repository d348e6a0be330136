package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;

/**
 * Where an encoding emits code: the statements of one block of {@code encodePayload} or
 * {@code decodePayload}, the name of the stream variable ({@code out} or {@code in}), the
 * {@code "Record.component"} field string, and the method's {@link NameAllocator} so that
 * locals never clash with component names or each other.
 */
public final class Scope {
  private final NameAllocator names;
  private final String stream;
  private final String field;
  private final String base;
  private final CodeBlock.Builder code = CodeBlock.builder();
  private String target;
  private boolean claimed;

  /**
   * @param target the local the caller will store the value read in, or null; an encoding
   *     that needs a local for its result may {@link #claimTarget() claim} it
   */
  public Scope(NameAllocator names, String stream, String field, String base, String target) {
    this.names = names;
    this.stream = stream;
    this.field = field;
    this.base = base;
    this.target = target;
  }

  /** A nested block (the body of an if) with the same names and no target. */
  public Scope child(String childBase) {
    return new Scope(names, stream, field, childBase, null);
  }

  /**
   * The body of a loop, its locals derived from {@code bodyBase}. Its names are forgotten after
   * the loop, so sibling loops can both use {@code i}; the parent must not allocate names after
   * the loop for locals declared before it.
   */
  public Scope loopBody(String bodyBase) {
    return new Scope(names.clone(), stream, field, bodyBase, null);
  }

  /**
   * {@code value} as a name to use more than once: itself when it is already a local (checked
   * for null with a statement unless {@code nonNull}), else a new local of {@code type}.
   */
  public String local(com.palantir.javapoet.TypeName type, CodeBlock value, boolean nonNull) {
    String text = value.toString();
    if (javax.lang.model.SourceVersion.isIdentifier(text)) {
      if (!nonNull) {
        statement("$L", requireNonNull(value, false));
      }
      return text;
    }
    String local = newLocal("");
    statement("$T $N = $L", type, local, requireNonNull(value, nonNull));
    return local;
  }

  /**
   * A local for the result of a read: the caller's target when it is still free (then the
   * returned expression must be exactly that name), else a new local.
   */
  public String claimTarget() {
    if (target != null && !claimed) {
      claimed = true;
      return target;
    }
    return newLocal("");
  }

  /** Whether {@link #claimTarget()} gave away the target: the caller must not declare it. */
  public boolean targetClaimed() {
    return claimed;
  }

  /** A fresh local name, {@code name} itself when free. */
  public String newName(String name) {
    return names.newName(name);
  }

  /** The stream variable: {@code out} when encoding, {@code in} when decoding. */
  public String stream() {
    return stream;
  }

  /** The {@code "Record.component"} string itself. */
  public String fieldName() {
    return field;
  }

  /** The {@code "Record.component"} literal for error messages. */
  public CodeBlock field() {
    return CodeBlock.of("$S", field);
  }

  /** The name locals of this value are derived from (the component's name). */
  public String base() {
    return base;
  }

  /** A fresh local name, {@code base + suffix} when free. */
  public String newLocal(String suffix) {
    return names.newName(base + suffix);
  }

  public void statement(String format, Object... args) {
    code.addStatement(format, args);
  }

  public void add(CodeBlock block) {
    code.add(block);
  }

  public void beginControlFlow(String format, Object... args) {
    code.beginControlFlow(format, args);
  }

  public void nextControlFlow(String format, Object... args) {
    code.nextControlFlow(format, args);
  }

  public void endControlFlow() {
    code.endControlFlow();
  }

  public boolean isEmpty() {
    return code.isEmpty();
  }

  public CodeBlock code() {
    return code.build();
  }

  /** {@code value} as is when known non-null, else {@code PayloadWriter.requireNonNull(value, field)}. */
  public CodeBlock requireNonNull(CodeBlock value, boolean nonNull) {
    return nonNull ? value : CodeBlock.of("$T.requireNonNull($L, $L)", RuntimeTypes.PAYLOAD_WRITER, value, field());
  }
}
