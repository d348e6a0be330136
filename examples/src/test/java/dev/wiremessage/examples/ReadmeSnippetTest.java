package dev.wiremessage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README.md's "Maven setup" block and {@code consumer/pom.xml} (the project that
 * {@code .ci/consumer-check} builds against the installed artifacts) cannot drift apart: the
 * consumer pom holds the README's block line for line, indentation aside, and the versions in
 * it are this build's.
 */
class ReadmeSnippetTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void consumerPomHoldsTheReadmesMavenSetupVerbatim() throws IOException {
    List<String> snippet = trimmed(readmeMavenBlock());
    List<String> pom = trimmed(Files.readString(ROOT.resolve("consumer/pom.xml")));
    assertTrue(snippet.size() > 10, "README block too short: " + snippet);
    int at = indexOf(pom, snippet);
    assertTrue(at >= 0, "consumer/pom.xml does not hold README.md's Maven setup block; update one from the other.\nREADME:\n"
        + String.join("\n", snippet));
  }

  @Test
  void readmeNamesThisBuildsVersionsAndTheConsumerCheck() throws IOException {
    String block = readmeMavenBlock();
    Matcher parent = Pattern.compile("<artifactId>wiremessage-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertTrue(parent.find(), "the parent pom's version");
    Matcher m = Pattern.compile(
        "<groupId>dev\\.wiremessage</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>").matcher(block);
    List<String> artifacts = new java.util.ArrayList<>();
    while (m.find()) {
      assertEquals(parent.group(1), m.group(2), m.group(1) + "'s version in README.md");
      artifacts.add(m.group(1));
    }
    assertEquals(List.of("wiremessage-annotations", "wiremessage-runtime", "wiremessage-processor"), artifacts);
    assertTrue(Files.readString(ROOT.resolve("README.md")).contains(".ci/consumer-check"), "README names the check");
  }

  static String readmeMavenBlock() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher m = Pattern.compile("## Maven setup\\R(?:(?!\\R## ).)*?```xml\\R(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(m.find(), "no ```xml block under '## Maven setup' in README.md");
    return m.group(1);
  }

  private static List<String> trimmed(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static int indexOf(List<String> haystack, List<String> needle) {
    for (int i = 0; i + needle.size() <= haystack.size(); i++) {
      if (haystack.subList(i, i + needle.size()).equals(needle)) {
        return i;
      }
    }
    return -1;
  }
}
