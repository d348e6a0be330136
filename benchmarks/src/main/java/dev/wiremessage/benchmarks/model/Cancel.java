package dev.wiremessage.benchmarks.model;

import dev.wiremessage.Length;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;

@WireMessage(id = 2)
public record Cancel(long orderId, @Utf8(length = Length.U8) String reason) implements Order {}
