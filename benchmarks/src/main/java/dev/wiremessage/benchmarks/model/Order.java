package dev.wiremessage.benchmarks.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.wiremessage.WireProtocol;

/** A protocol of three message types behind a one-byte tag. (Jackson's annotations: its peer's type names.) */
@WireProtocol
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = NewOrder.class, name = "new"),
  @JsonSubTypes.Type(value = Cancel.class, name = "cancel"),
  @JsonSubTypes.Type(value = Fill.class, name = "fill")
})
public sealed interface Order permits NewOrder, Cancel, Fill {}
