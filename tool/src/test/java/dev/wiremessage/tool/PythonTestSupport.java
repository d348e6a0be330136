package dev.wiremessage.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test helpers: descriptors of the test classes, generated modules, python3 processes. */
public final class PythonTestSupport {
  private PythonTestSupport() {}

  /** The descriptors the processor wrote for this module's test records. */
  public static DescriptorSet testDescriptors() throws IOException {
    return DescriptorSet.load(Path.of("target/test-classes"));
  }

  /** Writes the module for {@code roots} as {@code dir/name.py}. */
  public static Path generate(DescriptorSet set, Path dir, String name, String... roots) throws IOException {
    Path file = dir.resolve(name + ".py");
    Files.writeString(file, new PythonGenerator(set).generate(List.of(roots)), StandardCharsets.UTF_8);
    return file;
  }

  /** {@code mix.py} (the interop protocol) and the interop scripts, in {@code dir}. */
  public static void generateMix(Path dir) throws IOException {
    generate(testDescriptors(), dir, "mix", "dev.wiremessage.tool.interop.Mix");
    resource("/interop/interop_client.py", dir);
    resource("/interop/interop_server.py", dir);
  }

  /** Copies a test resource into {@code dir}. */
  public static Path resource(String name, Path dir) throws IOException {
    Path file = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
    try (InputStream in = PythonTestSupport.class.getResourceAsStream(name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  /** A python3 process with {@code dir} on its path. */
  public static Process start(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("python3"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("PYTHONPATH", dir.toString());
    pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    return pb.start();
  }

  /** Runs python3 to the end; its output, after checking the exit status is 0. */
  public static String run(Path dir, String... args) throws IOException, InterruptedException {
    Process p = start(dir, args);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean ended = p.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly();
    }
    assertEquals(0, ended ? p.exitValue() : -1, "python3 " + String.join(" ", args) + ":\n" + out);
    return out;
  }
}
