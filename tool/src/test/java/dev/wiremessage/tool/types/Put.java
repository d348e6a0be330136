package dev.wiremessage.tool.types;

import dev.wiremessage.Length;
import dev.wiremessage.Since;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;
import java.util.Optional;

@WireMessage(id = 2)
public record Put(@Utf8(length = Length.U8) String key, @Since(2) Optional<String> note) implements Cmd {}
