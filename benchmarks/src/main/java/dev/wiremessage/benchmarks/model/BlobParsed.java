package dev.wiremessage.benchmarks.model;

import dev.wiremessage.JsonBlob;
import dev.wiremessage.WireMessage;
import java.util.Map;

/** The same event with its JSON document parsed: {@code @JsonBlob}, bound by Jackson on both sides. */
@WireMessage
public record BlobParsed(long id, String kind, @JsonBlob Map<String, Object> data) {}
