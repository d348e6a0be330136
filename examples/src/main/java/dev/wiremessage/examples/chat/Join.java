package dev.wiremessage.examples.chat;

import dev.wiremessage.FixedInt;
import dev.wiremessage.Length;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;

/** A user enters a room: tag {@code 01}, the name after a 1-byte length, the room in 2 bytes. */
@WireMessage(id = 1)
public record Join(@Utf8(length = Length.U8) String name, @FixedInt(bytes = 2) int room) implements Chat {}
