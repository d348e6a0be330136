package dev.wiremessage.tool.types;

import dev.wiremessage.Bytes;
import dev.wiremessage.Length;
import dev.wiremessage.WireMessage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every kind of descriptor version 2 (issue 15), for the generated Python module. */
@WireMessage
public record Kinds(UUID id, Instant at, Duration took, LocalDate day, LocalTime time, LocalDateTime local,
    InetAddress v4, InetAddress v6, @Bytes(length = Length.U8, maxBytes = 8) BigInteger big, BigDecimal price,
    Optional<UUID> parent, List<Instant> marks, Cmd first, List<Cmd> more) {}
