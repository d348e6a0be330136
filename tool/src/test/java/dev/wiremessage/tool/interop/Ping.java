package dev.wiremessage.tool.interop;

import dev.wiremessage.FixedInt;
import dev.wiremessage.WireMessage;

/** A small member. */
@WireMessage(id = 2)
public record Ping(@FixedInt(bytes = 4, unsigned = true) long seq) implements Mix {}
