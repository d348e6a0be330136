package dev.wiremessage.processor;

import static dev.wiremessage.processor.GoldenTest.assertGolden;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The generated code of evolving records (evolution.md), compared exactly with
 * {@code src/test/resources/golden/} as {@link GoldenTest} does (same switch to rewrite them):
 * a record over three versions, evolving records nested in every position, and a protocol
 * member. {@link GoldenTest}'s files, of records that do not evolve, stay as they were.
 */
class EvolutionGoldenTest {

  @Test
  void threeVersionsWithEveryAbsentValue() throws IOException {
    Compilation c = Sources.compileLinted(
        Sources.of("Nullable", """
            @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)
            public @interface Nullable {}
            """),
        Sources.of("Reading", """
            @WireMessage
            public record Reading(
                @FixedInt(bytes = 4) int sensor,
                double value,
                @Since(2) Optional<String> unit,
                @Since(2) int scale,
                @Since(3) List<String> tags,
                @Since(3) byte[] raw,
                @Since(3) @Nullable String note,
                @Since(3) long[][] grid,
                @Since(3) Optional<List<Integer>> limits,
                @Since(3) boolean flag,
                @Since(3) char mark,
                @Since(3) float ratio) {}
            """));
    assertGolden(c, "ReadingCodec");
  }

  @Test
  void evolvingRecordsNestedEverywhere() throws IOException {
    Compilation c = Sources.compileLinted(
        Sources.of("Pos", """
            @WireMessage(extensible = true)
            public record Pos(int x, int y, @Since(2) Optional<Integer> z) {}
            """),
        Sources.of("Plain", "@WireMessage public record Plain(int a) {}"),
        Sources.of("Track", """
            @WireMessage
            public record Track(
                @FixedInt(bytes = 1) int kind,
                Pos pos,
                Optional<Pos> maybe,
                @Count(length = Length.U8) List<Pos> points,
                Pos[] more,
                Plain plain) {}
            """));
    assertGolden(c, "PosCodec");
    assertGolden(c, "TrackCodec");
  }

  @Test
  void protocolMember() throws IOException {
    Compilation c = Sources.compileLinted(
        Sources.of("Cmd", "@WireProtocol public sealed interface Cmd permits Start, Stop {}"),
        Sources.of("Start", """
            @WireMessage(id = 1, extensible = true)
            public record Start(int a, @Since(2) Optional<String> who) implements Cmd {}
            """),
        Sources.of("Stop", "@WireMessage(id = 2) public record Stop() implements Cmd {}"));
    assertGolden(c, "StartCodec");
    assertGolden(c, "CmdCodec");
  }
}
