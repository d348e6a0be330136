package dev.wiremessage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wiremessage.examples.evolution.v1.ReadingCodec;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The table of docs/evolution.md, "One message, three versions": the frame each version of
 * {@code Reading} writes, and what each version reads from each frame.
 */
class EvolutionVersionsTest {
  private static final HexFormat HEX = HexFormat.of();
  static final String V1 = "0000000c" + "00000007" + "4035800000000000";
  static final String V2 = "00000012" + "00000007" + "4035800000000000" + "01" + "00000001" + "43";
  static final String V3 = "00000020" + "00000007" + "4035800000000000" + "01" + "00000001" + "43"
      + "00000002" + "00000001" + "61" + "00000001" + "62";

  @Test
  void eachVersionWritesItsFrame() {
    assertEquals(V1, HEX.formatHex(ReadingCodec.INSTANCE.toFrame(new dev.wiremessage.examples.evolution.v1.Reading(7, 21.5))));
    assertEquals(V2, HEX.formatHex(dev.wiremessage.examples.evolution.v2.ReadingCodec.INSTANCE.toFrame(
        new dev.wiremessage.examples.evolution.v2.Reading(7, 21.5, Optional.of("C")))));
    assertEquals(V3, HEX.formatHex(dev.wiremessage.examples.evolution.v3.ReadingCodec.INSTANCE.toFrame(
        new dev.wiremessage.examples.evolution.v3.Reading(7, 21.5, Optional.of("C"), List.of("a", "b")))));
  }

  @Test
  void eachVersionReadsEveryFrame() throws Exception {
    for (String frame : List.of(V1, V2, V3)) {
      assertEquals(new dev.wiremessage.examples.evolution.v1.Reading(7, 21.5),
          ReadingCodec.INSTANCE.fromFrame(HEX.parseHex(frame)));
    }
    var v2 = dev.wiremessage.examples.evolution.v2.ReadingCodec.INSTANCE;
    assertEquals(new dev.wiremessage.examples.evolution.v2.Reading(7, 21.5, Optional.empty()), v2.fromFrame(HEX.parseHex(V1)));
    assertEquals(new dev.wiremessage.examples.evolution.v2.Reading(7, 21.5, Optional.of("C")), v2.fromFrame(HEX.parseHex(V2)));
    assertEquals(new dev.wiremessage.examples.evolution.v2.Reading(7, 21.5, Optional.of("C")), v2.fromFrame(HEX.parseHex(V3)));
    var v3 = dev.wiremessage.examples.evolution.v3.ReadingCodec.INSTANCE;
    assertEquals(new dev.wiremessage.examples.evolution.v3.Reading(7, 21.5, Optional.empty(), List.of()),
        v3.fromFrame(HEX.parseHex(V1)));
    assertEquals(new dev.wiremessage.examples.evolution.v3.Reading(7, 21.5, Optional.of("C"), List.of()),
        v3.fromFrame(HEX.parseHex(V2)));
    assertEquals(new dev.wiremessage.examples.evolution.v3.Reading(7, 21.5, Optional.of("C"), List.of("a", "b")),
        v3.fromFrame(HEX.parseHex(V3)));
  }
}
