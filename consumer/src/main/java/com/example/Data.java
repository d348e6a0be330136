package com.example;

import dev.wiremessage.*;

/** The classic Python tutorial's message: a 4-byte length, then JSON (needs the README's Jackson dependency). */
@WireMessage(format = Format.JSON)
public record Data(String message, int value) {}
