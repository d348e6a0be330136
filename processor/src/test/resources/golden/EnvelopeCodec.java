package test;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.Framing;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.spi.AbstractWireCodec;
import dev.wiremessage.runtime.spi.CodecSettings;
import dev.wiremessage.runtime.spi.PayloadReader;
import dev.wiremessage.runtime.spi.PayloadWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

@Generated("dev.wiremessage.processor.WireMessageProcessor")
public final class EnvelopeCodec extends AbstractWireCodec<Envelope> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final EnvelopeCodec INSTANCE = new EnvelopeCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)));

  private EnvelopeCodec(CodecSettings settings) {
    super(Envelope.class, settings);
  }

  @Override
  protected EnvelopeCodec with(CodecSettings settings) {
    return new EnvelopeCodec(settings);
  }

  @Override
  protected void encodePayload(Envelope message, PayloadWriter out) {
    out.writeSigned(message.seq(), 4, Endian.BIG, "Envelope.seq");
    Cmd body = PayloadWriter.requireNonNull(message.body(), "Envelope.body");
    if (body instanceof Ping bodyPing) {
      out.writeTag(1, Length.U8, Endian.BIG);
      out.writeMessage(PingCodec.INSTANCE, bodyPing, "Envelope.body");
    } else if (body instanceof Put bodyPut) {
      out.writeTag(2, Length.U8, Endian.BIG);
      out.writeMessageWithLength(PutCodec.INSTANCE, bodyPut, "Envelope.body");
    } else {
      throw PayloadWriter.encodeError("Envelope.body", "not a member of Cmd when this codec was generated: " + body.getClass().getName());
    }
    Optional<Cmd> reply = PayloadWriter.requireNonNull(message.reply(), "Envelope.reply");
    out.writePresence(reply.isPresent());
    if (reply.isPresent()) {
      Cmd replyValue = reply.get();
      if (replyValue instanceof Ping replyValuePing) {
        out.writeTag(1, Length.U8, Endian.BIG);
        out.writeMessage(PingCodec.INSTANCE, replyValuePing, "Envelope.reply");
      } else if (replyValue instanceof Put replyValuePut) {
        out.writeTag(2, Length.U8, Endian.BIG);
        out.writeMessageWithLength(PutCodec.INSTANCE, replyValuePut, "Envelope.reply");
      } else {
        throw PayloadWriter.encodeError("Envelope.reply", "not a member of Cmd when this codec was generated: " + replyValue.getClass().getName());
      }
    }
    List<Cmd> batch = PayloadWriter.requireNonNull(message.batch(), "Envelope.batch");
    out.writeCount(batch.size(), Length.U32, Endian.BIG, "Envelope.batch");
    for (Cmd batchItem : batch) {
      PayloadWriter.requireNonNull(batchItem, "Envelope.batch");
      if (batchItem instanceof Ping batchItemPing) {
        out.writeTag(1, Length.U8, Endian.BIG);
        out.writeMessage(PingCodec.INSTANCE, batchItemPing, "Envelope.batch");
      } else if (batchItem instanceof Put batchItemPut) {
        out.writeTag(2, Length.U8, Endian.BIG);
        out.writeMessageWithLength(PutCodec.INSTANCE, batchItemPut, "Envelope.batch");
      } else {
        throw PayloadWriter.encodeError("Envelope.batch", "not a member of Cmd when this codec was generated: " + batchItem.getClass().getName());
      }
    }
  }

  @Override
  protected Envelope decodePayload(PayloadReader in) throws WireFormatException {
    int seq = (int) in.readSigned(4, Endian.BIG, "Envelope.seq");
    long bodyTag = in.readTag(Length.U8, Endian.BIG, "Envelope.body");
    Cmd body;
    if (bodyTag == 1) {
      body = in.readMessage(PingCodec.INSTANCE, "Envelope.body");
    } else if (bodyTag == 2) {
      body = in.readMessageWithLength(PutCodec.INSTANCE, "Envelope.body");
    } else {
      throw in.malformed("Envelope.body", "unknown tag " + bodyTag + " of Cmd");
    }
    Optional<Cmd> reply = Optional.empty();
    if (in.readPresence("Envelope.reply")) {
      long replyValueTag = in.readTag(Length.U8, Endian.BIG, "Envelope.reply");
      Cmd replyValue;
      if (replyValueTag == 1) {
        replyValue = in.readMessage(PingCodec.INSTANCE, "Envelope.reply");
      } else if (replyValueTag == 2) {
        replyValue = in.readMessageWithLength(PutCodec.INSTANCE, "Envelope.reply");
      } else {
        throw in.malformed("Envelope.reply", "unknown tag " + replyValueTag + " of Cmd");
      }
      reply = Optional.of(replyValue);
    }
    int batchCount = in.readCount(Length.U32, Endian.BIG, 1, "Envelope.batch");
    List<Cmd> batchList = new ArrayList<>(batchCount);
    for (int i = 0; i < batchCount; i++) {
      long batchItemTag = in.readTag(Length.U8, Endian.BIG, "Envelope.batch");
      Cmd batchItem;
      if (batchItemTag == 1) {
        batchItem = in.readMessage(PingCodec.INSTANCE, "Envelope.batch");
      } else if (batchItemTag == 2) {
        batchItem = in.readMessageWithLength(PutCodec.INSTANCE, "Envelope.batch");
      } else {
        throw in.malformed("Envelope.batch", "unknown tag " + batchItemTag + " of Cmd");
      }
      batchList.add(batchItem);
    }
    List<Cmd> batch = Collections.unmodifiableList(batchList);
    return new Envelope(seq, body, reply, batch);
  }
}
