package dev.wiremessage.tool.types;

import dev.wiremessage.WireProtocol;

/** A protocol used inside {@link Kinds}: a plain member and an evolving one. */
@WireProtocol
public sealed interface Cmd permits Ping, Put {}
