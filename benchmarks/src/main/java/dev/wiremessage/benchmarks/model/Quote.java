package dev.wiremessage.benchmarks.model;

import dev.wiremessage.Length;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;

/** The README's quote: 1 + symbol + 8 + 4 + 4 + venue bytes of payload, after a 4-byte length. */
@WireMessage
public record Quote(@Utf8(length = Length.U8) String symbol, long price, int qty, String venue) {}
