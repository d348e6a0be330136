package dev.wiremessage.examples.strict;

import dev.wiremessage.Delimited;
import dev.wiremessage.FixedInt;
import dev.wiremessage.Format;
import dev.wiremessage.JsonBlob;
import dev.wiremessage.WireMessage;
import dev.wiremessage.WireProtocol;
import java.util.List;
import java.util.Optional;

/** The records of issue 11's reproductions, compiled by the real processor. */
final class Shapes {
  private Shapes() {}

  /** The classic Python example's message: {@code {"message": str, "value": int}}. */
  @WireMessage(format = Format.JSON)
  record Data(String message, int value) {}

  /** The same, newline-delimited. */
  @Delimited
  @WireMessage(format = Format.JSON)
  record Line(String message, int value) {}

  /** A protocol with a JSON member (id 1) and a binary one (id 2). */
  @WireProtocol
  sealed interface Mixed permits Json, Ping {}

  @WireMessage(id = 1, format = Format.JSON)
  record Json(String message, int value) implements Mixed {}

  @WireMessage(id = 2)
  record Ping(@FixedInt(bytes = 1) int n) implements Mixed {}

  /** Item 2: an Optional of a JSON record ({@code 05 01 6E756C6C}). */
  @WireMessage
  record OptJson(@FixedInt(bytes = 1) int a, Optional<Data> d) {}

  record P(String s) {}

  /** Item 2: a present @JsonBlob Optional whose text is null ({@code 01 00000004 6E756C6C}). */
  @WireMessage
  record OptBlob(@JsonBlob Optional<P> p) {}

  /** Item 10: a present @Nullable JSON record whose text is null ({@code 01 6E756C6C}). */
  @WireMessage
  record NullableData(@Nullable Data d) {}

  /** Item 4: lists of empty records, nested. */
  @WireMessage
  record Empty() {}

  @WireMessage
  record Nested2(List<List<Empty>> xs) {}

  /** Item 8: an enum written by name. */
  enum Side { BUY, SELL }

  @WireMessage
  record Order(Side side) {}

  /** Item 10c: a recursive record. */
  @WireMessage
  record Node(@FixedInt(bytes = 1) int v, Optional<Node> next) {}

  /** A record that validates its values: a peer's values it rejects are a malformed frame. */
  @WireMessage
  record Range(@FixedInt(bytes = 1) int low, @FixedInt(bytes = 1) int high) {
    Range {
      if (low > high) {
        throw new IllegalArgumentException("low " + low + " > high " + high);
      }
    }
  }

  /** The same record nested: the constructor of a nested record runs inside its holder's decode. */
  @WireMessage
  record Ranges(List<Range> ranges) {}
}
