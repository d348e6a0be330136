package dev.wiremessage.tool.limits;

import dev.wiremessage.WireMessage;

/** No components: a list of these is bounded by the per-payload budget, not by bytes. */
@WireMessage
public record Empty() {}
