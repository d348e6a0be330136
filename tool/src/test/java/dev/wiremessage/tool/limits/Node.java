package dev.wiremessage.tool.limits;

import dev.wiremessage.FixedInt;
import dev.wiremessage.WireMessage;
import java.util.Optional;

/** A recursive record: 2 bytes a level (wire-format.md section 13). */
@WireMessage
public record Node(@FixedInt(bytes = 1) int value, Optional<Node> next) {}
