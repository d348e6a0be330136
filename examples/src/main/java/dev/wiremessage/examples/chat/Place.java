package dev.wiremessage.examples.chat;

import dev.wiremessage.FixedInt;
import dev.wiremessage.Length;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;

/**
 * Where a line was sent from; not a protocol message but a record nested inline in
 * {@link Say}: {@code new Place("Oslo", 3)} is {@code 04 4F 73 6C 6F 03}.
 */
@WireMessage
public record Place(@Utf8(length = Length.U8) String city, @FixedInt(bytes = 1, unsigned = true) int floor) {}
