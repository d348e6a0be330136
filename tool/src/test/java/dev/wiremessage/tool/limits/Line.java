package dev.wiremessage.tool.limits;

import dev.wiremessage.Delimited;
import dev.wiremessage.Length;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;

/** A delimited frame with a small limit. */
@WireMessage
@Delimited(maxFrameBytes = 8)
public record Line(@Utf8(length = Length.REST) String text) {}
