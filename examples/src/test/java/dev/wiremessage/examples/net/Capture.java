package dev.wiremessage.examples.net;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A PrintStream whose lines a test reads back while servers keep printing (thread-safe). */
public final class Capture {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  public final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  public List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList(); // synchronized on bytes, as its writes are
  }

  /** The lines that start with {@code prefix}. */
  public List<String> linesStartingWith(String prefix) {
    return lines().stream().filter(l -> l.startsWith(prefix)).toList();
  }

  @Override
  public String toString() {
    return String.join("\n", lines());
  }
}
