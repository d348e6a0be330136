package dev.wiremessage.tool.interop;

import dev.wiremessage.LengthPrefixed;
import dev.wiremessage.Length;
import dev.wiremessage.WireProtocol;

/** The interop tests' protocol: between its members, every kind of component the format has. */
@WireProtocol
@LengthPrefixed(length = Length.VARINT, maxFrameBytes = 1 << 20)
public sealed interface Mix permits Sample, Ping, Note {}
