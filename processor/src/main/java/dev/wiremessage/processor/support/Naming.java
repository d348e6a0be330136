package dev.wiremessage.processor.support;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.TypeElement;

/** Names of generated classes: {@code QuoteCodec}, {@code Outer_InnerCodec}. */
public final class Naming {
  private Naming() {}

  public static ClassName codecOf(TypeElement type) {
    return codecOf(ClassName.get(type));
  }

  public static ClassName codecOf(ClassName name) {
    return ClassName.get(name.packageName(), String.join("_", name.simpleNames()) + "Codec");
  }
}
