package dev.wiremessage.processor.support;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.TypeElement;

/** Names of generated classes: {@code QuoteCodec}, {@code Outer_InnerCodec}. */
public final class Naming {
  private Naming() {}

  public static ClassName codecOf(TypeElement type) {
    ClassName name = ClassName.get(type);
    return ClassName.get(name.packageName(), String.join("_", name.simpleNames()) + "Codec");
  }
}
