package dev.wiremessage.tool.limits;

import dev.wiremessage.Count;
import dev.wiremessage.FixedInt;
import dev.wiremessage.Length;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;
import java.util.List;

/** Per-component maxima, and a list whose count is checked against the bytes left. */
@WireMessage
public record Profile(
    @Utf8(length = Length.U8, maxBytes = 4) String name,
    @Count(length = Length.U8, max = 2) @FixedInt(bytes = 1) List<Integer> ports,
    List<String> names) {}
