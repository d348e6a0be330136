package dev.wiremessage.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The evolving records' seed files (issue 12) are what their names say, so that the fuzz runs
 * start from each case of evolution.md: an older frame, the current one, a newer one with
 * trailing bytes, a payload that ends inside a version, a nested length over what is left, a
 * VARINT length cut short, bytes left in a nested record that is not extensible.
 */
class EvolvingSeedsTest {
  private static final Shapes.Inner INNER = new Shapes.Inner(9, Optional.of("s"), (short) -2);
  private static final Shapes.Ext CURRENT = new Shapes.Ext(0x0102, "ab", Optional.of("C"), 5L, List.of(INNER),
      new byte[] {0x0A, 0x0B}, true);

  @Test
  void anOlderFrameDecodesWithTheLaterComponentsAbsent() throws IOException {
    assertDecodes("seed-ext-v1-old-frame", new Shapes.Ext(1, "a", Optional.empty(), 0L, List.of(), new byte[0], false));
    Shapes.Inner v1 = new Shapes.Inner(9, Optional.empty(), (short) 0);
    assertDecodes("seed-outer-v1-nested", new Shapes.Outer(1, v1, Optional.of(v1), List.of(v1), null,
        new Shapes.EvoPos(1, 2, Optional.empty()), "t"));
    assertDecodes("seed-evo-stop-old", new Shapes.EvoStop(1, 0L));
  }

  @Test
  void theCurrentFrameAndANewerOneDecodeToTheSameMessage() throws IOException {
    assertDecodes("seed-ext-v4-current", CURRENT);
    assertDecodes("seed-ext-v5-trailing", CURRENT);
    assertDecodes("seed-extv1-newer-frame", new Shapes.ExtV1(0x0102, "ab"));
    assertDecodes("seed-evo-start-newer", new Shapes.EvoStart(7, Optional.of("ada"), List.of(INNER)));
    assertDecodes("seed-outer-current", new Shapes.Outer(1, INNER, Optional.of(INNER), List.of(INNER), INNER,
        new Shapes.EvoPos(1, 2, Optional.of(3)), "t"));
  }

  @Test
  void cutOrOverlongVersionsAndLengthsAreMalformed() throws IOException {
    for (String seed : List.of("seed-ext-ends-inside-v2", "seed-outer-nested-length-over", "seed-outer-varint-cut",
        "seed-outer-pos-bytes-left")) {
      byte[] input = input("binaryPayloads", seed);
      WireCodec<?> codec = pick(Targets.BINARY, input);
      WireFormatException e = assertThrows(WireFormatException.class, () -> codec.decode(payload(input, 1)), seed);
      assertEquals("malformed", e.category().id(), seed + ": " + e.getMessage());
    }
  }

  @Test
  void aStreamOfEvolvingProtocolMembersReadsEachVersion() throws IOException {
    assertEquals(List.of(new Shapes.EvoStart(7, Optional.empty(), List.of()),
        new Shapes.EvoStart(7, Optional.of("ada"), List.of(INNER)), new Shapes.EvoStop(1, 0L), new Shapes.EvoStop(1, 5L),
        new Shapes.EvoNote(INNER, Optional.of(new Shapes.EvoPos(1, 2, Optional.of(3))))),
        readAll("seed-evo-frames", null));
    // EvoStop is not extensible: a newer frame of it ends the stream as malformed after the older one
    List<Object> read = new ArrayList<>();
    assertEquals("malformed", assertThrows(WireFormatException.class, () -> readAll("seed-evo-stop-newer", read))
        .category().id());
    assertEquals(List.of(new Shapes.EvoStop(1, 0L)), read);
  }

  private static void assertDecodes(String seed, Object expected) throws IOException {
    byte[] input = input("binaryPayloads", seed);
    Object got = pick(Targets.BINARY, input).decode(payload(input, 1));
    assertNull(DeepEquals.difference(expected, got), seed + " decodes to " + got);
  }

  private static List<Object> readAll(String seed, List<Object> into) throws IOException {
    byte[] input = input("protocolStreams", seed);
    WireCodec<?> codec = pick(Targets.PROTOCOLS, input);
    List<Object> out = into == null ? new ArrayList<>() : into;
    InputStream in = new ByteArrayInputStream(payload(input, 2));
    for (Object m; (m = codec.read(in)) != null; ) {
      out.add(m);
    }
    return out;
  }

  private static WireCodec<?> pick(List<WireCodec<?>> codecs, byte[] input) {
    return codecs.get((input[0] & 0xFF) % codecs.size());
  }

  private static byte[] payload(byte[] input, int from) {
    return Arrays.copyOfRange(input, from, input.length);
  }

  private static byte[] input(String target, String name) throws IOException {
    try (InputStream in = EvolvingSeedsTest.class.getResourceAsStream("DecoderFuzzTestInputs/" + target + "/" + name)) {
      if (in == null) {
        throw new AssertionError("no seed " + target + "/" + name);
      }
      return in.readAllBytes();
    }
  }
}
