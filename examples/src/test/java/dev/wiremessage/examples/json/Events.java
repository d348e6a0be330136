package dev.wiremessage.examples.json;

import dev.wiremessage.Format;
import dev.wiremessage.Since;
import dev.wiremessage.WireMessage;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Format.JSON records whose codecs the processor generates as JSON code (issue 14). */
final class Events {
  private Events() {}

  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
  @interface Nullable {}

  enum Level { INFO, WARN, ERROR }

  record Place(String city, double lat, double lon) {}

  record Reading(String sensor, long at, double value) {}

  @WireMessage(format = Format.JSON)
  record Data(String message, int value) {}

  /** Decodes another body in its constructor: while the body it is read from is being read still. */
  record Wrapper(String inner, int value) {
    Wrapper {
      JsonBodyTest.decodeWhileReading(inner, value);
    }
  }

  @WireMessage(format = Format.JSON)
  record Outer(Wrapper wrapper, List<Level> levels, String tail) {}

  @WireMessage(format = Format.JSON)
  record Event(long id, String title, Level level, boolean acknowledged, Place place, List<Reading> readings,
      Map<String, String> labels, Optional<String> owner, @Nullable String note, short priority,
      @Since(2) List<String> tags) {}
}
