package dev.wiremessage.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Test sources in package {@code test}, and the compiler with the processor. */
final class Sources {
  /** Lines before the body of a {@link #of} source: package and two imports. */
  static final int HEADER_LINES = 3;

  private Sources() {}

  /** {@code test.<name>} with {@code import dev.wiremessage.*; import java.util.*;}: the body starts on line 4. */
  static JavaFileObject of(String name, String body) {
    return JavaFileObjects.forSourceString("test." + name,
        "package test;\nimport dev.wiremessage.*;\nimport java.util.*;\n" + body);
  }

  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new WireMessageProcessor()).compile(sources);
  }
}
