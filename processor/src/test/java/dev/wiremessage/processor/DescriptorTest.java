package dev.wiremessage.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Layout descriptors (evolution.md section 5, docs/schema.md): the files the processor writes
 * to {@code META-INF/wiremessage/} for representative messages and a protocol, compared exactly
 * with {@code src/test/resources/descriptors/} (rewritten with
 * {@code -Dwiremessage.updateGolden=true}, as the golden codecs are), and byte-identical from
 * one compilation to the next.
 */
class DescriptorTest {
  private static final Path GOLDEN = Path.of("src/test/resources/descriptors");
  private static final boolean UPDATE = Boolean.getBoolean("wiremessage.updateGolden");

  private static JavaFileObject[] everyKind() {
    return new JavaFileObject[] {
      Sources.of("Nullable", """
          @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)
          public @interface Nullable {}
          """),
      Sources.of("Side", "public enum Side { @WireValue(1) BUY, @WireValue(-2) SELL }"),
      Sources.of("Color", "public enum Color { RED, GREEN }"),
      Sources.of("Point", "public record Point(int x, int y) {}"),
      Sources.of("Outer", """
          public class Outer {
            @WireMessage(extensible = true)
            public record Inner(String a, @Since(2) Optional<Integer> b) {}
          }
          """),
      Sources.of("Every", """
          @WireMessage @Delimited(value = "\\r\\n", escape = true, maxFrameBytes = 4096)
          public record Every(
              boolean flag, byte b, short s, char c, int i, long l, float f, double d,
              @FixedInt(bytes = 3, order = Endian.LITTLE, unsigned = true) int u24le,
              @FixedInt(bytes = 1) char latin1,
              @Utf8(length = Length.VARINT, maxBytes = 64) String name,
              @Bytes(length = Length.U16, order = Endian.LITTLE) byte[] blob,
              @JsonBlob(length = Length.U16) Point at,
              Outer.Inner inner,
              Optional<String> note,
              @Nullable String maybe,
              @FixedInt(bytes = 1) Side side,
              @Utf8(length = Length.U8) Color color,
              @Utf8(length = Length.U8) @Count(length = Length.U8, max = 10) List<String> tags,
              int[] ints,
              @Count(length = Length.REST) List<Outer.Inner> rest) {}
          """),
      Sources.of("Data", """
          @WireMessage(format = Format.JSON)
          public record Data(String message, long value, Optional<Double> ratio, boolean ok, List<String> tags,
              @Since(2) Optional<String> unit) {}
          """),
      Sources.of("Chat", """
          @WireProtocol(tag = Length.U16, order = Endian.LITTLE) @LengthPrefixed(length = Length.VARINT)
          public sealed interface Chat permits Join, Leave {}
          """),
      Sources.of("Join", "@WireMessage(id = 1) public record Join(String name) implements Chat {}"),
      Sources.of("Leave", "@WireMessage(id = 7) public record Leave() implements Chat {}"),
    };
  }

  @Test
  void everyKindOfEncodingFramingAndAProtocol() throws IOException {
    Compilation c = Sources.compile(everyKind());
    assertThat(c).succeeded();
    for (String type : new String[] {"test.Every", "test.Outer$Inner", "test.Data", "test.Chat", "test.Join"}) {
      assertGolden(c, type);
    }
  }

  /**
   * Descriptor version 2 (issue 15): the new kinds, a converter's wire side and a protocol inside
   * a record; a record without them (Join, above) stays version 1, byte for byte.
   */
  @Test
  void versionTwoKinds() throws IOException {
    Compilation c = Sources.compile(
        Sources.of("Millis", """
            public final class Millis implements WireConverter<java.time.Instant, Long> {
              public Long toWire(java.time.Instant v) { return v.toEpochMilli(); }
              public java.time.Instant fromWire(Long w) { return java.time.Instant.ofEpochMilli(w); }
            }
            """),
        Sources.of("Chat", """
            @WireProtocol(tag = Length.U16, order = Endian.LITTLE) @LengthPrefixed(length = Length.VARINT)
            public sealed interface Chat permits Join, Leave {}
            """),
        Sources.of("Join", "@WireMessage(id = 1) public record Join(String name) implements Chat {}"),
        Sources.of("Leave", "@WireMessage(id = 7) public record Leave(@Since(2) Optional<String> why) implements Chat {}"),
        Sources.of("Kinds", """
            @WireMessage
            public record Kinds(UUID id, java.time.Instant at, java.time.Duration took, java.time.LocalDate day,
                java.time.LocalTime time, java.time.LocalDateTime local, java.net.InetAddress from,
                @Bytes(length = Length.U8, maxBytes = 16) java.math.BigInteger big, java.math.BigDecimal price,
                @WireAs(converter = Millis.class) @FixedInt(bytes = 6) java.time.Instant ms, Optional<Chat> chat) {}
            """));
    assertThat(c).succeeded();
    assertGolden(c, "test.Kinds");
    assertThat(descriptor(c, "test.Join")).contains("\"version\": 1,");
  }

  @Test
  void theSameSourcesGiveByteIdenticalDescriptors() throws IOException {
    Compilation first = Sources.compile(everyKind());
    Compilation second = Sources.compile(everyKind());
    for (String type : new String[] {"test.Every", "test.Outer$Inner", "test.Data", "test.Chat", "test.Join", "test.Leave"}) {
      assertWithMessage(type).that(descriptor(second, type)).isEqualTo(descriptor(first, type));
    }
  }

  @Test
  void aTypeWithErrorsGetsNoDescriptor() {
    Sources.Result result = Sources.compileRecording(
        Sources.of("Bad", "@WireMessage public record Bad(@FixedInt(bytes = 9) long x) {}"),
        Sources.of("Good", "@WireMessage public record Good(int x) {}"));
    assertThat(result.compilation()).failed();
    assertThat(result.origins()).doesNotContainKey("META-INF/wiremessage/test.Bad.json");
    assertThat(result.origins()).containsKey("META-INF/wiremessage/test.Good.json");
  }

  private static String descriptor(Compilation c, String binaryName) throws IOException {
    Optional<JavaFileObject> file =
        c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/wiremessage/" + binaryName + ".json");
    assertWithMessage("descriptor of " + binaryName).that(file.isPresent()).isTrue();
    try (InputStream in = file.get().openInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertGolden(Compilation c, String binaryName) throws IOException {
    String actual = descriptor(c, binaryName);
    Path golden = GOLDEN.resolve(binaryName + ".json");
    if (UPDATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertWithMessage("descriptor of " + binaryName + " (rewrite with -Dwiremessage.updateGolden=true)")
        .that(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
