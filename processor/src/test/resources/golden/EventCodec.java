package test;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.Framing;
import dev.wiremessage.runtime.JsonMapper;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.spi.AbstractWireCodec;
import dev.wiremessage.runtime.spi.PayloadReader;
import dev.wiremessage.runtime.spi.PayloadWriter;
import javax.annotation.processing.Generated;

@Generated("dev.wiremessage.processor.WireMessageProcessor")
public final class EventCodec extends AbstractWireCodec<Event> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final EventCodec INSTANCE = new EventCodec(Framing.delimited("\n", false, 16777216), null);

  private EventCodec(Framing framing, JsonMapper json) {
    super(Event.class, framing, json);
  }

  @Override
  protected EventCodec with(Framing framing, JsonMapper json) {
    return new EventCodec(framing, json);
  }

  @Override
  public void encodePayload(Event message, PayloadWriter out) {
    out.writeJson(message, Event.class, Length.REST, Endian.BIG, "Event");
  }

  @Override
  public Event decodePayload(PayloadReader in) throws WireFormatException {
    return in.readJson(Event.class, Length.REST, Endian.BIG, "Event");
  }
}
