package dev.wiremessage.tool.interop;

import dev.wiremessage.FixedInt;
import dev.wiremessage.WireMessage;

/** Nested inline. */
@WireMessage
public record Point(@FixedInt(bytes = 2) int x, @FixedInt(bytes = 2) int y) {}
