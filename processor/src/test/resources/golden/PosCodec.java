package test;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.Framing;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.spi.AbstractWireCodec;
import dev.wiremessage.runtime.spi.CodecSettings;
import dev.wiremessage.runtime.spi.PayloadReader;
import dev.wiremessage.runtime.spi.PayloadWriter;
import java.util.Optional;
import javax.annotation.processing.Generated;

@Generated("dev.wiremessage.processor.WireMessageProcessor")
public final class PosCodec extends AbstractWireCodec<Pos> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final PosCodec INSTANCE = new PosCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)));

  private PosCodec(CodecSettings settings) {
    super(Pos.class, settings);
  }

  @Override
  protected PosCodec with(CodecSettings settings) {
    return new PosCodec(settings);
  }

  @Override
  protected void encodePayload(Pos message, PayloadWriter out) {
    int xAt = out.claim(8);
    out.putBits(xAt, message.x(), 4, Endian.BIG);
    out.putBits(xAt + 4, message.y(), 4, Endian.BIG);
    Optional<Integer> z = PayloadWriter.requireNonNull(message.z(), "Pos.z");
    out.writePresence(z.isPresent());
    if (z.isPresent()) {
      out.writeSigned(z.get(), 4, Endian.BIG, "Pos.z");
    }
  }

  @Override
  protected Pos decodePayload(PayloadReader in) throws WireFormatException {
    int xAt = in.take(8, "Pos.x:4 Pos.y:4");
    int x = (int) in.getSigned(xAt, 4, Endian.BIG);
    int y = (int) in.getSigned(xAt + 4, 4, Endian.BIG);
    // version 2: absent from an older frame, which ends here
    Optional<Integer> z = Optional.empty();
    if (in.remaining() > 0) {
      z = in.readPresence("Pos.z") ? Optional.of((int) in.readSigned(4, Endian.BIG, "Pos.z")) : Optional.empty();
    }
    in.skipLaterVersions();
    return new Pos(x, y, z);
  }
}
