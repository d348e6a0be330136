package dev.wiremessage.examples.chat;

import dev.wiremessage.WireMessage;

/** The user leaves: the tag {@code 03} alone, an empty payload after it. */
@WireMessage(id = 3)
public record Leave() implements Chat {}
