package dev.wiremessage.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireEncodeException;
import dev.wiremessage.runtime.WireFormatException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in encodings of JDK types (docs/wire-format.md section 15), through generated
 * codecs, against bytes written out by hand here (from the section's tables, not by a codec):
 * every value round-trips to exactly those bytes, and every malformed form is refused with
 * the component and the offset of the bad byte.
 */
class WellKnownTypesTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
  private static final Instant AT = Instant.parse("2024-01-02T03:04:05.000000006Z");
  private static final LocalDate DAY = LocalDate.of(2024, 2, 29);
  private static final LocalTime TIME = LocalTime.of(13, 45, 30, 123);

  private static CompiledClasses classes;

  @BeforeAll
  static void compile() {
    classes = new CompiledClasses(Sources.compile(
        Sources.of("Stamp", """
            @WireMessage
            public record Stamp(UUID id, java.time.Instant at, java.time.Duration took, java.time.LocalDate day,
                java.time.LocalTime time, java.time.LocalDateTime local, java.net.InetAddress from,
                java.math.BigInteger big, @Bytes(length = Length.U8, maxBytes = 16) java.math.BigDecimal price) {}
            """),
        Sources.of("Many", """
            @WireMessage
            public record Many(Optional<UUID> maybe, List<java.time.Instant> times,
                @Bytes(length = Length.REST) java.math.BigInteger rest) {}
            """),
        Sources.of("Big", "@WireMessage public record Big(@Bytes(length = Length.U8, maxBytes = 2) java.math.BigInteger n) {}"),
        Sources.of("Day", "@WireMessage public record Day(java.time.LocalDate day) {}"),
        Sources.of("Doc", """
            @WireMessage(format = Format.JSON)
            public record Doc(UUID id, java.time.Instant at, java.time.Duration took, java.time.LocalDate day,
                java.time.LocalTime time, java.time.LocalDateTime local, java.net.InetAddress from,
                java.math.BigInteger big, java.math.BigDecimal price, List<java.net.InetAddress> more) {}
            """)));
  }

  private static final String STAMP_PAYLOAD = ""
      + "123e4567e89b12d3a456426614174000" // id: 16 bytes, RFC 9562 order
      + "0000000065937d25" + "00000006" // at: 1704164645 s, 6 ns
      + "fffffffffffffffe" + "1dcd6500" // took: -1.5 s = -2 s + 500,000,000 ns
      + "00004d46" // day: epoch day 19782
      + "00002d0c1a0e447b" // time: 49,530,000,000,123 ns of the day
      + "00004d46" + "00002d0c1a0e447b" // local: day, then time
      + "04" + "c0000201" // from: 4 bytes, 192.0.2.1
      + "00000002" + "00ff" // big: 255 in 2 bytes (a leading 00 keeps it positive)
      + "00000002" + "02" + "04e2"; // price: scale 2, unscaled 1250 in 2 bytes after a U8 count

  private static Object stamp() throws Exception {
    return classes.record("Stamp", ID, AT, Duration.ofMillis(-1500), DAY, TIME, LocalDateTime.of(DAY, TIME),
        InetAddress.getByName("192.0.2.1"), BigInteger.valueOf(255), new BigDecimal("12.50"));
  }

  @Test
  void everyTypeHasItsDocumentedBytes() throws Exception {
    assertRoundTrip(classes.codec("Stamp"), stamp(), "00000052" + STAMP_PAYLOAD);
  }

  @Test
  void containersHoldThem() throws Exception {
    Object many = classes.record("Many", Optional.of(ID), List.of(AT, Instant.EPOCH), BigInteger.valueOf(-1));
    assertRoundTrip(classes.codec("Many"), many, "0000002e" + "01" + "123e4567e89b12d3a456426614174000"
        + "00000002" + "0000000065937d2500000006" + "000000000000000000000000" + "ff");
    Object none = classes.record("Many", Optional.empty(), List.of(), new BigInteger("-129"));
    assertRoundTrip(classes.codec("Many"), none, "00000007" + "00" + "00000000" + "ff7f");
  }

  @Test
  void ipv6AndTheIpv4MappedFormStayIpv6() throws Exception {
    WireCodec<Object> codec = classes.codec("Stamp");
    String v6 = "10" + "00000000000000000000ffffc0000201"; // ::ffff:192.0.2.1 in 16 bytes
    String payload = STAMP_PAYLOAD.replace("04c0000201", v6);
    byte[] frame = HEX.parseHex(String.format("%08x", payload.length() / 2) + payload);
    Object decoded = codec.fromFrame(frame);
    assertThat(HEX.formatHex(codec.toFrame(decoded))).isEqualTo(HEX.formatHex(frame));
  }

  @Test
  void nanosecondsOfASecondAreBelowOneBillion() throws Exception {
    // at's nanoseconds 3B9ACA00 = 1,000,000,000 at offset 16 + 8
    assertMalformed("Stamp", STAMP_PAYLOAD.replace("0000000065937d2500000006", "0000000065937d253b9aca00"), "at", 24,
        "nanoseconds 1000000000");
    assertMalformed("Stamp", STAMP_PAYLOAD.replace("fffffffffffffffe1dcd6500", "fffffffffffffffeffffffff"), "took", 36,
        "nanoseconds 4294967295");
  }

  @Test
  void instantsBeyondInstantMaxAreMalformed() throws Exception {
    assertMalformed("Stamp", STAMP_PAYLOAD.replace("0000000065937d25", "7fffffffffffffff"), "at", 16,
        "is outside");
  }

  @Test
  void aTimeOfDayIsBelow24Hours() throws Exception {
    // 86,400,000,000,000 ns = 00004E94914F0000, the first time at offset 44
    assertMalformed("Stamp", STAMP_PAYLOAD.replaceFirst("00002d0c1a0e447b", "00004e94914f0000"), "time", 44,
        "nanosecond of the day 86400000000000");
  }

  @Test
  void anAddressIs4Or16Bytes() throws Exception {
    assertMalformed("Stamp", STAMP_PAYLOAD.replace("04c0000201", "05c000020100"), "from", 64,
        "IP address of 5 bytes (expected 4 or 16)");
  }

  @Test
  void integersAreInTheFewestBytes() throws Exception {
    assertMalformed("Stamp", STAMP_PAYLOAD.replace("0000000200ff", "000000030000ff"), "big", 73,
        "needless leading byte 00");
    assertMalformed("Stamp", STAMP_PAYLOAD.replace("0000000200ff", "00000000"), "big", 73, "integer of 0 bytes");
    assertMalformed("Big", "02ffff", "n", 1, "needless leading byte FF");
    assertMalformed("Big", "03000001", "n", 0, "longer than maxBytes = 2");
  }

  @Test
  void maxBytesHoldsOnEncode() throws Exception {
    WireEncodeException e = assertThrows(WireEncodeException.class,
        () -> classes.codec("Big").toFrame(classes.record("Big", BigInteger.ONE.shiftLeft(16))));
    assertThat(e.component()).isEqualTo("n");
    assertThat(e).hasMessageThat().contains("integer of 3 bytes is longer than maxBytes = 2");
  }

  @Test
  void aDateBeyondFourBytesOfDaysIsAnEncodeError() throws Exception {
    WireEncodeException e = assertThrows(WireEncodeException.class,
        () -> classes.codec("Day").toFrame(classes.record("Day", LocalDate.MAX)));
    assertThat(e.component()).isEqualTo("day");
    assertThat(e).hasMessageThat().contains("does not fit in 4 signed bytes");
    assertRoundTrip(classes.codec("Day"), classes.record("Day", LocalDate.ofEpochDay(Integer.MIN_VALUE)),
        "00000004" + "80000000");
  }

  @Test
  void nullIsAnEncodeErrorNamingTheComponent() throws Exception {
    WireEncodeException e = assertThrows(WireEncodeException.class,
        () -> classes.codec("Day").toFrame(classes.record("Day", (Object) null)));
    assertThat(e.component()).isEqualTo("day");
  }

  /** In a Format.JSON body: the strings and numbers Jackson writes, read strictly by generated code, no mapper. */
  @Test
  void jsonBodiesWriteWhatJacksonWritesAndReadStrictly() throws Exception {
    String json = "{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"at\":\"2024-01-02T03:04:05.000000006Z\","
        + "\"took\":\"PT-1.5S\",\"day\":\"2024-02-29\",\"time\":\"13:45:30.000000123\","
        + "\"local\":\"2024-02-29T13:45:30.000000123\",\"from\":\"192.0.2.1\",\"big\":-129,\"price\":12.50,"
        + "\"more\":[\"2001:db8:0:0:0:0:0:1\"]}";
    Object doc = classes.record("Doc", ID, AT, Duration.ofMillis(-1500), DAY, TIME, LocalDateTime.of(DAY, TIME),
        InetAddress.getByName("192.0.2.1"), BigInteger.valueOf(-129), new BigDecimal("12.50"),
        List.of(InetAddress.getByName("2001:db8::1")));
    WireCodec<Object> codec = classes.codec("Doc");
    byte[] payload = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(new String(codec.encode(doc), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(json);
    assertThat(codec.decode(java.nio.ByteBuffer.wrap(payload))).isEqualTo(doc);
    assertThat(codec.decode(java.nio.ByteBuffer.wrap(json.replace("2001:db8:0:0:0:0:0:1", "2001:db8::1")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))).isEqualTo(doc);
    for (String[] bad : new String[][] {
        {"123e4567-e89b-12d3-a456-426614174000", "1-1-1-1-1", "expected a UUID"},
        {"2024-01-02T03:04:05.000000006Z", "2024-01-02", "expected an ISO-8601 instant"},
        {"\"2024-02-29\"", "\"2023-02-29\"", "expected an ISO-8601 date"},
        {"192.0.2.1", "example.com", "expected an IP address"},
        {"192.0.2.1", "192.0.2.01", "expected an IP address"},
        {"-129", "-1.5", "expected an integer (BigInteger)"},
        {"12.50", "\"12.50\"", "expected a number (BigDecimal)"}}) {
      byte[] text = json.replace(bad[0], bad[1]).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      WireFormatException e = assertThrows(WireFormatException.class, () -> codec.decode(java.nio.ByteBuffer.wrap(text)),
          bad[1]);
      assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED);
      assertThat(e).hasMessageThat().contains(bad[2]);
    }
  }

  private static void assertMalformed(String type, String payload, String component, long offset, String detail)
      throws Exception {
    byte[] frame = HEX.parseHex(String.format("%08x", payload.length() / 2) + payload);
    WireFormatException e = assertThrows(WireFormatException.class, () -> classes.codec(type).fromFrame(frame));
    assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED);
    assertThat(e.component()).isEqualTo(component);
    assertThat(e.offset()).isEqualTo(offset);
    assertThat(e).hasMessageThat().contains(detail);
  }

  private static void assertRoundTrip(WireCodec<Object> codec, Object value, String hex) throws WireFormatException {
    assertThat(HEX.formatHex(codec.toFrame(value))).isEqualTo(hex);
    assertThat(codec.fromFrame(HEX.parseHex(hex))).isEqualTo(value);
  }
}
