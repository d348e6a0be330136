package dev.wiremessage.fuzz;

import dev.wiremessage.Bytes;
import dev.wiremessage.Delimited;
import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.LengthPrefixed;
import dev.wiremessage.WireMessage;

/**
 * One record per frame kind, each a bare {@code byte[]} payload so that the fuzzer reaches the
 * framers and not the payload decoders: every length-header kind (both orders where they
 * differ) and both delimiter modes, with small frame limits so that frame-too-long is easy
 * to hit.
 */
final class Framings {
  private Framings() {}

  @WireMessage @LengthPrefixed(length = Length.U8, maxFrameBytes = 200)
  record U8(@Bytes(length = Length.REST) byte[] b) {}

  @WireMessage @LengthPrefixed(length = Length.U16, order = Endian.LITTLE, maxFrameBytes = 300)
  record U16Le(@Bytes(length = Length.REST) byte[] b) {}

  @WireMessage @LengthPrefixed(length = Length.U24, maxFrameBytes = 300)
  record U24(@Bytes(length = Length.REST) byte[] b) {}

  @WireMessage @LengthPrefixed(length = Length.U32, maxFrameBytes = 300)
  record U32(@Bytes(length = Length.REST) byte[] b) {}

  @WireMessage @LengthPrefixed(length = Length.U64, order = Endian.LITTLE, maxFrameBytes = 300)
  record U64Le(@Bytes(length = Length.REST) byte[] b) {}

  @WireMessage @LengthPrefixed(length = Length.VARINT, maxFrameBytes = 300)
  record Varint(@Bytes(length = Length.REST) byte[] b) {}

  @WireMessage @Delimited(value = "\r\n", maxFrameBytes = 300)
  record Strict(@Bytes(length = Length.REST) byte[] b) {}

  @WireMessage @Delimited(value = "\n", escape = true, maxFrameBytes = 300)
  record Escaped(@Bytes(length = Length.REST) byte[] b) {}

  @WireMessage @Delimited(value = "aba", maxFrameBytes = 300)
  record SelfOverlapping(@Bytes(length = Length.REST) byte[] b) {}
}
