package dev.wiremessage.benchmarks.json;

import dev.wiremessage.benchmarks.json.JsonModels.Data;
import dev.wiremessage.benchmarks.json.JsonModels.Event;
import dev.wiremessage.benchmarks.json.JsonModels.Severity;
import dev.wiremessage.benchmarks.json.JsonModels.Site;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * What generated code on jackson-core's streaming JsonParser/JsonGenerator would cost at best:
 * the two messages written and read by hand on the streaming API, with none of the strictness
 * checks (duplicates, missing keys, ranges) the generated code does. The measurement behind the
 * choice of the parsing layer (docs/benchmarks.md).
 */
final class JacksonStreaming {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JacksonStreaming() {}

  static byte[] write(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      if (value instanceof Data d) {
        g.writeStartObject();
        g.writeStringProperty("message", d.message());
        g.writeNumberProperty("value", d.value());
        g.writeEndObject();
      } else {
        Event e = (Event) value;
        g.writeStartObject();
        g.writeNumberProperty("id", e.id());
        g.writeStringProperty("source", e.source());
        g.writeStringProperty("title", e.title());
        g.writeStringProperty("severity", e.severity().name());
        g.writeNumberProperty("timestamp", e.timestamp());
        g.writeNumberProperty("attempt", e.attempt());
        g.writeBooleanProperty("acknowledged", e.acknowledged());
        g.writeNumberProperty("score", e.score());
        g.writeName("site");
        g.writeStartObject();
        g.writeStringProperty("name", e.site().name());
        g.writeStringProperty("country", e.site().country());
        g.writeNumberProperty("lat", e.site().lat());
        g.writeNumberProperty("lon", e.site().lon());
        g.writeEndObject();
        g.writeName("tags");
        g.writeStartArray();
        for (String t : e.tags()) {
          g.writeString(t);
        }
        g.writeEndArray();
        if (e.owner().isPresent()) {
          g.writeStringProperty("owner", e.owner().get());
        } else {
          g.writeNullProperty("owner");
        }
        g.writeStringProperty("detail", e.detail());
        g.writeEndObject();
      }
    }
    return out.toByteArray();
  }

  static Object read(byte[] json, boolean data) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      if (data) {
        String message = null;
        int value = 0;
        for (String k = p.nextName(); k != null; k = p.nextName()) {
          p.nextToken();
          switch (k) {
            case "message" -> message = p.getString();
            case "value" -> value = p.getIntValue();
            default -> p.skipChildren();
          }
        }
        return new Data(message, value);
      }
      long id = 0;
      String source = null;
      String title = null;
      Severity severity = null;
      long timestamp = 0;
      int attempt = 0;
      boolean ack = false;
      double score = 0;
      Site site = null;
      List<String> tags = null;
      Optional<String> owner = Optional.empty();
      String detail = null;
      for (String k = p.nextName(); k != null; k = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (k) {
          case "id" -> id = p.getLongValue();
          case "source" -> source = p.getString();
          case "title" -> title = p.getString();
          case "severity" -> severity = Severity.valueOf(p.getString());
          case "timestamp" -> timestamp = p.getLongValue();
          case "attempt" -> attempt = p.getIntValue();
          case "acknowledged" -> ack = p.getBooleanValue();
          case "score" -> score = p.getDoubleValue();
          case "site" -> {
            String name = null;
            String country = null;
            double lat = 0;
            double lon = 0;
            for (String s = p.nextName(); s != null; s = p.nextName()) {
              p.nextToken();
              switch (s) {
                case "name" -> name = p.getString();
                case "country" -> country = p.getString();
                case "lat" -> lat = p.getDoubleValue();
                case "lon" -> lon = p.getDoubleValue();
                default -> p.skipChildren();
              }
            }
            site = new Site(name, country, lat, lon);
          }
          case "tags" -> {
            tags = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              tags.add(p.getString());
            }
          }
          case "owner" -> owner = t == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(p.getString());
          case "detail" -> detail = p.getString();
          default -> p.skipChildren();
        }
      }
      return new Event(id, source, title, severity, timestamp, attempt, ack, score, site, tags, owner, detail);
    }
  }
}
