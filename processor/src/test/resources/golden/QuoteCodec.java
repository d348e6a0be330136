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
public final class QuoteCodec extends AbstractWireCodec<Quote> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final QuoteCodec INSTANCE = new QuoteCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)));

  private QuoteCodec(CodecSettings settings) {
    super(Quote.class, settings);
  }

  @Override
  protected QuoteCodec with(CodecSettings settings) {
    return new QuoteCodec(settings);
  }

  @Override
  protected void encodePayload(Quote message, PayloadWriter out) {
    out.writeUtf8(PayloadWriter.requireNonNull(message.symbol(), "Quote.symbol"), Length.U8, Endian.BIG, "Quote.symbol");
    int priceAt = out.claim(12);
    out.putBits(priceAt, message.price(), 8, Endian.BIG);
    out.putBits(priceAt + 8, message.qty(), 4, Endian.BIG);
    out.writeUtf8(PayloadWriter.requireNonNull(message.venue(), "Quote.venue"), Length.U32, Endian.BIG, "Quote.venue");
  }

  @Override
  protected Quote decodePayload(PayloadReader in) throws WireFormatException {
    String symbol = in.readUtf8(Length.U8, Endian.BIG, "Quote.symbol");
    int priceAt = in.take(12, "Quote.price:8 Quote.qty:4");
    long price = in.getSigned(priceAt, 8, Endian.BIG);
    int qty = (int) in.getSigned(priceAt + 8, 4, Endian.BIG);
    String venue = in.readUtf8(Length.U32, Endian.BIG, "Quote.venue");
    return new Quote(symbol, price, qty, venue);
  }
}
