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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.annotation.processing.Generated;

@Generated("dev.wiremessage.processor.WireMessageProcessor")
public final class AlertCodec extends AbstractWireCodec<Alert> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final AlertCodec INSTANCE = new AlertCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)));

  private static final byte[] ALERT_ID = JsonBodyWriter.key("id");

  private static final byte[] ALERT_TITLE = JsonBodyWriter.key("title");

  private static final byte[] ALERT_LEVEL = JsonBodyWriter.key("level");

  private static final byte[] ALERT_ACKNOWLEDGED = JsonBodyWriter.key("acknowledged");

  private static final byte[] ALERT_PLACE = JsonBodyWriter.key("place");

  private static final byte[] ALERT_READINGS = JsonBodyWriter.key("readings");

  private static final byte[] ALERT_LABELS = JsonBodyWriter.key("labels");

  private static final byte[] ALERT_OWNER = JsonBodyWriter.key("owner");

  private static final byte[] ALERT_NOTE = JsonBodyWriter.key("note");

  private static final byte[] ALERT_RETRIES = JsonBodyWriter.key("retries");

  private static final byte[] ALERT_TAGS = JsonBodyWriter.key("tags");

  private static final byte[][] ALERT_KEYS = {ALERT_ID, ALERT_TITLE, ALERT_LEVEL, ALERT_ACKNOWLEDGED, ALERT_PLACE, ALERT_READINGS, ALERT_LABELS, ALERT_OWNER, ALERT_NOTE, ALERT_RETRIES, ALERT_TAGS};

  private static final byte[] PLACE_CITY = JsonBodyWriter.key("city");

  private static final byte[] PLACE_LAT = JsonBodyWriter.key("lat");

  private static final byte[] PLACE_LON = JsonBodyWriter.key("lon");

  private static final byte[][] PLACE_KEYS = {PLACE_CITY, PLACE_LAT, PLACE_LON};

  private static final byte[] READING_SENSOR = JsonBodyWriter.key("sensor");

  private static final byte[] READING_AT = JsonBodyWriter.key("at");

  private static final byte[] READING_VALUE = JsonBodyWriter.key("value");

  private static final byte[][] READING_KEYS = {READING_SENSOR, READING_AT, READING_VALUE};

  private static final byte[][] LEVEL_NAMES = JsonBodyReader.names("INFO", "WARN", "ERROR");

  private static final Level[] LEVEL_VALUES = {Level.INFO, Level.WARN, Level.ERROR};

  private AlertCodec(CodecSettings settings) {
    super(Alert.class, settings);
  }

  @Override
  protected AlertCodec with(CodecSettings settings) {
    return new AlertCodec(settings);
  }

  @Override
  protected void encodePayload(Alert message, PayloadWriter out) {
    if (out.hasOwnJsonMapper()) {
      // a mapper given with withJsonMapper writes the whole body (wire-format.md section 14)
      out.writeJson(message, Alert.class, Length.REST, Endian.BIG, "Alert");
      return;
    }
    JsonBodyWriter json = out.beginJsonBody("Alert");
    writeAlert(json, message);
    out.endJsonBody(json);
  }

  @Override
  protected Alert decodePayload(PayloadReader in) throws WireFormatException {
    if (in.hasOwnJsonMapper()) {
      return in.readJsonNonNull(Alert.class, Length.REST, Endian.BIG, "Alert");
    }
    JsonBodyReader json = in.beginJsonBody("Alert");
    Alert value = readAlert(json);
    json.end();
    return value;
  }

  /**
   * {@code Alert} as a JSON object, keys in declaration order.
   */
  private static void writeAlert(JsonBodyWriter json, Alert value) {
    json.beginObject();
    json.key(ALERT_ID);
    json.writeLong(value.id());
    json.key(ALERT_TITLE);
    json.writeString(JsonBodyWriter.requireNonNull(value.title(), "Alert.title"), "Alert.title");
    json.key(ALERT_LEVEL);
    json.writeString(JsonBodyWriter.requireNonNull(value.level(), "Alert.level").name(), "Alert.level");
    json.key(ALERT_ACKNOWLEDGED);
    json.writeBoolean(value.acknowledged());
    json.key(ALERT_PLACE);
    writePlace(json, JsonBodyWriter.requireNonNull(value.place(), "Alert.place"));
    json.key(ALERT_READINGS);
    writeListOfReading(json, JsonBodyWriter.requireNonNull(value.readings(), "Alert.readings"), "Alert.readings");
    json.key(ALERT_LABELS);
    writeMapOfString(json, JsonBodyWriter.requireNonNull(value.labels(), "Alert.labels"), "Alert.labels");
    json.key(ALERT_OWNER);
    writeOptionalOfString(json, JsonBodyWriter.requireNonNull(value.owner(), "Alert.owner"), "Alert.owner");
    json.key(ALERT_NOTE);
    if (value.note() == null) {
      json.writeNull();
    } else {
      json.writeString(value.note(), "Alert.note");
    }
    json.key(ALERT_RETRIES);
    writeOptionalInt(json, JsonBodyWriter.requireNonNull(value.retries(), "Alert.retries"), "Alert.retries");
    json.key(ALERT_TAGS);
    writeListOfString(json, JsonBodyWriter.requireNonNull(value.tags(), "Alert.tags"), "Alert.tags");
    json.endObject();
  }

  /**
   * {@code Alert} from a JSON object: keys in any order, unknown keys skipped.
   */
  private static Alert readAlert(JsonBodyReader json) throws WireFormatException {
    long id = 0L;
    String title = null;
    Level level = null;
    boolean acknowledged = false;
    Place place = null;
    List<Reading> readings = null;
    Map<String, String> labels = null;
    Optional<String> owner = Optional.empty();
    String note = null;
    OptionalInt retries = OptionalInt.empty();
    List<String> tags = List.of();
    long seen = 0;
    json.beginObject();
    for (int key = json.nextKey(ALERT_KEYS, seen); key != JsonBodyReader.END; key = json.nextKey(ALERT_KEYS, seen)) {
      seen |= 1L << key;
      switch (key) {
        case 0 -> id = json.readLong();
        case 1 -> title = json.readString();
        case 2 -> level = readLevel(json);
        case 3 -> acknowledged = json.readBoolean();
        case 4 -> place = readPlace(json);
        case 5 -> readings = readListOfReading(json);
        case 6 -> labels = readMapOfString(json);
        case 7 -> owner = readOptionalOfString(json);
        case 8 -> note = json.readNull() ? null : json.readString();
        case 9 -> retries = readOptionalInt(json);
        case 10 -> tags = json.readNull() ? List.of() : readListOfString(json);
      }
    }
    json.requireKeys(ALERT_KEYS, seen, 0x7fL);
    return new Alert(id, title, level, acknowledged, place, readings, labels, owner, note, retries, tags);
  }

  /**
   * {@code Place} as a JSON object, keys in declaration order.
   */
  private static void writePlace(JsonBodyWriter json, Place value) {
    json.beginObject();
    json.key(PLACE_CITY);
    json.writeString(JsonBodyWriter.requireNonNull(value.city(), "Place.city"), "Place.city");
    json.key(PLACE_LAT);
    json.writeDouble(value.lat(), "Place.lat");
    json.key(PLACE_LON);
    json.writeDouble(value.lon(), "Place.lon");
    json.endObject();
  }

  /**
   * {@code Place} from a JSON object: keys in any order, unknown keys skipped.
   */
  private static Place readPlace(JsonBodyReader json) throws WireFormatException {
    String city = null;
    double lat = 0.0;
    double lon = 0.0;
    long seen = 0;
    json.beginObject();
    for (int key = json.nextKey(PLACE_KEYS, seen); key != JsonBodyReader.END; key = json.nextKey(PLACE_KEYS, seen)) {
      seen |= 1L << key;
      switch (key) {
        case 0 -> city = json.readString();
        case 1 -> lat = json.readDouble();
        case 2 -> lon = json.readDouble();
      }
    }
    json.requireKeys(PLACE_KEYS, seen, 0x7L);
    return new Place(city, lat, lon);
  }

  /**
   * {@code Reading} as a JSON object, keys in declaration order.
   */
  private static void writeReading(JsonBodyWriter json, Reading value) {
    json.beginObject();
    json.key(READING_SENSOR);
    json.writeString(JsonBodyWriter.requireNonNull(value.sensor(), "Reading.sensor"), "Reading.sensor");
    json.key(READING_AT);
    json.writeLong(value.at());
    json.key(READING_VALUE);
    json.writeFloat(value.value(), "Reading.value");
    json.endObject();
  }

  /**
   * {@code Reading} from a JSON object: keys in any order, unknown keys skipped.
   */
  private static Reading readReading(JsonBodyReader json) throws WireFormatException {
    String sensor = null;
    long at = 0L;
    float value = 0.0f;
    long seen = 0;
    json.beginObject();
    for (int key = json.nextKey(READING_KEYS, seen); key != JsonBodyReader.END; key = json.nextKey(READING_KEYS, seen)) {
      seen |= 1L << key;
      switch (key) {
        case 0 -> sensor = json.readString();
        case 1 -> at = json.readLong();
        case 2 -> value = json.readFloat();
      }
    }
    json.requireKeys(READING_KEYS, seen, 0x7L);
    return new Reading(sensor, at, value);
  }

  private static void writeListOfReading(JsonBodyWriter json, List<Reading> value, String field) {
    json.beginArray();
    for (Reading element : value) {
      json.element();
      writeReading(json, JsonBodyWriter.requireNonNull(element, field));
    }
    json.endArray();
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

  private static void writeOptionalOfString(JsonBodyWriter json, Optional<String> value,
      String field) {
    if (value.isPresent()) {
      json.writeString(value.get(), field);
    } else {
      json.writeNull();
    }
  }

  private static void writeOptionalInt(JsonBodyWriter json, OptionalInt value, String field) {
    if (value.isPresent()) {
      json.writeLong(value.getAsInt());
    } else {
      json.writeNull();
    }
  }

  private static void writeListOfString(JsonBodyWriter json, List<String> value, String field) {
    json.beginArray();
    for (String element : value) {
      json.element();
      json.writeString(JsonBodyWriter.requireNonNull(element, field), field);
    }
    json.endArray();
  }

  private static Level readLevel(JsonBodyReader json) throws WireFormatException {
    return LEVEL_VALUES[json.readEnum(LEVEL_NAMES, "Level")];
  }

  private static List<Reading> readListOfReading(JsonBodyReader json) throws WireFormatException {
    json.beginArray();
    List<Reading> list = new ArrayList<>(json.elementCount());
    while (json.nextElement()) {
      list.add(readReading(json));
    }
    return list;
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

  private static Optional<String> readOptionalOfString(JsonBodyReader json) throws
      WireFormatException {
    return json.readNull() ? Optional.empty() : Optional.of(json.readString());
  }

  private static OptionalInt readOptionalInt(JsonBodyReader json) throws WireFormatException {
    return json.readNull() ? OptionalInt.empty() : OptionalInt.of(json.readInt());
  }

  private static List<String> readListOfString(JsonBodyReader json) throws WireFormatException {
    json.beginArray();
    List<String> list = new ArrayList<>(json.elementCount());
    while (json.nextElement()) {
      list.add(json.readString());
    }
    return list;
  }
}
