package dev.wiremessage.tool.interop;

import dev.wiremessage.Since;
import dev.wiremessage.WireMessage;
import java.util.Optional;

/** An evolving record: nested after its VARINT byte length. */
@WireMessage(extensible = true)
public record Pos(int x, int y, @Since(2) Optional<Integer> z) {}
