package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.CodeBlock;
import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.processor.support.Ann;
import dev.wiremessage.processor.support.Diagnostic;

/**
 * The element count of a list or array ({@code @Count}, default U32 big-endian), shared by both.
 *
 * @param max the most elements allowed ({@code @Count(max)}), or -1 for no limit but the frame's
 */
public record Counted(Length length, Endian order, int max) {

  /** The count of the site's {@code @Count}; null (reported) when it is not allowed there. */
  static Counted create(Site site, Encoding element) {
    NestedMessageEncoding rest = NestedMessageEncoding.restTaker(element);
    if (rest != null) {
      String fix = rest.json()
          ? "Send each element with a length: @JsonBlob, or make " + rest.type().simpleName() + " a binary record"
          : Character.toUpperCase(rest.restFix().charAt(0)) + rest.restFix().substring(1);
      site.report(Diagnostic.REST_IN_ELEMENT, rest.restWhat(), site.field(), fix);
      return null;
    }
    Ann ann = site.count();
    if (ann == null) {
      return new Counted(Length.U32, Endian.BIG, -1);
    }
    Length length = ann.enumValue("length", Length.class);
    boolean restOk = site.checkRest(ann, "length", length, "Count");
    int max = site.max(ann, "max", length, "elements");
    if (!restOk || max == Site.INVALID) {
      return null;
    }
    if (length == Length.REST && element.minBytes() == 0) {
      site.report(Diagnostic.REST_ZERO_WIDTH, ann, "length", site.field(), element.type());
      return null;
    }
    return new Counted(length, ann.enumValue("order", Endian.class), max);
  }

  boolean rest() {
    return length == Length.REST;
  }

  int minBytes() {
    return Site.headerBytes(length);
  }

  /** Writes the count; for REST nothing, unless there is a maximum to check. */
  void writeCount(Scope scope, CodeBlock size) {
    if (!rest() || max >= 0) {
      scope.statement("$N.writeCount($L, $T.$L, $T.$L, $L$L)", scope.stream(), size, RuntimeTypes.LENGTH, length,
          RuntimeTypes.ENDIAN, order, Sized.maxArgument(max), scope.field());
    }
  }

  /** Writes the count ({@code size}), then each element of the local {@code collection}. */
  void writeElements(Scope scope, Encoding element, String collection, CodeBlock size) {
    writeCount(scope, size);
    Scope body = scope.loopBody(scope.base() + "Item");
    String item = body.newLocal("");
    scope.beginControlFlow("for ($T $N : $N)", element.type(), item, collection);
    element.write(body, CodeBlock.of("$N", item), false);
    scope.add(body.code());
    scope.endControlFlow();
  }

  /** Declares the count local and returns its name (not for REST). */
  String readCount(Scope scope, int minElementBytes) {
    String count = scope.newLocal("Count");
    scope.statement("int $N = $N.readCount($T.$L, $T.$L, $L, $L$L)", count, scope.stream(), RuntimeTypes.LENGTH,
        length, RuntimeTypes.ENDIAN, order, minElementBytes, Sized.maxArgument(max), scope.field());
    return count;
  }

  /**
   * Opens the read loop: to the end of the payload for REST (failing after {@code max} elements
   * when there is a maximum: {@code collected} counts the elements read so far), else
   * {@code count} times.
   */
  void beginLoop(Scope scope, Scope body, String count, CodeBlock collected) {
    if (rest() && max >= 0) {
      scope.beginControlFlow("while ($N.hasMoreElements($L, $L, $L))", scope.stream(), collected, max,
          scope.field());
    } else if (rest()) {
      scope.beginControlFlow("while ($N.remaining() > 0)", scope.stream());
    } else {
      String i = body.newName("i");
      scope.beginControlFlow("for (int $N = 0; $N < $N; $N++)", i, i, count, i);
    }
  }
}
