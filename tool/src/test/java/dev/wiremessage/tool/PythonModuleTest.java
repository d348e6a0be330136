package dev.wiremessage.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated module's limits (wire-format.md section 13) and partial-read helpers, on the
 * records of {@code dev.wiremessage.tool.limits}: {@code limits_check.py} asserts each.
 */
class PythonModuleTest {
  @TempDir Path dir;

  @Test
  void everyLimitHoldsBeforeAnythingIsAllocated() throws Exception {
    PythonTestSupport.generate(PythonTestSupport.testDescriptors(), dir, "limits",
        "dev.wiremessage.tool.limits.Node", "dev.wiremessage.tool.limits.Profile", "dev.wiremessage.tool.limits.Line",
        "dev.wiremessage.tool.limits.Tiny", "dev.wiremessage.tool.limits.Empties");
    PythonTestSupport.resource("/interop/limits_check.py", dir);
    String out = PythonTestSupport.run(dir, "limits_check.py");
    List<String> checks = out.lines().map(l -> l.replaceFirst(" -- .*", "")).toList();
    assertEquals(List.of("ok header over the limit", "ok VARINT header of 11 bytes", "ok end inside a frame",
        "ok delimited: 9 bytes without a delimiter", "ok delimited: 8 bytes then the delimiter", "ok delimiter in a payload",
        "ok integer out of range", "ok 64 nested levels", "ok maxBytes", "ok @Count(max)",
        "ok count against the bytes left", "ok maxBytes on encode", "ok @Count(max) on encode",
        "ok empty elements over the budget", "ok lone surrogate in JSON",
        "ok Connection: frames in pieces, then a clean end"), checks, out);
  }
}
