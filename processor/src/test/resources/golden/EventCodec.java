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
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

@Generated("dev.wiremessage.processor.WireMessageProcessor")
public final class EventCodec extends AbstractWireCodec<Event> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final EventCodec INSTANCE = new EventCodec(CodecSettings.of(Framing.delimited("\n", false, 16777216)));

  private static final byte[] EVENT_KIND = JsonBodyWriter.key("kind");

  private static final byte[] EVENT_AT = JsonBodyWriter.key("at");

  private static final byte[] EVENT_TAGS = JsonBodyWriter.key("tags");

  private static final byte[][] EVENT_KEYS = {EVENT_KIND, EVENT_AT, EVENT_TAGS};

  private EventCodec(CodecSettings settings) {
    super(Event.class, settings);
  }

  @Override
  protected EventCodec with(CodecSettings settings) {
    return new EventCodec(settings);
  }

  @Override
  protected void encodePayload(Event message, PayloadWriter out) {
    if (out.hasOwnJsonMapper()) {
      // a mapper given with withJsonMapper writes the whole body (wire-format.md section 14)
      out.writeJson(message, Event.class, Length.REST, Endian.BIG, "Event");
      return;
    }
    JsonBodyWriter json = out.beginJsonBody("Event");
    writeEvent(json, message);
    out.endJsonBody(json);
  }

  @Override
  protected Event decodePayload(PayloadReader in) throws WireFormatException {
    if (in.hasOwnJsonMapper()) {
      return in.readJsonNonNull(Event.class, Length.REST, Endian.BIG, "Event");
    }
    JsonBodyReader json = in.beginJsonBody("Event");
    Event value = readEvent(json);
    json.end();
    return value;
  }

  /**
   * {@code Event} as a JSON object, keys in declaration order.
   */
  private static void writeEvent(JsonBodyWriter json, Event value) {
    json.beginObject();
    json.key(EVENT_KIND);
    json.writeString(JsonBodyWriter.requireNonNull(value.kind(), "Event.kind"), "Event.kind");
    json.key(EVENT_AT);
    json.writeLong(value.at());
    json.key(EVENT_TAGS);
    writeMapOfString(json, JsonBodyWriter.requireNonNull(value.tags(), "Event.tags"), "Event.tags");
    json.endObject();
  }

  /**
   * {@code Event} from a JSON object: keys in any order, unknown keys skipped.
   */
  private static Event readEvent(JsonBodyReader json) throws WireFormatException {
    String kind = null;
    long at = 0L;
    Map<String, String> tags = null;
    long seen = 0;
    json.beginObject();
    for (int key = json.nextKey(EVENT_KEYS, seen); key != JsonBodyReader.END; key = json.nextKey(EVENT_KEYS, seen)) {
      seen |= 1L << key;
      switch (key) {
        case 0 -> kind = json.readString();
        case 1 -> at = json.readLong();
        case 2 -> tags = readMapOfString(json);
      }
    }
    json.requireKeys(EVENT_KEYS, seen, 0x7L);
    return new Event(kind, at, tags);
  }

  private static void writeMapOfString(JsonBodyWriter json, Map<String, String> value,
      String field) {
    json.beginObject();
    for (Map.Entry<String, String> entry : value.entrySet()) {
      json.mapKey(entry.getKey());
      json.writeString(JsonBodyWriter.requireNonNull(entry.getValue(), field), field);
    }
    json.endObject();
  }

  private static Map<String, String> readMapOfString(JsonBodyReader json) throws
      WireFormatException {
    json.beginObject();
    Map<String, String> map = new LinkedHashMap<>(json.mapCapacity());
    for (String key = json.nextMapKey(map); key != null; key = json.nextMapKey(map)) {
      map.put(key, json.readString());
    }
    return map;
  }
}
