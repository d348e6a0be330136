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
public final class CmdCodec extends AbstractWireCodec<Cmd> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final CmdCodec INSTANCE = new CmdCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)));

  private CmdCodec(CodecSettings settings) {
    super(Cmd.class, settings);
  }

  @Override
  protected CmdCodec with(CodecSettings settings) {
    return new CmdCodec(settings);
  }

  @Override
  protected void encodePayload(Cmd message, PayloadWriter out) {
    if (message instanceof Start start) {
      out.writeTag(1, Length.U8, Endian.BIG);
      out.writeMember(StartCodec.INSTANCE, start);
    } else if (message instanceof Stop stop) {
      out.writeTag(2, Length.U8, Endian.BIG);
      out.writeMember(StopCodec.INSTANCE, stop);
    } else {
      throw PayloadWriter.encodeError("Cmd", "not a permitted subtype when this codec was generated: " + message.getClass().getName());
    }
  }

  @Override
  protected Cmd decodePayload(PayloadReader in) throws WireFormatException {
    long tag = in.readTag(Length.U8, Endian.BIG, "Cmd");
    if (tag == 1) {
      return in.readMember(StartCodec.INSTANCE);
    }
    if (tag == 2) {
      return in.readMember(StopCodec.INSTANCE);
    }
    throw in.malformed("Cmd", "unknown tag " + tag);
  }
}
