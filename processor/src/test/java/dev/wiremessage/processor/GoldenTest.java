package dev.wiremessage.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated code of representative records, compared exactly with
 * {@code src/test/resources/golden/}. After an intended change, rewrite the files with
 * {@code mvn -pl processor test -Dwiremessage.updateGolden=true} and review the diff. Every
 * compilation here also compiles the generated code against the real runtime, with
 * {@code -Xlint:all,-processing -Werror}.
 */
class GoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("wiremessage.updateGolden");

  @Test
  void quote() throws IOException {
    Compilation c = Sources.compileLinted(Sources.of("Quote", """
        @WireMessage
        public record Quote(@Utf8(length = Length.U8) String symbol, @FixedInt(bytes = 8) long price,
            @FixedInt(bytes = 4) int qty, String venue) {}
        """));
    assertGolden(c, "QuoteCodec");
  }

  /** The seed's protocol: a Format.JSON record is written and read by generated code, no mapper (issue 14). */
  @Test
  void jsonBodyOfTheSeed() throws IOException {
    Compilation c = Sources.compileLinted(Sources.of("Data", """
        @WireMessage(format = Format.JSON)
        public record Data(String message, int value) {}
        """));
    assertGolden(c, "DataCodec");
  }

  /** A nested event: records, a list, a map, an enum, Optional, @Nullable and @Since, all in generated JSON code. */
  @Test
  void jsonBodyOfANestedEvent() throws IOException {
    Compilation c = Sources.compileLinted(
        Sources.of("Nullable", """
            @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)
            public @interface Nullable {}
            """),
        Sources.of("Level", "public enum Level { INFO, WARN, ERROR }"),
        Sources.of("Place", "public record Place(String city, double lat, double lon) {}"),
        Sources.of("Reading", "public record Reading(String sensor, long at, float value) {}"),
        Sources.of("Alert", """
            @WireMessage(format = Format.JSON)
            public record Alert(
                long id,
                String title,
                Level level,
                boolean acknowledged,
                Place place,
                List<Reading> readings,
                Map<String, String> labels,
                Optional<String> owner,
                @Nullable String note,
                OptionalInt retries,
                @Since(2) List<String> tags) {}
            """));
    assertGolden(c, "AlertCodec");
  }

  @Test
  void everyPrimitiveWidthAndOrder() throws IOException {
    Compilation c = Sources.compileLinted(Sources.of("Prims", """
        @WireMessage
        public record Prims(
            boolean flag, byte b, short s, char c, int i, long l, float f, double d,
            Boolean boxedFlag, Byte boxedByte, Short boxedShort, Character boxedChar, Integer boxedInt,
            Long boxedLong, Float boxedFloat, Double boxedDouble,
            @FixedInt(bytes = 1, unsigned = true) short u8,
            @FixedInt(bytes = 2, order = Endian.LITTLE) short le16,
            @FixedInt(bytes = 3) int i24,
            @FixedInt(bytes = 4, unsigned = true) int u32Bits,
            @FixedInt(bytes = 4, unsigned = true) long u32,
            @FixedInt(bytes = 5, order = Endian.LITTLE, unsigned = true) long u40le,
            @FixedInt(bytes = 8, unsigned = true) long u64Bits,
            @FixedInt(bytes = 1) byte i8,
            @FixedInt(bytes = 1) char latin1,
            @FixedInt(bytes = 2, order = Endian.LITTLE) Integer boxedLe16) {}
        """));
    assertGolden(c, "PrimsCodec");
  }

  @Test
  void absentNestedEnumsAndLists() throws IOException {
    Compilation c = Sources.compileLinted(
        Sources.of("Nullable", """
            @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)
            public @interface Nullable {}
            """),
        Sources.of("Side", "public enum Side { @WireValue(1) BUY, @WireValue(2) SELL }"),
        Sources.of("Color", "public enum Color { RED, GREEN }"),
        Sources.of("Outer", """
            public class Outer {
              @WireMessage
              public record Inner(String a, int b) {}
            }
            """),
        Sources.of("Order", """
            @WireMessage
            public record Order(
                Optional<String> note,
                Outer.@Nullable Inner maybe,
                Outer.Inner inner,
                @FixedInt(bytes = 1, unsigned = true) Side side,
                @Utf8(length = Length.U8) Color color,
                @Count(length = Length.U16) List<String> tags,
                List<Optional<Side>> history,
                @FixedInt(bytes = 2) int[] ports,
                @Count(length = Length.U8) List<Outer.@Nullable Inner> inners,
                Optional<List<Integer>> in,
                @Count(length = Length.REST) @Utf8(length = Length.U8) String[] message) {}
            """));
    assertGolden(c, "OrderCodec");
    assertGolden(c, "Outer_InnerCodec");
  }

  @Test
  void jsonBlobs() throws IOException {
    Compilation c = Sources.compileLinted(
        Sources.of("Point", "public record Point(int x, int y) {}"),
        Sources.of("Config", """
            @WireMessage
            public record Config(
                @FixedInt(bytes = 2) int version,
                @JsonBlob Map<String, Object> settings,
                @JsonBlob Point at,
                @JsonBlob(length = Length.U16) Map<String, List<? extends Number>> limits,
                @JsonBlob List<Map<String, ? super Integer>> lowers,
                @JsonBlob Optional<List<Integer>> counts,
                @JsonBlob(length = Length.REST) Map<String, int[]> rest) {}
            """));
    assertGolden(c, "ConfigCodec");
  }

  @Test
  void maxima() throws IOException {
    Compilation c = Sources.compileLinted(
        Sources.of("Color", "public enum Color { RED, GREEN }"),
        Sources.of("Limits", """
            @WireMessage
            public record Limits(
                @Utf8(length = Length.U8, maxBytes = 255) String user,
                @Bytes(length = Length.VARINT, maxBytes = 16) byte[] nonce,
                @Count(length = Length.U16, max = 100) @Utf8(length = Length.U8, maxBytes = 32) List<String> tags,
                @Count(max = 8) int[] ports,
                @Utf8(maxBytes = 5) Color color,
                @Utf8(maxBytes = 0) Optional<String> empty,
                @Utf8(maxBytes = -1) String unlimited,
                @JsonBlob(length = Length.U16, maxBytes = 1024) Map<String, Object> meta,
                @Count(length = Length.REST, max = 4) long[] rest) {}
            """));
    assertGolden(c, "LimitsCodec");
  }

  @Test
  void protocol() throws IOException {
    Compilation c = Sources.compileLinted(
        Sources.of("Chat", """
            @WireProtocol(tag = Length.U16, order = Endian.LITTLE)
            @LengthPrefixed(length = Length.VARINT, maxFrameBytes = 65536)
            public sealed interface Chat permits Join, Say, Leave {}
            """),
        Sources.of("Join", "@WireMessage(id = 1) public record Join(String name) implements Chat {}"),
        Sources.of("Say", "@WireMessage(id = 2) public record Say(String text) implements Chat {}"),
        Sources.of("Leave", "@WireMessage(id = 300) public record Leave() implements Chat {}"));
    assertGolden(c, "ChatCodec");
    assertGolden(c, "LeaveCodec");
  }

  @Test
  void delimitedEscaped() throws IOException {
    Compilation c = Sources.compileLinted(Sources.of("Bin", """
        @WireMessage
        @Delimited(value = "\\r\\n", escape = true, maxFrameBytes = 1024)
        public record Bin(@FixedInt(bytes = 4) int x, @Bytes(length = Length.REST) byte[] raw) {}
        """));
    assertGolden(c, "BinCodec");
  }

  @Test
  void jsonFormat() throws IOException {
    Compilation c = Sources.compileLinted(Sources.of("Event", """
        @WireMessage(format = Format.JSON)
        @Delimited
        public record Event(String kind, long at, Map<String, String> tags) {}
        """));
    assertGolden(c, "EventCodec");
  }

  /** The built-in encodings of JDK types (docs/wire-format.md section 15), alone and in containers (issue 15). */
  @Test
  void wellKnownTypes() throws IOException {
    Compilation c = Sources.compileLinted(Sources.of("Stamp", """
        @WireMessage
        public record Stamp(UUID id, java.time.Instant at, java.time.Duration took, java.time.LocalDate day,
            java.time.LocalTime time, java.time.LocalDateTime local, java.net.InetAddress from,
            @Bytes(length = Length.U8, maxBytes = 32) java.math.BigInteger big, java.math.BigDecimal price,
            Optional<UUID> parent, List<java.time.Instant> marks) {}
        """));
    assertGolden(c, "StampCodec");
  }

  /** Converters: onto a number with @FixedInt, in a list, and onto a record (issue 15). */
  @Test
  void converters() throws IOException {
    Compilation c = Sources.compileLinted(
        Sources.of("Money", "public record Money(long cents, String currency) {}"),
        Sources.of("Amount", """
            @WireMessage
            public record Amount(@FixedInt(bytes = 6) long cents, @Utf8(length = Length.U8) String currency) {}
            """),
        Sources.of("MoneyForm", """
            public final class MoneyForm implements WireConverter<Money, Amount> {
              @Override public Amount toWire(Money value) { return new Amount(value.cents(), value.currency()); }
              @Override public Money fromWire(Amount wire) { return new Money(wire.cents(), wire.currency()); }
            }
            """),
        Sources.of("InstantMillis", """
            public final class InstantMillis implements WireConverter<java.time.Instant, Long> {
              @Override public Long toWire(java.time.Instant value) { return value.toEpochMilli(); }
              @Override public java.time.Instant fromWire(Long wire) { return java.time.Instant.ofEpochMilli(wire); }
            }
            """),
        Sources.of("Payment", """
            @WireMessage
            public record Payment(@WireAs(converter = MoneyForm.class) Money amount,
                @WireAs(converter = InstantMillis.class) @FixedInt(bytes = 6) java.time.Instant at,
                @WireAs(converter = InstantMillis.class) List<java.time.Instant> retries) {}
            """));
    assertGolden(c, "PaymentCodec");
  }

  /** A protocol inside a record: the tag, then the member nested, an evolving member after its length (issue 15). */
  @Test
  void protocolInARecord() throws IOException {
    Compilation c = Sources.compileLinted(
        Sources.of("Cmd", "@WireProtocol public sealed interface Cmd permits Ping, Put {}"),
        Sources.of("Ping", "@WireMessage(id = 1) public record Ping() implements Cmd {}"),
        Sources.of("Put", """
            @WireMessage(id = 2)
            public record Put(String key, @Since(2) Optional<String> value) implements Cmd {}
            """),
        Sources.of("Envelope", """
            @WireMessage
            public record Envelope(@FixedInt(bytes = 4) int seq, Cmd body, Optional<Cmd> reply, List<Cmd> batch) {}
            """));
    assertGolden(c, "EnvelopeCodec");
  }

  /** Compares (or, with -Dwiremessage.updateGolden=true, rewrites) the golden file of {@code codec}; shared with EvolutionGoldenTest. */
  static void assertGolden(Compilation c, String codec) throws IOException {
    assertThat(c).succeededWithoutWarnings();
    String name = "test." + codec;
    Path file = GOLDEN.resolve(codec + ".java");
    if (UPDATE) {
      JavaFileObject generated = c.generatedSourceFile(name).orElseThrow();
      Files.createDirectories(GOLDEN);
      Files.writeString(file, generated.getCharContent(true), StandardCharsets.UTF_8);
      return;
    }
    assertWithMessage("golden file %s is missing: run with -Dwiremessage.updateGolden=true", file)
        .that(Files.exists(file)).isTrue();
    assertThat(c).generatedSourceFile(name).contentsAsUtf8String()
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
