package dev.wiremessage.fuzz;

import dev.wiremessage.Delimited;
import dev.wiremessage.FixedInt;
import dev.wiremessage.Format;
import dev.wiremessage.JsonBlob;
import dev.wiremessage.Length;
import dev.wiremessage.LengthPrefixed;
import dev.wiremessage.Since;
import dev.wiremessage.WireMessage;
import dev.wiremessage.WireProtocol;
import dev.wiremessage.examples.seed.Data;
import java.util.List;
import java.util.Optional;

/**
 * The shapes of issue 11's defects, so that the fuzz targets build them: a JSON value that is
 * the text {@code null} where a message or a present value must be (items 1, 2, 10), and
 * counts of elements that take no bytes, nested (item 4). The seed JSON record itself is
 * {@link Data} of the examples.
 */
final class Shapes {
  private Shapes() {}

  /** {@code Optional} of a {@code Format.JSON} record: {@code 05 01 6E756C6C} must be malformed. */
  @WireMessage
  record OptJson(@FixedInt(bytes = 1) int a, Optional<Data> d) {}

  /** A plain record that Jackson binds (not a {@code @WireMessage}). */
  record P(String s, int n) {}

  /** {@code @JsonBlob Optional<P>}: {@code 01 00000004 6E756C6C} must be malformed. */
  @WireMessage
  record OptBlob(@JsonBlob Optional<P> p) {}

  /** A {@code @Nullable} JSON record: {@code 01 6E756C6C} must not decode to an absent value. */
  @WireMessage
  record NullableJson(@FixedInt(bytes = 1) int a, @Nullable Data d) {}

  @WireMessage
  record Empty() {}

  /** Nested counts of elements that take no bytes: 1 KiB of payload must not build millions of objects. */
  @WireMessage
  record Nested2(List<List<Empty>> xs) {}

  /** The same, one level deeper and with small counts. */
  @WireMessage
  record Nested3(@FixedInt(bytes = 1) int tag, @dev.wiremessage.Count(length = Length.U8) List<List<List<Empty>>> xs) {}

  /** A protocol whose members are a JSON body and the shapes above: a frame decodes to a member, never to null. */
  @WireProtocol
  @LengthPrefixed(length = Length.U16, maxFrameBytes = 4096)
  sealed interface Mixed permits JsonMember, OptMember, BlobMember {}

  @WireMessage(id = 1, format = Format.JSON)
  record JsonMember(String message, int value) implements Mixed {}

  @WireMessage(id = 2)
  record OptMember(@FixedInt(bytes = 1) int a, Optional<Data> d) implements Mixed {}

  @WireMessage(id = 3)
  record BlobMember(@JsonBlob Optional<P> p) implements Mixed {}

  /** Newline-delimited JSON bodies: {@code null\n} is malformed. */
  @WireMessage(format = Format.JSON)
  @Delimited(maxFrameBytes = 4096)
  record JsonLine(String message, int value) {}

  // Evolving records (evolution.md, wire format 1.1; issue 12). Each older version is a record
  // of its own, so that the targets also read every frame with the readers of earlier releases
  // (Oracle.OLDER).

  /**
   * Extensible, with components of versions 2 to 4: an {@code Optional} and a primitive (2), a
   * list of nested evolving records (3), an array and a primitive (4). A frame of an older
   * version decodes with the later components absent; bytes after {@code flag} (a later
   * version's) are skipped.
   */
  @WireMessage(extensible = true)
  record Ext(@FixedInt(bytes = 2) int id, String name, @Since(2) Optional<String> unit, @Since(2) long stamp,
      @Since(3) List<Inner> inners, @Since(4) byte[] blob, @Since(4) boolean flag) {}

  /** Version 1 of {@link Ext}: every {@code Ext} frame is a newer frame to it. */
  @WireMessage(extensible = true)
  record ExtV1(@FixedInt(bytes = 2) int id, String name) {}

  /** Version 2 of {@link Ext}. */
  @WireMessage(extensible = true)
  record ExtV2(@FixedInt(bytes = 2) int id, String name, @Since(2) Optional<String> unit, @Since(2) long stamp) {}

  /** An extensible evolving record nested in the others: a VARINT length, then its payload. */
  @WireMessage(extensible = true)
  record Inner(@FixedInt(bytes = 1) int a, @Since(2) Optional<String> s, @Since(3) short b) {}

  /** Version 1 of {@link Inner}. */
  @WireMessage(extensible = true)
  record InnerV1(@FixedInt(bytes = 1) int a) {}

  /** An evolving record that is not extensible: bytes left inside its length are malformed. */
  @WireMessage
  record EvoPos(int x, int y, @Since(2) Optional<Integer> z) {}

  /**
   * A record that does not evolve, holding evolving ones as a component, in an {@code Optional},
   * as list elements, {@code @Nullable}, and one that is not extensible, before a string.
   */
  @WireMessage
  record Outer(@FixedInt(bytes = 1) int kind, Inner one, Optional<Inner> maybe, List<Inner> many, @Nullable Inner n,
      EvoPos pos, String tail) {}

  /** {@link Outer} as built with version 1 of {@link Inner}. */
  @WireMessage
  record OuterV1(@FixedInt(bytes = 1) int kind, InnerV1 one, Optional<InnerV1> maybe, List<InnerV1> many,
      @Nullable InnerV1 n, EvoPos pos, String tail) {}

  /** A protocol with evolving members: one extensible, one not, and one holding evolving records. */
  @WireProtocol
  @LengthPrefixed(length = Length.U16, maxFrameBytes = 4096)
  sealed interface Evo permits EvoStart, EvoStop, EvoNote {}

  @WireMessage(id = 1, extensible = true)
  record EvoStart(int a, @Since(2) Optional<String> who, @Since(3) List<Inner> inners) implements Evo {}

  @WireMessage(id = 2)
  record EvoStop(@FixedInt(bytes = 1) int reason, @Since(2) long at) implements Evo {}

  @WireMessage(id = 3)
  record EvoNote(Inner inner, Optional<EvoPos> pos) implements Evo {}

  // Issue 15: the built-in encodings of JDK types, each strictly read, and a protocol (with
  // evolving members) inside a record.

  /** Every built-in JDK type, in an Optional and a list, and the protocol {@code Evo} as a component. */
  @WireMessage
  record Types(java.util.UUID id, java.time.Instant at, java.time.Duration took, java.time.LocalDate day,
      java.time.LocalTime time, java.time.LocalDateTime local, java.net.InetAddress addr,
      @dev.wiremessage.Bytes(length = Length.U8) java.math.BigInteger big, java.math.BigDecimal price,
      Optional<java.time.Instant> maybe, List<java.util.UUID> ids, Evo cmd) {}
}
