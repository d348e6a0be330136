package dev.wiremessage.examples.evolution.v1;

import dev.wiremessage.WireMessage;

/**
 * Version 1 of a message released without {@code extensible}: its readers reject any byte
 * after {@code id}, so version 2's readers must be deployed before its writers.
 *
 * <pre>
 * new Sample(9):   00 00 00 04 | 00 00 00 09
 * </pre>
 */
@WireMessage
public record Sample(int id) {}
