package dev.wiremessage.benchmarks.model;

import dev.wiremessage.WireMessage;

@WireMessage(id = 3)
public record Fill(long orderId, long price, int qty) implements Order {}
