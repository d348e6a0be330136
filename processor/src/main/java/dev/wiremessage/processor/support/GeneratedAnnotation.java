package dev.wiremessage.processor.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Whether a generated codec may carry {@code @javax.annotation.processing.Generated}. That type
 * lives in module {@code java.compiler}, which code on the class path always reads but a named
 * module reads only when it requires it (directly, or through a {@code requires transitive}
 * chain such as {@code java.se}'s): a {@code module-info} with just {@code requires
 * dev.wiremessage.runtime} would not compile with the annotation. So it is emitted only where
 * the record's module can see it.
 *
 * <p>Why not {@code Elements.getTypeElement(name)} alone, as AutoValue does: in a modular
 * compilation javac finds the type in any module of the graph, readable or not. The
 * directives of the record's own module are what decide.
 */
public final class GeneratedAnnotation {
  static final String TYPE = "javax.annotation.processing.Generated";
  static final String MODULE = "java.compiler";

  private GeneratedAnnotation() {}

  /** True when code generated beside {@code origin} may use {@code @Generated}. */
  public static boolean available(Elements elements, Element origin) {
    ModuleElement module = elements.getModuleOf(origin);
    if (module == null || module.isUnnamed()) {
      return elements.getTypeElement(TYPE) != null;
    }
    return reads(module, MODULE) && elements.getTypeElement(module, TYPE) != null;
  }

  /** {@code module} requires {@code target}, or requires a module that requires it transitively (recursively). */
  static boolean reads(ModuleElement module, String target) {
    Deque<ModuleElement> todo = new ArrayDeque<>();
    for (RequiresDirective r : ElementFilter.requiresIn(module.getDirectives())) {
      todo.add(r.getDependency());
    }
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      ModuleElement m = todo.pop();
      String name = m.getQualifiedName().toString();
      if (!seen.add(name)) {
        continue;
      }
      if (name.equals(target)) {
        return true;
      }
      for (RequiresDirective r : ElementFilter.requiresIn(m.getDirectives())) {
        if (r.isTransitive()) {
          todo.add(r.getDependency());
        }
      }
    }
    return false;
  }
}
