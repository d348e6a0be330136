package test;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.Framing;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.spi.AbstractWireCodec;
import dev.wiremessage.runtime.spi.CodecSettings;
import dev.wiremessage.runtime.spi.PayloadReader;
import dev.wiremessage.runtime.spi.PayloadWriter;
import javax.annotation.processing.Generated;

@Generated("dev.wiremessage.processor.WireMessageProcessor")
public final class EventCodec extends AbstractWireCodec<Event> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final EventCodec INSTANCE = new EventCodec(CodecSettings.of(Framing.delimited("\n", false, 16777216)));

  private EventCodec(CodecSettings settings) {
    super(Event.class, settings);
  }

  @Override
  protected EventCodec with(CodecSettings settings) {
    return new EventCodec(settings);
  }

  @Override
  public void encodePayload(Event message, PayloadWriter out) {
    out.writeJson(message, Event.class, Length.REST, Endian.BIG, "Event");
  }

  @Override
  public Event decodePayload(PayloadReader in) throws WireFormatException {
    return in.readJsonNonNull(Event.class, Length.REST, Endian.BIG, "Event");
  }
}
