package dev.wiremessage.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireEncodeException;
import dev.wiremessage.runtime.WireFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @WireAs(converter = ...)}: a converter's wire side is encoded as a component of that
 * type (its annotations apply), inside lists and Optionals too, and a {@code @WireMessage}
 * record as the wire side gives a form of several fields. Bytes are written by hand here. A
 * converter that throws or returns null is an encode error or malformed, naming the component.
 */
class ConvertersTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final JavaFileObject[] SOURCES = {
      Sources.of("InstantMillis", """
          public final class InstantMillis implements WireConverter<java.time.Instant, Long> {
            @Override public Long toWire(java.time.Instant value) { return value.toEpochMilli(); }
            @Override public java.time.Instant fromWire(Long wire) {
              if (wire < 0) {
                throw new IllegalArgumentException("before 1970");
              }
              return java.time.Instant.ofEpochMilli(wire);
            }
          }
          """),
      Sources.of("Money", """
          public final class Money {
            final long cents;
            final String currency;
            public Money(long cents, String currency) { this.cents = cents; this.currency = currency; }
            @Override public boolean equals(Object o) {
              return o instanceof Money m && m.cents == cents && m.currency.equals(currency);
            }
            @Override public int hashCode() { return Long.hashCode(cents) ^ currency.hashCode(); }
          }
          """),
      Sources.of("MoneyWire", """
          @WireMessage
          public record MoneyWire(@FixedInt(bytes = 6) long cents, @Utf8(length = Length.U8) String currency) {}
          """),
      Sources.of("MoneyForm", """
          public final class MoneyForm implements WireConverter<Money, MoneyWire> {
            @Override public MoneyWire toWire(Money value) { return new MoneyWire(value.cents, value.currency); }
            @Override public Money fromWire(MoneyWire wire) { return new Money(wire.cents(), wire.currency()); }
          }
          """),
      Sources.of("Blank", """
          /** "" on the wire is null in Java, which is not allowed: a converter that returns null. */
          public final class Blank implements WireConverter<String, String> {
            @Override public String toWire(String value) { return value.equals("-") ? null : value; }
            @Override public String fromWire(String wire) { return wire.isEmpty() ? null : wire; }
          }
          """),
      Sources.of("Tick", """
          @WireMessage
          public record Tick(
              @WireAs(converter = InstantMillis.class) @FixedInt(bytes = 6) java.time.Instant at,
              @WireAs(converter = InstantMillis.class) @Count(length = Length.U8) List<java.time.Instant> all,
              @WireAs(converter = InstantMillis.class) Optional<java.time.Instant> maybe) {}
          """),
      Sources.of("Pay", """
          @WireMessage
          public record Pay(@WireAs(converter = MoneyForm.class) Money amount,
              @WireAs(converter = Blank.class) @Utf8(length = Length.U8) String memo) {}
          """),
      Sources.of("Millis", """
          /** A converter overrides a built-in encoding: this Instant is 8 bytes of milliseconds, not 12. */
          @WireMessage
          public record Millis(@WireAs(converter = InstantMillis.class) java.time.Instant at) {}
          """),
  };
  private static final Instant AT = Instant.parse("2024-01-02T03:04:05.123Z"); // 1704164645123 ms = 018CC820D903

  private static CompiledClasses classes;
  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation = Sources.compileLinted(SOURCES);
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
  }

  @Test
  void theWireSideTakesTheComponentsAnnotations() throws Exception {
    Object tick = classes.record("Tick", AT, List.of(AT, Instant.EPOCH), Optional.of(Instant.EPOCH));
    assertRoundTrip(classes.codec("Tick"), tick, "00000020" + "018cc820d903" + "02" + "0000018cc820d903"
        + "0000000000000000" + "01" + "0000000000000000");
    assertRoundTrip(classes.codec("Tick"), classes.record("Tick", Instant.EPOCH, List.of(), Optional.empty()),
        "00000008" + "000000000000" + "00" + "00");
  }

  @Test
  void aRecordAsTheWireSideIsSeveralFields() throws Exception {
    Object money = classes.loadClass("test.Money").getConstructor(long.class, String.class).newInstance(1250L, "EUR");
    Object pay = classes.record("Pay", money, "tip");
    assertRoundTrip(classes.codec("Pay"), pay, "0000000e" + "0000000004e2" + "03455552" + "03746970");
  }

  @Test
  void aConverterOverridesABuiltInEncoding() throws Exception {
    assertRoundTrip(classes.codec("Millis"), classes.record("Millis", AT), "00000008" + "0000018cc820d903");
  }

  @Test
  void aConverterThatRejectsWhileDecodingIsMalformedAtItsComponent() throws Exception {
    // at = -1 ms, which InstantMillis rejects; the component starts at offset 0
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> classes.codec("Tick").fromFrame(HEX.parseHex("00000008" + "ffffffffffff" + "00" + "00")));
    assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED);
    assertThat(e.component()).isEqualTo("at");
    assertThat(e.offset()).isEqualTo(0);
    assertThat(e).hasMessageThat().contains("InstantMillis.fromWire rejected -1");
    // the second element of all, at offset 7 + 8
    WireFormatException second = assertThrows(WireFormatException.class, () -> classes.codec("Tick")
        .fromFrame(HEX.parseHex("00000018" + "000000000000" + "02" + "0000000000000000" + "ffffffffffffffff" + "00")));
    assertThat(second.component()).isEqualTo("all");
    assertThat(second.offset()).isEqualTo(15);
  }

  @Test
  void aConverterThatReturnsNullWhileDecodingIsMalformed() throws Exception {
    Object money = classes.loadClass("test.Money").getConstructor(long.class, String.class).newInstance(1L, "EUR");
    byte[] frame = HEX.parseHex("0000000b" + "000000000001" + "03455552" + "00");
    WireFormatException e = assertThrows(WireFormatException.class, () -> classes.codec("Pay").fromFrame(frame));
    assertThat(e.component()).isEqualTo("memo");
    assertThat(e.offset()).isEqualTo(10);
    assertThat(e).hasMessageThat().contains("Blank.fromWire returned null");
    assertThat(money).isNotNull();
  }

  @Test
  void aConverterThatThrowsOrReturnsNullWhileEncodingIsAnEncodeError() throws Exception {
    WireEncodeException thrown = assertThrows(WireEncodeException.class,
        () -> classes.codec("Millis").toFrame(classes.record("Millis", Instant.MAX)));
    assertThat(thrown.component()).isEqualTo("at");
    assertThat(thrown).hasMessageThat().contains("InstantMillis.toWire failed: java.lang.ArithmeticException");
    Object money = classes.loadClass("test.Money").getConstructor(long.class, String.class).newInstance(1L, "EUR");
    WireEncodeException nulled = assertThrows(WireEncodeException.class,
        () -> classes.codec("Pay").toFrame(classes.record("Pay", money, "-")));
    assertThat(nulled.component()).isEqualTo("memo");
    assertThat(nulled).hasMessageThat().contains("Blank.toWire returned null");
  }

  @Test
  void theDescriptorRecordsTheWireSideOnly() throws IOException {
    String tick = descriptor("test.Tick");
    assertThat(tick).contains("\"version\": 1,");
    assertThat(tick).contains("\"kind\": \"int\",\n        \"bytes\": 6,");
    assertThat(tick).doesNotContain("InstantMillis");
    assertThat(tick).doesNotContain("instant");
    assertThat(descriptor("test.Pay")).contains("\"type\": \"test.MoneyWire\"");
  }

  private static String descriptor(String binaryName) throws IOException {
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/wiremessage/" + binaryName + ".json").orElseThrow();
    try (InputStream in = file.openInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertRoundTrip(WireCodec<Object> codec, Object value, String hex) throws WireFormatException {
    assertThat(HEX.formatHex(codec.toFrame(value))).isEqualTo(hex);
    assertThat(codec.fromFrame(HEX.parseHex(hex))).isEqualTo(value);
  }
}
