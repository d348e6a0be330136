package dev.wiremessage.examples.evolution.v2;

import dev.wiremessage.FixedInt;
import dev.wiremessage.Since;
import dev.wiremessage.WireMessage;
import java.util.Optional;

/**
 * Version 2 of {@link dev.wiremessage.examples.evolution.v1.Reading}: {@code unit} appended.
 * A version-1 frame reads with {@code unit} empty; a version-1 reader skips {@code unit}.
 *
 * <pre>
 * new Reading(7, 21.5, Optional.of("C")):
 *   00 00 00 12 | 00 00 00 07 | 40 35 80 00 00 00 00 00 | 01 00 00 00 01 43
 *                                                          unit (version 2)
 * </pre>
 */
@WireMessage(extensible = true)
public record Reading(@FixedInt(bytes = 4) int sensor, double value, @Since(2) Optional<String> unit) {}
