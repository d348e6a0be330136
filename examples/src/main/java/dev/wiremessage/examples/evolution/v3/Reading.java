package dev.wiremessage.examples.evolution.v3;

import dev.wiremessage.FixedInt;
import dev.wiremessage.Since;
import dev.wiremessage.WireMessage;
import java.util.List;
import java.util.Optional;

/**
 * Version 3 of {@link dev.wiremessage.examples.evolution.v1.Reading}: {@code tags} appended
 * after version 2's {@code unit}. A version-1 frame reads with both absent, a version-2 frame
 * with {@code tags} empty.
 *
 * <pre>
 * new Reading(7, 21.5, Optional.of("C"), List.of("a", "b")):
 *   00 00 00 20 | 00 00 00 07 | 40 35 80 00 00 00 00 00 | 01 00 00 00 01 43
 *             | 00 00 00 02 00 00 00 01 61 00 00 00 01 62
 *               tags (version 3)
 * </pre>
 */
@WireMessage(extensible = true)
public record Reading(@FixedInt(bytes = 4) int sensor, double value, @Since(2) Optional<String> unit,
    @Since(3) List<String> tags) {}
