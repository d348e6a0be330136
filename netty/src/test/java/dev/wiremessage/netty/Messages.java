package dev.wiremessage.netty;

import dev.wiremessage.Delimited;
import dev.wiremessage.Endian;
import dev.wiremessage.FixedInt;
import dev.wiremessage.JsonBlob;
import dev.wiremessage.Length;
import dev.wiremessage.LengthPrefixed;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;
import dev.wiremessage.WireProtocol;
import java.util.Map;

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

  // ---- room for 1 MiB strings: frames far bigger than a fresh outbound buffer ----

  /** U32 big-endian frames, a JSON component. */
  @WireMessage
  public record Big(@Utf8 String text, @JsonBlob Map<String, Object> meta, @FixedInt(bytes = 8) long n) {}

  /** VARINT frames and strings: the header's size is known only after the payload. */
  @WireMessage
  @LengthPrefixed(length = Length.VARINT)
  public record BigVarint(@Utf8(length = Length.VARINT) String text, @FixedInt(bytes = 2, order = Endian.LITTLE) short n) {}

  @WireMessage
  @LengthPrefixed(length = Length.U24, order = Endian.LITTLE)
  public record BigU24Le(@Utf8(order = Endian.LITTLE) String text, @FixedInt(bytes = 4, order = Endian.LITTLE) int n) {}

  @WireMessage
  @LengthPrefixed(length = Length.U64, order = Endian.LITTLE)
  public record BigU64Le(@Utf8 String text, @FixedInt(bytes = 4) int n) {}

  /** Escaped: every delimiter and escape byte in the text costs one more byte on the wire. */
  @WireMessage
  @Delimited(value = "\r\n", escape = true)
  public record BigEscaped(@Utf8 String text, @FixedInt(bytes = 4) int n) {}
}
