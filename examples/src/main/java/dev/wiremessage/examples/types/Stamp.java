package dev.wiremessage.examples.types;

import dev.wiremessage.WireMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A message of the types people send most (docs/wire-format.md section 15), which a Python
 * peer writes with {@code struct} alone ({@code src/test/resources/python/stamp_server.py}):
 *
 * <pre>
 * id     16 bytes   the UUID, RFC 9562 byte order            uuid.UUID(bytes=...)
 * at     8 + 4      epoch seconds (signed), nanoseconds      struct '>qI'
 * price  4 + 4 + n  scale (signed), byte count, unscaled     struct '>iI', int.from_bytes(..., signed=True)
 * </pre>
 */
@WireMessage
public record Stamp(UUID id, Instant at, BigDecimal price) {}
