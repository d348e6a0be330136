package app;

import dev.wiremessage.Format;
import dev.wiremessage.WireMessage;

@WireMessage(format = Format.JSON)
record Data(String message, int value) {}
