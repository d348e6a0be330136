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

/**
 * The frames of {@link Start} alone, with no tag, in its own framing:
 * {@code Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)}.
 * A member of the protocol {@link Cmd}, whose frames (its framing, the tag, then
 * the payload) are read and written with {@link CmdCodec}.
 */
@Generated("dev.wiremessage.processor.WireMessageProcessor")
public final class StartCodec extends AbstractWireCodec<Start> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final StartCodec INSTANCE = new StartCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)));

  private StartCodec(CodecSettings settings) {
    super(Start.class, settings);
  }

  @Override
  protected StartCodec with(CodecSettings settings) {
    return new StartCodec(settings);
  }

  @Override
  protected void encodePayload(Start message, PayloadWriter out) {
    out.writeSigned(message.a(), 4, Endian.BIG, "Start.a");
    Optional<String> who = PayloadWriter.requireNonNull(message.who(), "Start.who");
    out.writePresence(who.isPresent());
    if (who.isPresent()) {
      out.writeUtf8(who.get(), Length.U32, Endian.BIG, "Start.who");
    }
  }

  @Override
  protected Start decodePayload(PayloadReader in) throws WireFormatException {
    int a = (int) in.readSigned(4, Endian.BIG, "Start.a");
    // version 2: absent from an older frame, which ends here
    Optional<String> who = Optional.empty();
    if (in.remaining() > 0) {
      who = in.readPresence("Start.who") ? Optional.of(in.readUtf8(Length.U32, Endian.BIG, "Start.who")) : Optional.empty();
    }
    in.skipLaterVersions();
    return new Start(a, who);
  }
}
