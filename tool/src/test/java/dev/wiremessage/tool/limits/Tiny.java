package dev.wiremessage.tool.limits;

import dev.wiremessage.FixedInt;
import dev.wiremessage.LengthPrefixed;
import dev.wiremessage.Length;
import dev.wiremessage.WireMessage;

/** A VARINT header and a frame limit of 4 bytes; its component has the name of the reader in a generated _read. */
@WireMessage
@LengthPrefixed(length = Length.VARINT, maxFrameBytes = 4)
public record Tiny(@FixedInt(bytes = 1) int r) {}
