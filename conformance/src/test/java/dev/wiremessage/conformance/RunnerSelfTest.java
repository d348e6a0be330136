package dev.wiremessage.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The runner itself: a vector that lies about the bytes, the value or the error must fail. */
class RunnerSelfTest {
  private static final String QUOTE = "@WireMessage public record Quote(@Utf8(length = Length.U8) String symbol, "
      + "@FixedInt(bytes = 8) long price, @FixedInt(bytes = 4) int qty, String venue) {}";
  private static final String GOOD_FRAME = "00000019044141504c00000000000049fe0000012c00000004584e4153";

  @TempDir Path work;

  private Map<String, List<String>> run(String vectorsJson) {
    return Conformance.run(Conformance.parse(JsonMapper.builder().build().readTree(vectorsJson)), work);
  }

  private static String vector(String name, String direction, String value, String frame, String error) {
    return "{\"name\":\"" + name + "\",\"sources\":{\"Quote\":" + JsonMapper.builder().build().writeValueAsString(QUOTE)
        + "},\"type\":\"Quote\",\"value\":" + value + ",\"frame\":\"" + frame + "\",\"direction\":\"" + direction + "\""
        + (error == null ? "" : ",\"error\":\"" + error + "\"") + "}";
  }

  @Test
  void aVectorItCannotApplyFailsInsteadOfBeingSkipped() {
    String quote = JsonMapper.builder().build().writeValueAsString(QUOTE);
    String broken = JsonMapper.builder().build().writeValueAsString("@WireMessage public record Quote(int x");
    String v1 = "{\"format\":\"wiremessage conformance vectors\",\"version\":1,\"vectors\":["
        + "{\"name\":\"unknown-key\",\"sources\":{\"Quote\":" + quote + "},\"type\":\"Quote\",\"direction\":\"compile\","
        + "\"error\":\"compile\",\"schema\":3},"
        + "{\"name\":\"v2-key-in-v1\",\"baseline\":{\"Quote\":" + quote + "},\"sources\":{\"Quote\":" + quote
        + "},\"type\":\"Quote\",\"direction\":\"compatible\"}]}";
    String v2 = "{\"format\":\"wiremessage conformance vectors\",\"version\":2,\"vectors\":["
        + "{\"name\":\"baseline-broken\",\"baseline\":{\"Quote\":" + broken + "},\"sources\":{\"Quote\":" + quote
        + "},\"type\":\"Quote\",\"direction\":\"compatible\"},"
        + "{\"name\":\"compatible-without-baseline\",\"sources\":{\"Quote\":" + quote
        + "},\"type\":\"Quote\",\"direction\":\"compatible\"}]}";

    Map<String, List<String>> first = run(v1);
    Map<String, List<String>> second = run(v2);

    assertTrue(first.get("unknown-key").toString().contains("key \"schema\" is not in the vector format"),
        first.get("unknown-key").toString());
    assertTrue(first.get("v2-key-in-v1").toString().contains("key \"baseline\" needs a version 2 file"),
        first.get("v2-key-in-v1").toString());
    assertTrue(second.get("baseline-broken").toString().contains("the baseline does not compile"),
        second.get("baseline-broken").toString());
    assertTrue(second.get("compatible-without-baseline").toString().contains("compatible\" without a baseline"),
        second.get("compatible-without-baseline").toString());
  }

  @Test
  void compilesSourcesAgainstTheirBaseline() {
    String quote = JsonMapper.builder().build().writeValueAsString(QUOTE);
    String wider = JsonMapper.builder().build().writeValueAsString(QUOTE.replace("@FixedInt(bytes = 4) int qty",
        "@FixedInt(bytes = 8) long qty"));
    String file = "{\"format\":\"wiremessage conformance vectors\",\"version\":2,\"vectors\":["
        + "{\"name\":\"breaks-but-said-compatible\",\"baseline\":{\"Quote\":" + quote + "},\"sources\":{\"Quote\":"
        + wider + "},\"type\":\"Quote\",\"direction\":\"compatible\"},"
        + "{\"name\":\"same-but-said-breaking\",\"baseline\":{\"Quote\":" + quote + "},\"sources\":{\"Quote\":"
        + quote + "},\"type\":\"Quote\",\"direction\":\"compile\",\"error\":\"compile\"},"
        + "{\"name\":\"really-breaks\",\"baseline\":{\"Quote\":" + quote + "},\"sources\":{\"Quote\":"
        + wider + "},\"type\":\"Quote\",\"direction\":\"compile\",\"error\":\"compile\"},"
        + "{\"name\":\"really-compatible\",\"baseline\":{\"Quote\":" + quote + "},\"sources\":{\"Quote\":"
        + quote + "},\"type\":\"Quote\",\"direction\":\"compatible\"}]}";

    Map<String, List<String>> problems = run(file);

    assertTrue(problems.get("breaks-but-said-compatible").toString().contains("does not compile against its baseline"),
        problems.get("breaks-but-said-compatible").toString());
    assertTrue(problems.get("same-but-said-breaking").toString().contains("should have reported an error"),
        problems.get("same-but-said-breaking").toString());
    assertEquals(List.of(), problems.get("really-breaks"));
    assertEquals(List.of(), problems.get("really-compatible"));
  }

  @Test
  void rejectsAFileOfAnUnknownVersion() {
    String v3 = "{\"format\":\"wiremessage conformance vectors\",\"version\":3,\"vectors\":[]}";
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Conformance.parse(JsonMapper.builder().build().readTree(v3)));
    assertTrue(e.getMessage().contains("reads versions 1 and 2"), e.getMessage());
  }

  @Test
  void passesATrueVectorAndFailsEveryKindOfLie() {
    String value = "{\"symbol\":\"AAPL\",\"price\":\"18942\",\"qty\":300,\"venue\":\"XNAS\"}";
    String wrongValue = "{\"symbol\":\"AAPL\",\"price\":\"18942\",\"qty\":301,\"venue\":\"XNAS\"}";
    String file = "{\"format\":\"wiremessage conformance vectors\",\"version\":1,\"vectors\":["
        + vector("true", "both", value, GOOD_FRAME, null) + ","
        + vector("wrong-bytes", "encode", value, GOOD_FRAME.replace("0000012c", "0000012d"), null) + ","
        + vector("wrong-value", "decode", wrongValue, GOOD_FRAME, null) + ","
        + vector("wrong-category", "decode", "null", "00000019044141", "malformed") + ","
        + vector("not-an-error", "decode", "null", GOOD_FRAME, "malformed") + ","
        + vector("encodes-fine", "encode", value, "", "encode") + ","
        + vector("compiles-fine", "compile", "null", "", "compile")
        + "]}";

    Map<String, List<String>> problems = run(file);

    assertEquals(List.of(), problems.get("true"));
    assertTrue(problems.get("wrong-bytes").toString().contains("toFrame wrote"), problems.get("wrong-bytes").toString());
    assertTrue(problems.get("wrong-value").toString().contains("qty=301"), problems.get("wrong-value").toString());
    assertTrue(problems.get("wrong-category").toString().contains("failed as truncated"),
        problems.get("wrong-category").toString());
    assertTrue(problems.get("not-an-error").toString().contains("expected malformed"), problems.get("not-an-error").toString());
    assertTrue(problems.get("encodes-fine").toString().contains("expected an encoding error"),
        problems.get("encodes-fine").toString());
    assertTrue(problems.get("compiles-fine").toString().contains("should have reported an error"),
        problems.get("compiles-fine").toString());
  }
}
