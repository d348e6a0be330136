package dev.wiremessage.examples;

import dev.wiremessage.Delimited;
import dev.wiremessage.FixedInt;
import dev.wiremessage.Format;
import dev.wiremessage.Length;
import dev.wiremessage.Since;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;
import dev.wiremessage.WireProtocol;
import java.util.List;
import java.util.Optional;

/** Evolving records (evolution.md) in every position, for {@link EvolutionReadPathsTest}. */
final class Evolving {
  private Evolving() {}

  @WireMessage
  record Reading(@FixedInt(bytes = 4) int sensor, double value, @Since(2) Optional<String> unit, @Since(2) int scale) {}

  @WireMessage
  record Pos(int x, int y, @Since(2) Optional<Integer> z) {}

  @WireMessage
  record Fix(@FixedInt(bytes = 1) int kind, Pos pos, String tag) {}

  @WireMessage
  record Track(List<Pos> points) {}

  @WireMessage(extensible = true)
  record Tag(String k) {}

  @WireMessage
  record Box(Optional<Tag> tag, int n) {}

  @WireProtocol
  sealed interface Cmd permits Start, Stop {}

  @WireMessage(id = 1, extensible = true)
  record Start(int a, @Since(2) Optional<String> who) implements Cmd {}

  @WireMessage(id = 2)
  record Stop() implements Cmd {}

  @WireMessage
  @Delimited(value = "\n", escape = true)
  record Note(@Utf8(length = Length.U8) String a, @Since(2) Optional<String> b) {}

  @WireMessage(format = Format.JSON, extensible = true)
  record Meta(String who, @Since(2) Optional<String> note) {}

  @WireMessage
  record Batch(List<Meta> metas, int n) {}
}
