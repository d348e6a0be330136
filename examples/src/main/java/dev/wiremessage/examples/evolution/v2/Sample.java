package dev.wiremessage.examples.evolution.v2;

import dev.wiremessage.Since;
import dev.wiremessage.WireMessage;
import java.util.Optional;

/**
 * Version 2 of {@link dev.wiremessage.examples.evolution.v1.Sample}: {@code note} appended.
 * This version reads version-1 frames ({@code note} empty); a version-1 reader rejects this
 * version's frames as malformed ("7 bytes left after Sample"), since {@code Sample} is not
 * extensible.
 *
 * <pre>
 * new Sample(9, Optional.of("hi")):   00 00 00 0B | 00 00 00 09 | 01 00 00 00 02 68 69
 * </pre>
 */
@WireMessage
public record Sample(int id, @Since(2) Optional<String> note) {}
