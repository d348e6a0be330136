package com.example;

import dev.wiremessage.*;

/** README.md's example record. */
@WireMessage
public record Quote(@Utf8(length = Length.U8) String symbol,
                    @FixedInt(bytes = 8) long price,
                    @FixedInt(bytes = 4) int qty,
                    String venue) {}
