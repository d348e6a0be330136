package dev.wiremessage.examples;

import dev.wiremessage.Bytes;
import dev.wiremessage.Count;
import dev.wiremessage.FixedInt;
import dev.wiremessage.JsonBlob;
import dev.wiremessage.Length;
import dev.wiremessage.LengthPrefixed;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;
import java.util.List;
import java.util.Map;

/**
 * A profile sent by peers that are not trusted, with a maximum on every component that has a
 * length or a count, each far below the 64 KiB frame limit.
 */
@WireMessage
@LengthPrefixed(length = Length.U32, maxFrameBytes = 64 << 10)
record Profile(
    @Utf8(length = Length.U8, maxBytes = 32) String name,
    @Bytes(length = Length.U16, maxBytes = 16) byte[] avatarHash,
    @Count(length = Length.U16, max = 8) @Utf8(length = Length.U8, maxBytes = 24) List<String> tags,
    @Count(length = Length.U8, max = 4) @FixedInt(bytes = 2, unsigned = true) int[] ports,
    @JsonBlob(maxBytes = 256) Map<String, Object> settings) {}
