package dev.wiremessage.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/** Test sources in package {@code test}, and the compiler with the processor. */
final class Sources {
  private Sources() {}

  /** {@code test.<name>} with {@code import dev.wiremessage.*; import java.util.*;}: the body starts on line 4. */
  static JavaFileObject of(String name, String body) {
    return JavaFileObjects.forSourceString("test." + name,
        "package test;\nimport dev.wiremessage.*;\nimport java.util.*;\n" + body);
  }

  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new WireMessageProcessor()).compile(sources);
  }

  /** {@link #compile} with every javac lint but -processing (the processor claims nothing, as Error Prone asks) and -Werror. */
  static Compilation compileLinted(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new WireMessageProcessor()).withOptions("-Xlint:all,-processing", "-Werror").compile(sources);
  }

  /**
   * A compilation, the names of the sources the processor created (known even when it failed),
   * and for each the qualified names of the originating elements it gave the Filer.
   */
  record Result(Compilation compilation, Set<String> generated, Map<String, List<String>> origins) {}

  static Result compileRecording(JavaFileObject... sources) {
    Recording processor = new Recording(new WireMessageProcessor());
    Compilation c = Compiler.javac().withProcessors(processor).compile(sources);
    return new Result(c, processor.generated, processor.origins);
  }

  /** Delegates to a processor, recording the sources it creates through the Filer. */
  private static final class Recording implements Processor {
    private final Processor delegate;
    final Set<String> generated = new HashSet<>();
    final Map<String, List<String>> origins = new HashMap<>();

    Recording(Processor delegate) {
      this.delegate = delegate;
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element e, AnnotationMirror a, ExecutableElement m, String text) {
      return delegate.getCompletions(e, a, m, text);
    }

    @Override
    public void init(ProcessingEnvironment env) {
      Filer filer = env.getFiler();
      Filer recording = new Filer() {
        @Override
        public JavaFileObject createSourceFile(CharSequence name, Element... origins) throws IOException {
          generated.add(name.toString());
          List<String> names = new ArrayList<>();
          for (Element e : origins) {
            names.add(e instanceof TypeElement t ? t.getQualifiedName().toString() : e.toString());
          }
          Sources.Recording.this.origins.put(name.toString(), names);
          return filer.createSourceFile(name, origins);
        }

        @Override
        public JavaFileObject createClassFile(CharSequence name, Element... origins) throws IOException {
          throw new AssertionError("the processor writes sources only, not class file " + name);
        }

        @Override
        public FileObject createResource(JavaFileManager.Location location, CharSequence pkg, CharSequence name,
            Element... origins) throws IOException {
          if (location != javax.tools.StandardLocation.CLASS_OUTPUT || !name.toString().startsWith("META-INF/wiremessage/")) {
            throw new AssertionError("the processor writes sources and layout descriptors only, not resource " + name);
          }
          List<String> names = new ArrayList<>();
          for (Element e : origins) {
            names.add(e instanceof TypeElement t ? t.getQualifiedName().toString() : e.toString());
          }
          Sources.Recording.this.origins.put(name.toString(), names);
          return filer.createResource(location, pkg, name, origins);
        }

        @Override
        public FileObject getResource(JavaFileManager.Location location, CharSequence pkg, CharSequence name)
            throws IOException {
          return filer.getResource(location, pkg, name);
        }
      };
      delegate.init(new ProcessingEnvironment() {
        @Override
        public Map<String, String> getOptions() {
          return env.getOptions();
        }

        @Override
        public Messager getMessager() {
          return env.getMessager();
        }

        @Override
        public Filer getFiler() {
          return recording;
        }

        @Override
        public Elements getElementUtils() {
          return env.getElementUtils();
        }

        @Override
        public Types getTypeUtils() {
          return env.getTypeUtils();
        }

        @Override
        public SourceVersion getSourceVersion() {
          return env.getSourceVersion();
        }

        @Override
        public Locale getLocale() {
          return env.getLocale();
        }
      });
    }
  }
}
