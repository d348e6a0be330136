package dev.wiremessage.netty;

import dev.wiremessage.Delimited;
import dev.wiremessage.Endian;
import dev.wiremessage.FixedInt;
import dev.wiremessage.Length;
import dev.wiremessage.LengthPrefixed;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;
import dev.wiremessage.WireProtocol;

/** The tests' records, one per framing, all with the same components; codecs by the processor. */
public final class Messages {
  private Messages() {}

  /** The default framing: U32 big-endian length. */
  @WireMessage
  public record U32(@Utf8(length = Length.U16) String text, @FixedInt(bytes = 4) int n) {}

  @WireMessage
  @LengthPrefixed(length = Length.U8)
  public record U8(@Utf8(length = Length.U16) String text, @FixedInt(bytes = 4) int n) {}

  @WireMessage
  @LengthPrefixed(length = Length.U16, order = Endian.LITTLE)
  public record U16Le(@Utf8(length = Length.U16) String text, @FixedInt(bytes = 4) int n) {}

  @WireMessage
  @LengthPrefixed(length = Length.U24)
  public record U24(@Utf8(length = Length.U16) String text, @FixedInt(bytes = 4) int n) {}

  @WireMessage
  @LengthPrefixed(length = Length.U64, order = Endian.LITTLE)
  public record U64Le(@Utf8(length = Length.U16) String text, @FixedInt(bytes = 4) int n) {}

  @WireMessage
  @LengthPrefixed(length = Length.VARINT)
  public record Varint(@Utf8(length = Length.U16) String text, @FixedInt(bytes = 4) int n) {}

  /** Text lines: the payload is the UTF-8 text, up to the newline. */
  @WireMessage
  @Delimited("\n")
  public record Line(@Utf8(length = Length.REST) String text) {}

  /** Escaped payloads may hold the delimiter's bytes. */
  @WireMessage
  @Delimited(value = "\r\n", escape = true)
  public record Escaped(@Utf8(length = Length.U16) String text, @FixedInt(bytes = 4) int n) {}

  /** A protocol: a U8 tag, then the record's payload. */
  @WireProtocol
  public sealed interface Chat permits Join, Say {}

  @WireMessage(id = 1)
  public record Join(@Utf8(length = Length.U8) String name) implements Chat {}

  @WireMessage(id = 2)
  public record Say(@Utf8 String text) implements Chat {}
}
