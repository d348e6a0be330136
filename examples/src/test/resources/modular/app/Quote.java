package app;

import dev.wiremessage.FixedInt;
import dev.wiremessage.Length;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;

@WireMessage
public record Quote(@Utf8(length = Length.U8) String symbol, @FixedInt(bytes = 8) long price,
    @FixedInt(bytes = 4) int qty, String venue) {}
