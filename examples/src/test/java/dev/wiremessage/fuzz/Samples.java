package dev.wiremessage.fuzz;

import dev.wiremessage.examples.chat.Ack;
import dev.wiremessage.examples.chat.ChatCodec;
import dev.wiremessage.examples.chat.Join;
import dev.wiremessage.examples.chat.Leave;
import dev.wiremessage.examples.chat.Mood;
import dev.wiremessage.examples.chat.Place;
import dev.wiremessage.examples.chat.Say;
import dev.wiremessage.examples.chat.Status;
import dev.wiremessage.examples.seed.Data;
import dev.wiremessage.examples.seed.DataCodec;
import dev.wiremessage.properties.Codecs;
import dev.wiremessage.runtime.WireCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/** Valid frames of every fuzzed codec, for the seeded fuzz loop to mutate. */
final class Samples {
  private Samples() {}

  @SuppressWarnings("unchecked")
  static List<byte[]> frames(WireCodec<?> codec) {
    if (codec == ChatCodec.INSTANCE) {
      return List.of(
          ChatCodec.INSTANCE.toFrame(new Join("ada", 7)),
          ChatCodec.INSTANCE.toFrame(new Leave()),
          ChatCodec.INSTANCE.toFrame(new Say("hi", 1_700_000_000_000L, Mood.HAPPY, List.of("greeting"),
              Optional.of(new Place("Oslo", 3)), Map.of("client", "demo"))),
          ChatCodec.INSTANCE.toFrame(new Ack(4294967295L, Status.REJECTED, Optional.empty())));
    }
    if (codec == DataCodec.INSTANCE) {
      return List.of(DataCodec.INSTANCE.toFrame(new Data("hi", 7)), DataCodec.INSTANCE.toFrame(new Data("", -1)));
    }
    List<Object> shapes = shapes(codec);
    if (!shapes.isEmpty()) {
      return shapes.stream().map(v -> ((WireCodec<Object>) codec).toFrame(v)).toList();
    }
    List<byte[]> frames = Codecs.sampleFrames(codec);
    if (!frames.isEmpty()) {
      return frames;
    }
    // Framings: records of one byte[] component
    SplittableRandom r = new SplittableRandom(codec.type().getName().hashCode());
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      byte[] b = new byte[r.nextInt(i < 10 ? 8 : 200)];
      for (int k = 0; k < b.length; k++) {
        b[k] = (byte) (r.nextInt(4) == 0 ? "\n\r}]ab".charAt(r.nextInt(6)) : r.nextInt(256));
      }
      try {
        @SuppressWarnings("unchecked")
        WireCodec<Object> c = (WireCodec<Object>) codec;
        Object value = codec.type().getDeclaredConstructors()[0].newInstance((Object) b);
        out.add(c.toFrame(value));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      } catch (IllegalArgumentException e) {
        // a strict delimiter inside the bytes: not a frame
      }
    }
    return out;
  }

  /** Valid payloads of a payload target's codec: random values of the property tests' schemas, or {@link #shapes}. */
  @SuppressWarnings("unchecked")
  static List<byte[]> payloads(WireCodec<?> codec) {
    List<Object> shapes = shapes(codec);
    if (!shapes.isEmpty()) {
      List<byte[]> out = new ArrayList<>(shapes.stream().map(v -> ((WireCodec<Object>) codec).encode(v)).toList());
      switch (codec.type().getSimpleName()) { // an earlier version's reader also gets the newer frames
        case "ExtV1", "ExtV2" -> out.addAll(payloads(Shapes_ExtCodec.INSTANCE));
        case "OuterV1" -> out.addAll(payloads(Shapes_OuterCodec.INSTANCE));
        default -> { }
      }
      return out;
    }
    return Codecs.samplePayloads(List.of(codec)).get(0);
  }

  /** Values of issue 11's shapes, the seed protocol's body, and issue 12's evolving records. */
  static List<Object> shapes(WireCodec<?> codec) {
    Data hi = new Data("hi", 7);
    Shapes.P p = new Shapes.P("x", 2);
    List<Shapes.Empty> two = List.of(new Shapes.Empty(), new Shapes.Empty());
    Shapes.Inner inner = new Shapes.Inner(9, Optional.of("s"), (short) -2);
    Shapes.InnerV1 innerV1 = new Shapes.InnerV1(3);
    Shapes.EvoPos pos = new Shapes.EvoPos(1, 2, Optional.of(3));
    return switch (codec.type().getSimpleName()) {
      case "Data" -> List.of(hi, new Data("", -1), new Data("\u00e9\"\n", Integer.MIN_VALUE));
      case "OptJson" -> List.of(new Shapes.OptJson(5, Optional.of(hi)), new Shapes.OptJson(0, Optional.empty()));
      case "NullableJson" -> List.of(new Shapes.NullableJson(5, hi), new Shapes.NullableJson(1, null));
      case "OptBlob" -> List.of(new Shapes.OptBlob(Optional.of(p)), new Shapes.OptBlob(Optional.empty()));
      case "Nested2" -> List.of(new Shapes.Nested2(List.of()), new Shapes.Nested2(List.of(two, List.of(), two)),
          new Shapes.Nested2(List.of(empties(32_000), empties(32_000)))); // within the payload's budget of 65,536
      case "Nested3" -> List.of(new Shapes.Nested3(1, List.of(List.of(two), List.of())), new Shapes.Nested3(0, List.of()));
      case "Mixed" -> List.of(new Shapes.JsonMember("hi", 7), new Shapes.OptMember(5, Optional.of(hi)),
          new Shapes.OptMember(6, Optional.empty()), new Shapes.BlobMember(Optional.of(p)), new Shapes.BlobMember(Optional.empty()));
      case "JsonLine" -> codec.type() == Shapes.JsonLine.class
          ? List.of(new Shapes.JsonLine("hi", 7), new Shapes.JsonLine("", 0)) : List.of();
      case "Ext" -> List.of(new Shapes.Ext(1, "a", Optional.empty(), 0, List.of(), new byte[0], false),
          new Shapes.Ext(-32768, "\u00e9t\u00e9", Optional.of("C"), -1L, List.of(inner, new Shapes.Inner(0, Optional.empty(), (short) 0)),
              new byte[] {1, 2, 3}, true));
      case "ExtV1" -> List.of(new Shapes.ExtV1(1, "a"), new Shapes.ExtV1(0, ""));
      case "ExtV2" -> List.of(new Shapes.ExtV2(2, "b", Optional.of("K"), 1_700_000_000_000L));
      case "Outer" -> List.of(new Shapes.Outer(1, inner, Optional.of(inner), List.of(inner, inner), inner, pos, "t"),
          new Shapes.Outer(0, new Shapes.Inner(0, Optional.empty(), (short) 0), Optional.empty(), List.of(), null,
              new Shapes.EvoPos(0, 0, Optional.empty()), ""));
      case "OuterV1" -> List.of(new Shapes.OuterV1(1, innerV1, Optional.of(innerV1), List.of(innerV1), null,
          new Shapes.EvoPos(1, 2, Optional.empty()), "t"));
      case "Evo" -> List.of(new Shapes.EvoStart(7, Optional.of("ada"), List.of(inner)), new Shapes.EvoStart(0, Optional.empty(), List.of()),
          new Shapes.EvoStop(1, 1_700_000_000_000L), new Shapes.EvoNote(inner, Optional.of(pos)),
          new Shapes.EvoNote(new Shapes.Inner(0, Optional.empty(), (short) 0), Optional.empty()));
      case "Types" -> types(inner, pos);
      default -> List.of();
    };
  }

  private static List<Object> types(Shapes.Inner inner, Shapes.EvoPos pos) {
    try {
      java.time.LocalDate day = java.time.LocalDate.of(2024, 2, 29);
      java.time.LocalTime time = java.time.LocalTime.of(13, 45, 30, 123);
      return List.of(
          new Shapes.Types(new java.util.UUID(1, 2), java.time.Instant.parse("2024-01-02T03:04:05.000000006Z"),
              java.time.Duration.ofMillis(-1500), day, time, java.time.LocalDateTime.of(day, time),
              java.net.InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1}), java.math.BigInteger.valueOf(-129),
              new java.math.BigDecimal("12.50"), Optional.of(java.time.Instant.EPOCH), List.of(new java.util.UUID(-1, 0)),
              new Shapes.EvoNote(inner, Optional.of(pos))),
          new Shapes.Types(new java.util.UUID(0, 0), java.time.Instant.MIN, java.time.Duration.ZERO,
              java.time.LocalDate.ofEpochDay(Integer.MIN_VALUE), java.time.LocalTime.MAX,
              java.time.LocalDateTime.of(java.time.LocalDate.ofEpochDay(Integer.MAX_VALUE), java.time.LocalTime.MIDNIGHT),
              java.net.InetAddress.getByAddress(new byte[16]), java.math.BigInteger.ZERO, java.math.BigDecimal.ONE,
              Optional.empty(), List.of(), new Shapes.EvoStop(1, 2L)));
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Shapes.Empty> empties(int n) {
    return java.util.Collections.nCopies(n, new Shapes.Empty());
  }
}
