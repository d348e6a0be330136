package dev.wiremessage.benchmarks.model;

import dev.wiremessage.Length;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;

@WireMessage(id = 1)
public record NewOrder(long orderId, @Utf8(length = Length.U8) String symbol, long price, int qty, boolean buy)
    implements Order {}
