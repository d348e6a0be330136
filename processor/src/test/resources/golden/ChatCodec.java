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
  protected void encodePayload(Chat message, PayloadWriter out) {
    if (message instanceof Join join) {
      out.writeTag(1, Length.U16, Endian.LITTLE);
      out.writeMember(JoinCodec.INSTANCE, join);
    } else if (message instanceof Say say) {
      out.writeTag(2, Length.U16, Endian.LITTLE);
      out.writeMember(SayCodec.INSTANCE, say);
    } else if (message instanceof Leave leave) {
      out.writeTag(300, Length.U16, Endian.LITTLE);
      out.writeMember(LeaveCodec.INSTANCE, leave);
    } else {
      throw PayloadWriter.encodeError("Chat", "not a permitted subtype when this codec was generated: " + message.getClass().getName());
    }
  }

  @Override
  protected Chat decodePayload(PayloadReader in) throws WireFormatException {
    long tag = in.readTag(Length.U16, Endian.LITTLE, "Chat");
    if (tag == 1) {
      return in.readMember(JoinCodec.INSTANCE);
    }
    if (tag == 2) {
      return in.readMember(SayCodec.INSTANCE);
    }
    if (tag == 300) {
      return in.readMember(LeaveCodec.INSTANCE);
    }
    throw in.malformed("Chat", "unknown tag " + tag);
  }
}
