package dev.wiremessage.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * python.md promises that the generated modules pass {@code mypy --strict}: this runs it on the
 * module of every test descriptor (the interop protocol with every component type, the limits
 * records) and on a module with a deliberate type error, so that a checker that reports
 * nothing cannot pass for one that checks. Without mypy on the {@code PATH} (or as
 * {@code python3 -m mypy}) the test is aborted with that reason, and the reports say so.
 */
class TypeCheckTest {
  @TempDir Path dir;

  @Test
  void generatedModulesPassMypyStrict() throws Exception {
    List<String> mypy = mypy().orElse(null);
    assumeTrue(mypy != null, "mypy is not installed here (neither `mypy` on the PATH nor `python3 -m mypy`): "
        + "the generated modules were not type-checked");
    DescriptorSet set = PythonTestSupport.testDescriptors();
    PythonTestSupport.generate(set, dir, "everything", set.names().toArray(String[]::new));
    PythonTestSupport.generate(set, dir, "mix", "dev.wiremessage.tool.interop.Mix");

    Result clean = run(mypy, "--strict", "everything.py", "mix.py");
    assertEquals(0, clean.status, "mypy --strict on the generated modules:\n" + clean.out);
    assertTrue(clean.out.contains("Success: no issues found in 2 source files"), clean.out);

    // The same checker on a user's mistake against the generated types: it must be reported.
    Files.writeString(dir.resolve("misuse.py"), String.join("\n",
        "from mix import *",
        "def first(frame: bytes) -> str:",
        "    return Mix.from_frame(frame)",
        ""), StandardCharsets.UTF_8);
    Result misuse = run(mypy, "--strict", "misuse.py");
    assertEquals(1, misuse.status, misuse.out);
    assertTrue(misuse.out.contains("misuse.py:3: error: Incompatible return value type"), misuse.out);
  }

  private record Result(int status, String out) {}

  private Result run(List<String> mypy, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(mypy);
    command.add("--no-incremental");
    command.add("--cache-dir=" + dir.resolve(".mypy_cache"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("mypy did not finish in 300 s:\n" + out);
    }
    return new Result(p.exitValue(), out);
  }

  /** {@code mypy} from the PATH, else {@code python3 -m mypy} when that module is installed. */
  private static Optional<List<String>> mypy() throws IOException, InterruptedException {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, "mypy"))) {
        return Optional.of(List.of(Path.of(d, "mypy").toString()));
      }
    }
    Process p = new ProcessBuilder("python3", "-m", "mypy", "--version").redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? Optional.of(List.of("python3", "-m", "mypy")) : Optional.empty();
  }
}
