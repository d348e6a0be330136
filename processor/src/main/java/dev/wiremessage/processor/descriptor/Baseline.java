package dev.wiremessage.processor.descriptor;

import dev.wiremessage.processor.support.Diagnostic;
import dev.wiremessage.processor.support.Reporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;

/**
 * The directory of {@code -Awiremessage.baseline=DIR}: the last release's descriptors, by
 * binary name ({@code DIR/com.example.Quote.json}). Without the option, nothing is found and
 * nothing is checked.
 */
final class Baseline {
  private final Path dir;

  private Baseline(Path dir) {
    this.dir = dir;
  }

  /** The baseline of the option's value; an error (and no baseline) when it is not an absolute path to a directory. */
  static Baseline of(String option, Messager messager) {
    if (option == null) {
      return new Baseline(null);
    }
    String problem;
    try {
      Path dir = Path.of(option);
      if (!dir.isAbsolute()) {
        problem = "not an absolute path (javac resolves a relative one against its working directory, which differs between builds)";
      } else if (!Files.isDirectory(dir)) {
        problem = "no such directory";
      } else {
        return new Baseline(dir);
      }
    } catch (InvalidPathException e) {
      problem = "not a path: " + e.getReason();
    }
    Diagnostic d = Diagnostic.BASELINE_OPTION;
    messager.printMessage(d.kind(), d.format(option, problem));
    return new Baseline(null);
  }

  /**
   * The baseline's descriptor of {@code binaryName}, or null when there is none (a new type);
   * an error on {@code type} when the file is there but is not a descriptor of version
   * 1 to {@link LayoutDescriptor#VERSION} for that type.
   */
  Json.Obj find(String binaryName, TypeElement type, Reporter reporter) {
    if (dir == null) {
      return null;
    }
    Path file = dir.resolve(binaryName + ".json");
    if (!Files.isRegularFile(file)) {
      return null;
    }
    String problem;
    try {
      Json json = JsonText.read(Files.readString(file, StandardCharsets.UTF_8));
      if (!(json instanceof Json.Obj o) || !LayoutDescriptor.FORMAT.equals(o.string("descriptor"))) {
        problem = "its \"descriptor\" is not \"" + LayoutDescriptor.FORMAT + "\"";
      } else if (o.number("version", -1) < 1 || o.number("version", -1) > LayoutDescriptor.VERSION) {
        problem = "descriptor version " + o.number("version", -1) + ", and this processor reads versions 1 to "
            + LayoutDescriptor.VERSION;
      } else if (!binaryName.equals(o.string("type"))) {
        problem = "it describes " + o.string("type");
      } else {
        return o;
      }
    } catch (IOException | RuntimeException e) {
      problem = e.getMessage();
    }
    reporter.report(Diagnostic.BASELINE_UNREADABLE, type, type.getSimpleName(), file, problem, binaryName,
        type.getSimpleName());
    return null;
  }
}
