package dev.wiremessage.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.wiremessage.runtime.WireCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes of a successful compilation (the records and their generated codecs). */
final class CompiledClasses extends ClassLoader {
  private final Map<String, byte[]> classes = new HashMap<>();

  CompiledClasses(Compilation compilation) {
    super(CompiledClasses.class.getClassLoader());
    add(compilation, null);
  }

  /**
   * The classes of {@code first}, with the classes of {@code later} named in {@code replaced}
   * instead: a codec generated for one version of a type, run against another.
   */
  CompiledClasses(Compilation first, Compilation later, java.util.Set<String> replaced) {
    super(CompiledClasses.class.getClassLoader());
    add(first, null);
    add(later, replaced);
  }

  private void add(Compilation compilation, java.util.Set<String> only) {
    assertThat(compilation).succeeded();
    for (JavaFileObject f : compilation.generatedFiles()) {
      if (f.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      // "/CLASS_OUTPUT/test/Quote.class" -> "test.Quote"
      String path = f.toUri().getPath();
      String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(), path.length() - 6)
          .replace('/', '.');
      if (only != null && !only.contains(name)) {
        continue;
      }
      try (InputStream in = f.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** {@code test.<simpleName>Codec.INSTANCE}. */
  @SuppressWarnings("unchecked")
  WireCodec<Object> codec(String simpleName) throws ReflectiveOperationException {
    return (WireCodec<Object>) loadClass("test." + simpleName + "Codec").getField("INSTANCE").get(null);
  }

  /** A new {@code test.<simpleName>} record from its canonical constructor. */
  Object record(String simpleName, Object... components) throws ReflectiveOperationException {
    Constructor<?> constructor = loadClass("test." + simpleName).getDeclaredConstructors()[0];
    return constructor.newInstance(components);
  }

  /** The constant {@code name} of enum {@code test.<simpleName>}. */
  Object constant(String simpleName, String name) throws ReflectiveOperationException {
    return loadClass("test." + simpleName).getField(name).get(null);
  }
}
