package dev.wiremessage.examples.chat;

import dev.wiremessage.Count;
import dev.wiremessage.FixedInt;
import dev.wiremessage.JsonBlob;
import dev.wiremessage.Length;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A line of chat, tag {@code 02}:
 *
 * <pre>
 * text          2-byte length + UTF-8
 * sentAtMillis  8 bytes, big-endian (a long's default)
 * mood          1 byte: the constant's {@code @WireValue} code
 * tags          1-byte count, then each tag as 1-byte length + UTF-8
 * from          presence byte 00/01, then a {@link Place} inline
 * meta          4-byte length + compact JSON
 * </pre>
 */
@WireMessage(id = 2)
public record Say(
    @Utf8(length = Length.U16) String text,
    long sentAtMillis,
    @FixedInt(bytes = 1) Mood mood,
    @Count(length = Length.U8) @Utf8(length = Length.U8) List<String> tags,
    Optional<Place> from,
    @JsonBlob Map<String, Object> meta)
    implements Chat {}
