package dev.wiremessage.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Descriptor version 2 (issue 15): a record with every new kind (UUID, the java.time types,
 * InetAddress, BigInteger, BigDecimal, a protocol inside it) and a converter is compiled with
 * the processor; the generated Java codec and {@link DescriptorEncoder}/{@link DescriptorDecoder}
 * (descriptors alone) both turn its value into the frame written out by hand below and back.
 * A record of version-1 kinds keeps a version-1 descriptor.
 */
class DescriptorV2Test {
  private static final String SOURCES = """
      {"format": "wiremessage conformance vectors", "version": 2, "set": "descriptor v2", "vectors": [
        {"name": "every-v2-kind",
         "sources": {
           "Cmd": "@WireProtocol public sealed interface Cmd permits Ping, Put {}",
           "Ping": "@WireMessage(id = 1) public record Ping(@FixedInt(bytes = 1) int n) implements Cmd {}",
           "Put": "@WireMessage(id = 2) public record Put(@Utf8(length = Length.U8) String key, @Since(2) Optional<String> note) implements Cmd {}",
           "Millis": "public final class Millis implements WireConverter<java.time.Instant, Long> { public Long toWire(java.time.Instant v) { return v.toEpochMilli(); } public java.time.Instant fromWire(Long w) { return java.time.Instant.ofEpochMilli(w); } }",
           "Kinds": "@WireMessage public record Kinds(UUID id, java.time.Instant at, java.time.Duration took, java.time.LocalDate day, java.time.LocalTime time, java.time.LocalDateTime local, java.net.InetAddress v4, java.net.InetAddress v6, @Bytes(length = Length.U8) java.math.BigInteger big, java.math.BigDecimal price, @WireAs(converter = Millis.class) @FixedInt(bytes = 6) java.time.Instant ms, Cmd first, List<Cmd> more) {}"
         },
         "type": "Kinds",
         "value": {"id": "123e4567-e89b-12d3-a456-426614174000", "at": "2024-01-02T03:04:05.000000006Z",
           "took": "PT-1.5S", "day": "2024-02-29", "time": "13:45:30.000000123",
           "local": "2024-02-29T13:45:30.000000123", "v4": "192.0.2.1", "v6": "2001:db8:0:0:0:0:0:1",
           "big": "-129", "price": "12.50", "ms": "2024-01-02T03:04:05.123Z",
           "first": {"@type": "Ping", "n": 7},
           "more": [{"@type": "Put", "key": "k", "note": "v"}, {"@type": "Ping", "n": -1}]},
         "frame": "%s",
         "direction": "both"}
      ]}
      """;
  private static final String PAYLOAD = ""
      + "123e4567e89b12d3a456426614174000" // id
      + "0000000065937d25" + "00000006" // at
      + "fffffffffffffffe" + "1dcd6500" // took
      + "00004d46" // day
      + "00002d0c1a0e447b" // time
      + "00004d46" + "00002d0c1a0e447b" // local
      + "04" + "c0000201" // v4
      + "10" + "20010db8000000000000000000000001" // v6
      + "02" + "ff7f" // big: -129, U8 count
      + "00000002" + "00000002" + "04e2" // price: scale 2, unscaled 1250
      + "018cc820d903" // ms: 1704164645123 in 6 bytes (the converter's wire side)
      + "01" + "07" // first: tag 1, Ping(7)
      + "00000002" + "02" + "08" + "016b" + "01" + "0000000176" + "01" + "ff"; // more: Put (evolving: after its length 8), Ping(-1)

  @TempDir Path work;

  @Test
  void javaCodecAndDescriptorsAloneAgreeOnEveryV2Kind() throws Exception {
    String frame = String.format("%08x", PAYLOAD.length() / 2) + PAYLOAD;
    List<Vector> vectors = Conformance.parse(JsonMapper.builder().build().readTree(String.format(SOURCES, frame)));
    Map<String, List<String>> failures = Conformance.run(vectors, work.resolve("java"));
    assertEquals(List.of(), failures.get("every-v2-kind"), "the generated Java codec");

    Map<String, Vector> chosen = new LinkedHashMap<>();
    chosen.put("v2", vectors.get(0));
    VectorCompiler.Result compiled = new VectorCompiler(work.resolve("descriptors")).compile(chosen);
    assertTrue(compiled.success(), compiled.describeErrors());
    Path dir = compiled.classes().resolve(VectorCompiler.DESCRIPTORS);
    String kinds = Files.readString(dir.resolve("v2.Kinds.json"), StandardCharsets.UTF_8);
    assertTrue(kinds.contains("\"version\": 2,"), kinds);
    for (String kind : List.of("uuid", "instant", "duration", "local-date", "local-time", "local-date-time",
        "inet-address", "big-integer", "big-decimal", "protocol")) {
      assertTrue(kinds.contains("\"kind\": \"" + kind + "\""), kind);
    }
    assertTrue(!kinds.contains("Millis"), "a converter is not in the descriptor");
    assertTrue(Files.readString(dir.resolve("v2.Ping.json"), StandardCharsets.UTF_8).contains("\"version\": 1,"),
        "a record of version-1 kinds stays version 1");

    DescriptorEncoder encoder = new DescriptorEncoder(dir);
    Vector v = vectors.get(0);
    // a descriptor peer sees the converter's wire side: ms is a 6-byte integer of milliseconds
    ObjectNode wireValue = ((ObjectNode) v.value()).deepCopy().put("ms", 1704164645123L);
    assertArrayEquals(v.frame(), encoder.frame("v2.Kinds", wireValue), "the descriptor encoder's frame");
    DescriptorDecoder decoder = new DescriptorDecoder(encoder::descriptor);
    JsonNode read = decoder.frame("v2.Kinds", v.frame());
    assertTrue(decoder.same("v2.Kinds", wireValue, read), "read " + read);

    // the decoder is as strict as the runtime: nanoseconds of 10^9, a non-minimal integer
    byte[] badNanos = Hex.decode(frame.replace("65937d2500000006", "65937d253b9aca00"));
    assertThrows(IllegalArgumentException.class, () -> decoder.frame("v2.Kinds", badNanos));
    byte[] badBig = Hex.decode(frame.replace("02ff7f00000002", "03ffff7f00000002").replaceFirst("^[0-9a-f]{8}",
        String.format("%08x", PAYLOAD.length() / 2 + 1)));
    assertThrows(IllegalArgumentException.class, () -> decoder.frame("v2.Kinds", badBig));
  }
}
