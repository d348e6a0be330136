package dev.wiremessage.examples.chat;

import dev.wiremessage.Length;
import dev.wiremessage.LengthPrefixed;
import dev.wiremessage.WireProtocol;

/**
 * The demo's chat protocol: four message types on one stream, each frame a 2-byte length,
 * a 1-byte tag (the message's id), then the message's payload.
 *
 * <pre>
 * new Join("ada", 7):
 * +-------+-----+----+----------+-------+
 * | 00 07 |  01 | 03 | 61 64 61 | 00 07 |
 * +-------+-----+----+----------+-------+
 *  header   tag  len   "ada"      room
 * </pre>
 *
 * <p>{@code ChatCodec.INSTANCE} (generated) reads and writes any of them.
 */
@WireProtocol
@LengthPrefixed(length = Length.U16, maxFrameBytes = Chat.MAX_FRAME_BYTES)
public sealed interface Chat permits Join, Say, Leave, Ack {
  /** The largest payload either side accepts. */
  int MAX_FRAME_BYTES = 8192;
}
