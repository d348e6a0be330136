package test;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.Framing;
import dev.wiremessage.runtime.WireEncodeException;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.spi.AbstractWireCodec;
import dev.wiremessage.runtime.spi.CodecSettings;
import dev.wiremessage.runtime.spi.PayloadReader;
import dev.wiremessage.runtime.spi.PayloadWriter;
import javax.annotation.processing.Generated;

@Generated("dev.wiremessage.processor.WireMessageProcessor")
public final class ChatCodec extends AbstractWireCodec<Chat> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final ChatCodec INSTANCE = new ChatCodec(CodecSettings.of(Framing.lengthPrefixed(Length.VARINT, Endian.BIG, 65536)));

  private ChatCodec(CodecSettings settings) {
    super(Chat.class, settings);
  }

  @Override
  protected ChatCodec with(CodecSettings settings) {
    return new ChatCodec(settings);
  }

  @Override
  public void encodePayload(Chat message, PayloadWriter out) {
    if (message instanceof Join join) {
      out.writeTag(1, Length.U16, Endian.LITTLE);
      JoinCodec.INSTANCE.encodePayload(join, out);
    } else if (message instanceof Say say) {
      out.writeTag(2, Length.U16, Endian.LITTLE);
      SayCodec.INSTANCE.encodePayload(say, out);
    } else if (message instanceof Leave leave) {
      out.writeTag(300, Length.U16, Endian.LITTLE);
      LeaveCodec.INSTANCE.encodePayload(leave, out);
    } else {
      throw new WireEncodeException("not a permitted subtype when this codec was generated: " + message.getClass().getName(), "Chat", null);
    }
  }

  @Override
  public Chat decodePayload(PayloadReader in) throws WireFormatException {
    long tag = in.readTag(Length.U16, Endian.LITTLE, "Chat");
    if (tag == 1) {
      return JoinCodec.INSTANCE.decodePayload(in);
    }
    if (tag == 2) {
      return SayCodec.INSTANCE.decodePayload(in);
    }
    if (tag == 300) {
      return LeaveCodec.INSTANCE.decodePayload(in);
    }
    throw in.malformed("Chat", "unknown tag " + tag);
  }
}
