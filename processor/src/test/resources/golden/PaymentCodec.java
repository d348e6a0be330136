package test;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.Framing;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.spi.AbstractWireCodec;
import dev.wiremessage.runtime.spi.CodecSettings;
import dev.wiremessage.runtime.spi.PayloadReader;
import dev.wiremessage.runtime.spi.PayloadWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;

@Generated("dev.wiremessage.processor.WireMessageProcessor")
public final class PaymentCodec extends AbstractWireCodec<Payment> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final PaymentCodec INSTANCE = new PaymentCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)));

  private static final MoneyForm AMOUNT_CONVERTER = new MoneyForm();

  private static final InstantMillis AT_CONVERTER = new InstantMillis();

  private static final InstantMillis RETRIES_CONVERTER = new InstantMillis();

  private PaymentCodec(CodecSettings settings) {
    super(Payment.class, settings);
  }

  @Override
  protected PaymentCodec with(CodecSettings settings) {
    return new PaymentCodec(settings);
  }

  @Override
  protected void encodePayload(Payment message, PayloadWriter out) {
    Amount amountWire = PayloadWriter.toWire(AMOUNT_CONVERTER, PayloadWriter.requireNonNull(message.amount(), "Payment.amount"), "Payment.amount");
    out.writeMessage(AmountCodec.INSTANCE, amountWire, "Payment.amount");
    Long atWire = PayloadWriter.toWire(AT_CONVERTER, PayloadWriter.requireNonNull(message.at(), "Payment.at"), "Payment.at");
    out.writeSigned(atWire, 6, Endian.BIG, "Payment.at");
    List<Instant> retries = PayloadWriter.requireNonNull(message.retries(), "Payment.retries");
    out.writeCount(retries.size(), Length.U32, Endian.BIG, "Payment.retries");
    for (Instant retriesItem : retries) {
      Long retriesItemWire = PayloadWriter.toWire(RETRIES_CONVERTER, PayloadWriter.requireNonNull(retriesItem, "Payment.retries"), "Payment.retries");
      out.writeSigned(retriesItemWire, 8, Endian.BIG, "Payment.retries");
    }
  }

  @Override
  protected Payment decodePayload(PayloadReader in) throws WireFormatException {
    int amountAt = in.offset();
    Money amount = in.fromWire(AMOUNT_CONVERTER, in.readMessage(AmountCodec.INSTANCE, "Payment.amount"), amountAt, "Payment.amount");
    int atAt = in.offset();
    Instant at = in.fromWire(AT_CONVERTER, in.readSigned(6, Endian.BIG, "Payment.at"), atAt, "Payment.at");
    int retriesCount = in.readCount(Length.U32, Endian.BIG, 8, "Payment.retries");
    List<Instant> retriesList = new ArrayList<>(retriesCount);
    for (int i = 0; i < retriesCount; i++) {
      int retriesItemAt = in.offset();
      retriesList.add(in.fromWire(RETRIES_CONVERTER, in.readSigned(8, Endian.BIG, "Payment.retries"), retriesItemAt, "Payment.retries"));
    }
    List<Instant> retries = Collections.unmodifiableList(retriesList);
    return new Payment(amount, at, retries);
  }
}
