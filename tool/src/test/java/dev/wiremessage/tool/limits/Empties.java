package dev.wiremessage.tool.limits;

import dev.wiremessage.WireMessage;
import java.util.List;

/** A list of empty records. */
@WireMessage
public record Empties(List<Empty> xs) {}
