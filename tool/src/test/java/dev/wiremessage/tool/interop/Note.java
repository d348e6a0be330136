package dev.wiremessage.tool.interop;

import dev.wiremessage.Since;
import dev.wiremessage.WireMessage;
import java.util.Optional;

/** A member with a later version's component. */
@WireMessage(id = 44)
public record Note(String a, @Since(2) Optional<String> b) implements Mix {}
