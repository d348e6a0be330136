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
public final class Outer_InnerCodec extends AbstractWireCodec<Outer.Inner> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final Outer_InnerCodec INSTANCE = new Outer_InnerCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)));

  private Outer_InnerCodec(CodecSettings settings) {
    super(Outer.Inner.class, settings);
  }

  @Override
  protected Outer_InnerCodec with(CodecSettings settings) {
    return new Outer_InnerCodec(settings);
  }

  @Override
  protected void encodePayload(Outer.Inner message, PayloadWriter out) {
    out.writeUtf8(PayloadWriter.requireNonNull(message.a(), "Inner.a"), Length.U32, Endian.BIG, "Inner.a");
    out.writeSigned(message.b(), 4, Endian.BIG, "Inner.b");
  }

  @Override
  protected Outer.Inner decodePayload(PayloadReader in) throws WireFormatException {
    String a = in.readUtf8(Length.U32, Endian.BIG, "Inner.a");
    int b = (int) in.readSigned(4, Endian.BIG, "Inner.b");
    return new Outer.Inner(a, b);
  }
}
