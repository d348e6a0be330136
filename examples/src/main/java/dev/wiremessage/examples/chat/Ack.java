package dev.wiremessage.examples.chat;

import dev.wiremessage.FixedInt;
import dev.wiremessage.Length;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;
import java.util.Optional;

/**
 * The server's answer to each message, tag {@code 09}: the message's sequence number in 4
 * unsigned bytes, the status by name (1-byte length), and an optional note (presence byte,
 * then a 4-byte length + UTF-8).
 */
@WireMessage(id = 9)
public record Ack(
    @FixedInt(bytes = 4, unsigned = true) long seq,
    @Utf8(length = Length.U8) Status status,
    Optional<String> note)
    implements Chat {}
