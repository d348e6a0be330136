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
public final class BinCodec extends AbstractWireCodec<Bin> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final BinCodec INSTANCE = new BinCodec(CodecSettings.of(Framing.delimited("\r\n", true, 1024)));

  private BinCodec(CodecSettings settings) {
    super(Bin.class, settings);
  }

  @Override
  protected BinCodec with(CodecSettings settings) {
    return new BinCodec(settings);
  }

  @Override
  protected void encodePayload(Bin message, PayloadWriter out) {
    out.writeSigned(message.x(), 4, Endian.BIG, "Bin.x");
    out.writeBytes(PayloadWriter.requireNonNull(message.raw(), "Bin.raw"), Length.REST, Endian.BIG, "Bin.raw");
  }

  @Override
  protected Bin decodePayload(PayloadReader in) throws WireFormatException {
    int x = (int) in.readSigned(4, Endian.BIG, "Bin.x");
    byte[] raw = in.readBytes(Length.REST, Endian.BIG, "Bin.raw");
    return new Bin(x, raw);
  }
}
