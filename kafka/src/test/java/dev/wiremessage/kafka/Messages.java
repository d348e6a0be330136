package dev.wiremessage.kafka;

import dev.wiremessage.Bytes;
import dev.wiremessage.Count;
import dev.wiremessage.Endian;
import dev.wiremessage.FixedInt;
import dev.wiremessage.JsonBlob;
import dev.wiremessage.Length;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;
import dev.wiremessage.WireProtocol;
import dev.wiremessage.WireValue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The tests' records; codecs by the processor (annotationProcessorPaths). */
public final class Messages {
  private Messages() {}

  /** A record key: which account a market message belongs to. */
  @WireMessage
  public record Account(@FixedInt(bytes = 8) long id) {}

  /** What the producers write: a protocol whose members between them use every component type. */
  @WireProtocol
  public sealed interface Market permits Quote, Everything, Heartbeat {}

  @WireMessage(id = 1)
  public record Quote(@Utf8(length = Length.U8) String symbol,
                      @FixedInt(bytes = 8) long price,
                      @FixedInt(bytes = 4) int qty,
                      String venue) implements Market {}

  /** No components: a payload of just the protocol's tag. */
  @WireMessage(id = 2)
  public record Heartbeat() implements Market {}

  public enum Side { @WireValue(1) BUY, @WireValue(2) SELL }

  public enum Venue { XNAS, XNYS, XLON }

  @WireMessage
  public record Point(@FixedInt(bytes = 2) int x, @FixedInt(bytes = 2, order = Endian.LITTLE) int y) {}

  /**
   * Every component type: the primitives and a box, widths and orders, strings and bytes with
   * several lengths, JSON, a nested record, Optional and @Nullable, enums by code and by name,
   * lists and arrays. Arrays compare by content (a record's own equals compares them by identity).
   */
  @WireMessage(id = 3)
  public record Everything(
      byte b, short s, int i, long l, char c, boolean flag, float f, double d,
      @FixedInt(bytes = 3, unsigned = true) int u24,
      @FixedInt(bytes = 2, order = Endian.LITTLE) Integer boxed,
      @Utf8(length = Length.VARINT) String text,
      @Bytes(length = Length.U16) byte[] blob,
      @JsonBlob Map<String, Object> meta,
      Point point,
      Optional<String> note,
      @Nullable Point origin,
      @FixedInt(bytes = 1) Side side,
      Venue venue,
      @Count(length = Length.U8) List<String> tags,
      long[] sequence,
      @Count(length = Length.VARINT) List<Point> path) implements Market {
    @Override
    public boolean equals(Object o) {
      return o instanceof Everything e && b == e.b && s == e.s && i == e.i && l == e.l && c == e.c
          && flag == e.flag && Float.compare(f, e.f) == 0 && Double.compare(d, e.d) == 0 && u24 == e.u24
          && boxed.equals(e.boxed) && text.equals(e.text) && Arrays.equals(blob, e.blob) && meta.equals(e.meta)
          && point.equals(e.point) && note.equals(e.note) && Objects.equals(origin, e.origin) && side == e.side
          && venue == e.venue && tags.equals(e.tags) && Arrays.equals(sequence, e.sequence) && path.equals(e.path);
    }

    @Override
    public int hashCode() {
      return Objects.hash(i, l, text, Arrays.hashCode(blob), Arrays.hashCode(sequence));
    }
  }

  /** What the Streams topology writes: another protocol. */
  @WireProtocol(tag = Length.VARINT)
  public sealed interface Ledger permits Fill, Activity {}

  /** A quote turned into a fill of its whole quantity. */
  @WireMessage(id = 1)
  public record Fill(@Utf8(length = Length.U8) String symbol, @FixedInt(bytes = 8) long notional) implements Ledger {}

  /** Any other market message, counted. */
  @WireMessage(id = 200)
  public record Activity(@FixedInt(bytes = 1) int kind, @Count(length = Length.U8) List<String> tags) implements Ledger {}

  /** The message of index {@code n}: every third one of each kind, all fields from {@code n}. */
  public static Market market(long n) {
    int k = (int) n;
    switch ((int) (n % 3)) {
      case 0:
        return new Quote("S" + (k % 500), 10_000 + n, k % 1000, k % 2 == 0 ? "XNAS" : "bourse de Paris é");
      case 1:
        return new Heartbeat();
      default:
        return new Everything((byte) k, (short) (k * 7), k, n * 1_000_003L, (char) ('a' + k % 26), k % 2 == 0,
            k / 3f, n / 7.0, k & 0xFF_FFFF, k % 30_000, "text " + n + " ü€😀".repeat(k % 4),
            new byte[] {(byte) k, (byte) (k >> 8), 0, -1}, Map.of("n", k, "even", k % 2 == 0),
            new Point(k % 1000, -(k % 1000)), k % 5 == 0 ? Optional.empty() : Optional.of("note " + k),
            k % 7 == 0 ? null : new Point(1, 2), k % 2 == 0 ? Side.BUY : Side.SELL, Venue.values()[k % 3],
            List.of("t" + (k % 10), "u"), new long[] {n, -n, Long.MAX_VALUE},
            List.of(new Point(k % 100, 1), new Point(2, k % 100)));
    }
  }
}
