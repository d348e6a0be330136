package dev.wiremessage.fuzz;

import dev.wiremessage.Delimited;
import dev.wiremessage.FixedInt;
import dev.wiremessage.Format;
import dev.wiremessage.JsonBlob;
import dev.wiremessage.Length;
import dev.wiremessage.LengthPrefixed;
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
}
