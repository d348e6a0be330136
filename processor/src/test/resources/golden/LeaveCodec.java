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

/**
 * The frames of {@link Leave} alone, with no tag, in its own framing:
 * {@code Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)}.
 * A member of the protocol {@link Chat}, whose frames (its framing, the tag, then
 * the payload) are read and written with {@link ChatCodec}.
 */
@Generated("dev.wiremessage.processor.WireMessageProcessor")
public final class LeaveCodec extends AbstractWireCodec<Leave> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final LeaveCodec INSTANCE = new LeaveCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)));

  private LeaveCodec(CodecSettings settings) {
    super(Leave.class, settings);
  }

  @Override
  protected LeaveCodec with(CodecSettings settings) {
    return new LeaveCodec(settings);
  }

  @Override
  protected void encodePayload(Leave message, PayloadWriter out) {
  }

  @Override
  protected Leave decodePayload(PayloadReader in) throws WireFormatException {
    return new Leave();
  }
}
