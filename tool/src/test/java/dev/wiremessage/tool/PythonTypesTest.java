package dev.wiremessage.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wiremessage.tool.types.Kinds;
import dev.wiremessage.tool.types.KindsCodec;
import dev.wiremessage.tool.types.Ping;
import dev.wiremessage.tool.types.Put;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated Python module and descriptor version 2 (issue 15): UUID, the java.time types,
 * InetAddress, BigInteger, BigDecimal and a protocol inside a record. Python reads the Java
 * codec's frame, writes it back byte for byte, builds a value of its own that Java reads, and
 * refuses the malformed forms the Java runtime refuses.
 */
class PythonTypesTest {
  private static final HexFormat HEX = HexFormat.of();
  @TempDir Path dir;

  static Kinds sample() throws Exception {
    LocalDate day = LocalDate.of(2024, 2, 29);
    LocalTime time = LocalTime.of(13, 45, 30, 123);
    return new Kinds(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
        Instant.parse("2024-01-02T03:04:05.000000006Z"), Duration.ofMillis(-1500), day, time,
        LocalDateTime.of(day, time), InetAddress.getByName("192.0.2.1"), InetAddress.getByName("2001:db8::1"),
        BigInteger.valueOf(-129), new BigDecimal("12.50"), Optional.empty(),
        List.of(Instant.EPOCH, Instant.parse("1969-12-31T23:59:59.5Z")), new Ping(7),
        List.of(new Put("k", Optional.of("v")), new Ping(-1)));
  }

  private static final String SCRIPT = """
      import datetime, decimal, ipaddress, sys, uuid
      from kinds import *

      frame = bytes.fromhex(sys.argv[1])
      k = Kinds.from_frame(frame)
      assert k.id == uuid.UUID("123e4567-e89b-12d3-a456-426614174000"), k.id
      assert k.at == Instant(1704164645, 6), k.at
      assert k.took == Duration(-2, 500000000), k.took
      assert k.took.to_timedelta() == datetime.timedelta(milliseconds=-1500)
      assert k.day == datetime.date(2024, 2, 29), k.day
      assert k.time == LocalTime.of(13, 45, 30, 123), k.time
      assert k.local == LocalDateTime(datetime.date(2024, 2, 29), LocalTime.of(13, 45, 30, 123)), k.local
      assert k.v4 == ipaddress.ip_address("192.0.2.1") and k.v6 == ipaddress.ip_address("2001:db8::1")
      assert k.big == -129 and k.price == decimal.Decimal("12.50") and str(k.price) == "12.50"
      assert k.parent is None and k.marks == [Instant(0, 0), Instant(-1, 500000000)], k.marks
      assert k.first == Ping(7) and k.more == [Put("k", "v"), Ping(-1)], k.more
      assert k.to_frame() == frame
      print("same", k.to_frame().hex())

      mine = Kinds(uuid.UUID(int=1), Instant.from_datetime(datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)),
                   Duration.from_timedelta(datetime.timedelta(days=1)), datetime.date(1969, 12, 31),
                   LocalTime.from_time(datetime.time(23, 59, 59, 999999)),
                   LocalDateTime(datetime.date(1970, 1, 1), LocalTime(0)), ipaddress.ip_address("10.0.0.1"),
                   ipaddress.ip_address("::ffff:192.0.2.1"), 2**62, decimal.Decimal("-0.001"), uuid.UUID(int=2),
                   [], Put("x", None), [])
      print("mine", mine.to_frame().hex())

      def malformed(hex_frame, what):
          try:
              Kinds.from_frame(bytes.fromhex(hex_frame))
          except WireError as e:
              assert e.category == MALFORMED, e
              print("malformed", what, e.offset)
              return
          raise AssertionError("accepted " + what)

      malformed(frame.hex().replace("65937d2500000006", "65937d253b9aca00", 1), "nanoseconds")
      malformed(frame.hex().replace("02ff7f", "03ffff7f", 1).replace("%s", "%s", 1), "integer")
      try:
          Kinds(*[getattr(k, f) for f in ("id", "at", "took", "day", "time", "local", "v4", "v6")], 2**64, k.price,
                None, [], k.first, []).to_frame()
          raise AssertionError("encoded a BigInteger over maxBytes")
      except WireError as e:
          assert e.category == ENCODE, e
          print("encode", "maxBytes")
      """;

  /** The describe subcommand labels every byte of a frame of version-2 kinds, and names a bad one. */
  @Test
  void describeLabelsEveryV2Kind() throws Exception {
    byte[] frame = KindsCodec.INSTANCE.toFrame(sample());
    Describer.Description d = Describer.describe(PythonTestSupport.testDescriptors(), "dev.wiremessage.tool.types.Kinds",
        frame);
    assertEquals(null, d.error(), d.toString());
    int next = 4;
    for (Describer.Span span : d.spans()) {
      if (span.start() >= 4) {
        assertEquals(next, span.start(), "a gap or overlap before " + span + "\n" + d);
        next = span.end();
      }
    }
    assertEquals(frame.length, next, d.toString());
    String text = d.toString();
    for (String label : List.of("Kinds.id = 123e4567-e89b-12d3-a456-426614174000",
        "Kinds.at = 2024-01-02T03:04:05.000000006Z", "Kinds.took = PT-1.5S", "Kinds.day = 2024-02-29",
        "Kinds.time = 13:45:30.000000123", "Kinds.v6 = 2001:db8:0:0:0:0:0:1", "Kinds.big = -129", "Kinds.price = 12.50",
        "Kinds.first: tag 1 (Ping)", "Kinds.more[0]: nested message of 8 bytes")) {
      assertEquals(true, text.contains(label), label + " in\n" + text);
    }
    byte[] bad = frame.clone();
    bad[4 + 16 + 8] = 0x7F; // at's nanoseconds now above 999,999,999
    assertEquals(true, String.valueOf(Describer.describe(PythonTestSupport.testDescriptors(),
        "dev.wiremessage.tool.types.Kinds", bad).error()).contains("nanoseconds"));
  }

  @Test
  void pythonReadsWritesAndRefusesLikeJava() throws Exception {
    PythonTestSupport.generate(PythonTestSupport.testDescriptors(), dir, "kinds", "dev.wiremessage.tool.types.Kinds");
    byte[] frame = KindsCodec.INSTANCE.toFrame(sample());
    String hex = HEX.formatHex(frame);
    String header = hex.substring(0, 8);
    String longer = String.format("%08x", frame.length - 4 + 1);
    Files.writeString(dir.resolve("check.py"), String.format(SCRIPT, header, longer), StandardCharsets.UTF_8);
    List<String> out = PythonTestSupport.run(dir, "check.py", hex).lines().toList();
    assertEquals("same " + hex, out.get(0));

    Kinds mine = KindsCodec.INSTANCE.fromFrame(HEX.parseHex(out.get(1).substring("mine ".length())));
    assertEquals(new Kinds(new UUID(0, 1), Instant.parse("2000-01-01T00:00:00Z"), Duration.ofDays(1),
        LocalDate.of(1969, 12, 31), LocalTime.of(23, 59, 59, 999_999_000), LocalDateTime.of(1970, 1, 1, 0, 0),
        InetAddress.getByName("10.0.0.1"), java.net.Inet6Address.getByAddress(null, HEX.parseHex("00000000000000000000ffffc0000201"), -1),
        BigInteger.ONE.shiftLeft(62), new BigDecimal("-0.001"), Optional.of(new UUID(0, 2)), List.of(),
        new Put("x", Optional.empty()), List.of()).toString(), mine.toString());
    assertEquals(List.of("malformed nanoseconds 24", "malformed integer 87", "encode maxBytes"),
        out.subList(2, out.size()));
  }
}
