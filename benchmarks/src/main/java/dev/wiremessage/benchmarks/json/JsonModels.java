package dev.wiremessage.benchmarks.json;

import com.dslplatform.json.CompiledJson;
import dev.wiremessage.Format;
import dev.wiremessage.WireMessage;
import io.avaje.jsonb.Json;
import java.util.List;
import java.util.Optional;

/**
 * The issue 14 messages: the seed's Data, and a realistic nested event (a dozen fields, a list, a
 * nested object, non-ASCII text). {@code @Json} and {@code @CompiledJson} are the anchors':
 * avaje-jsonb's and dsl-json's annotation processors generate their adapters for the same
 * records (JsonBodyBenchmark); neither annotation changes what wiremessage generates.
 */
public final class JsonModels {
  private JsonModels() {}

  @Json
  @CompiledJson
  @WireMessage(format = Format.JSON)
  public record Data(String message, int value) {}

  public enum Severity { INFO, WARN, CRITICAL }

  @Json
  @CompiledJson
  public record Site(String name, String country, double lat, double lon) {}

  @Json
  @CompiledJson
  @WireMessage(format = Format.JSON)
  public record Event(long id, String source, String title, Severity severity, long timestamp, int attempt,
      boolean acknowledged, double score, Site site, List<String> tags, Optional<String> owner, String detail) {}

  static final Data DATA = new Data("hello from the seed client", 42);

  static final Event EVENT = new Event(9_000_001L, "sensor-gw-17", "Überhitzung in Halle 3 – Kühlung prüfen",
      Severity.WARN, 1_733_320_000_123L, 3, false, 0.8125, new Site("Zürich Nord", "CH", 47.4106, 8.5441),
      List.of("heat", "hall-3", "cooling", "日本語"), Optional.of("ops-team"),
      "Temperatur 81.5 °C über dem Grenzwert 75 °C seit 12 min; Lüfter 2 meldet keine Drehzahl.");
}
