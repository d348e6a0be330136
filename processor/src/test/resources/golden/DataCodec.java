package test;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.Framing;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.spi.AbstractWireCodec;
import dev.wiremessage.runtime.spi.CodecSettings;
import dev.wiremessage.runtime.spi.JsonBodyReader;
import dev.wiremessage.runtime.spi.JsonBodyWriter;
import dev.wiremessage.runtime.spi.PayloadReader;
import dev.wiremessage.runtime.spi.PayloadWriter;
import javax.annotation.processing.Generated;

@Generated("dev.wiremessage.processor.WireMessageProcessor")
public final class DataCodec extends AbstractWireCodec<Data> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final DataCodec INSTANCE = new DataCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)));

  private static final byte[] DATA_MESSAGE = JsonBodyWriter.key("message");

  private static final byte[] DATA_VALUE = JsonBodyWriter.key("value");

  private static final byte[][] DATA_KEYS = {DATA_MESSAGE, DATA_VALUE};

  private DataCodec(CodecSettings settings) {
    super(Data.class, settings);
  }

  @Override
  protected DataCodec with(CodecSettings settings) {
    return new DataCodec(settings);
  }

  @Override
  protected void encodePayload(Data message, PayloadWriter out) {
    if (out.hasOwnJsonMapper()) {
      // a mapper given with withJsonMapper writes the whole body (wire-format.md section 14)
      out.writeJson(message, Data.class, Length.REST, Endian.BIG, "Data");
      return;
    }
    JsonBodyWriter json = out.beginJsonBody("Data");
    writeData(json, message);
    out.endJsonBody(json);
  }

  @Override
  protected Data decodePayload(PayloadReader in) throws WireFormatException {
    if (in.hasOwnJsonMapper()) {
      return in.readJsonNonNull(Data.class, Length.REST, Endian.BIG, "Data");
    }
    JsonBodyReader json = in.beginJsonBody("Data");
    Data value = readData(json);
    json.end();
    return value;
  }

  /**
   * {@code Data} as a JSON object, keys in declaration order.
   */
  private static void writeData(JsonBodyWriter json, Data value) {
    json.beginObject();
    json.key(DATA_MESSAGE);
    json.writeString(JsonBodyWriter.requireNonNull(value.message(), "Data.message"), "Data.message");
    json.key(DATA_VALUE);
    json.writeLong(value.value());
    json.endObject();
  }

  /**
   * {@code Data} from a JSON object: keys in any order, unknown keys skipped.
   */
  private static Data readData(JsonBodyReader json) throws WireFormatException {
    String message = null;
    int value = 0;
    long seen = 0;
    json.beginObject();
    for (int key = json.nextKey(DATA_KEYS, seen); key != JsonBodyReader.END; key = json.nextKey(DATA_KEYS, seen)) {
      seen |= 1L << key;
      switch (key) {
        case 0 -> message = json.readString();
        case 1 -> value = json.readInt();
      }
    }
    json.requireKeys(DATA_KEYS, seen, 0x3L);
    return new Data(message, value);
  }
}
