package dev.wiremessage.tool.types;

import dev.wiremessage.FixedInt;
import dev.wiremessage.WireMessage;

@WireMessage(id = 1)
public record Ping(@FixedInt(bytes = 1) int n) implements Cmd {}
