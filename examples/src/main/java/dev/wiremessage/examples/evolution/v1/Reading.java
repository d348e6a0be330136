package dev.wiremessage.examples.evolution.v1;

import dev.wiremessage.FixedInt;
import dev.wiremessage.WireMessage;

/**
 * Version 1 of a sensor reading, released {@code extensible} so that later versions can add
 * components that this version's readers skip.
 *
 * <pre>
 * new Reading(7, 21.5):
 *   00 00 00 0C | 00 00 00 07 | 40 35 80 00 00 00 00 00
 *   U32 length    sensor        value
 * </pre>
 */
@WireMessage(extensible = true)
public record Reading(@FixedInt(bytes = 4) int sensor, double value) {}
