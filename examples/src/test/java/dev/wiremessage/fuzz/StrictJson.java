package dev.wiremessage.fuzz;

import java.util.Arrays;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON rules of wire format 2.4 and 4 as an oracle, independent of the codec's mapper: a
 * JSON text the decoder accepted must be one valid JSON text without duplicate keys, and must
 * say exactly what the message's own encoding says. Every key of the encoding is in the input
 * with the same JSON type and value (numbers by value, an integer only as an integer token: no
 * {@code 1.9} or {@code "12"} for an {@code int}, no {@code 5} for a string); a key the
 * encoding writes as {@code null} (an absent optional value) may be missing; keys the
 * encoding does not have (unknown ones) are ignored.
 */
final class StrictJson {
  private StrictJson() {}

  private static final JsonMapper STRICT = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .build();

  /**
   * STRICT with fractions and exponents as doubles, for a text with a number no BigDecimal holds
   * (an exponent past the int range, such as {@code 1e12147483648}: valid JSON, which the codec
   * may accept under an unknown key, but which Jackson refuses with a NumberFormatException).
   */
  private static final JsonMapper STRICT_DOUBLES = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .build();

  /**
   * Checks that the accepted JSON text {@code input} says what {@code encoded} (the decoded
   * message's encoding) says; returns what differs, or null.
   */
  static String difference(byte[] input, byte[] encoded) {
    JsonNode in;
    try {
      in = readTree(input);
    } catch (JacksonException e) {
      return "accepted JSON that is not one valid JSON text without duplicate keys: " + e.getOriginalMessage();
    }
    JsonNode out;
    try {
      out = readTree(encoded);
    } catch (JacksonException e) {
      return "the encoder wrote invalid JSON " + new String(encoded, java.nio.charset.StandardCharsets.UTF_8) + ": "
          + e.getOriginalMessage();
    }
    if (!out.isObject()) {
      return "the encoder wrote " + out + ", not an object";
    }
    return diff(in, out, "$");
  }

  private static JsonNode readTree(byte[] text) {
    try {
      return STRICT.readTree(text);
    } catch (NumberFormatException e) {
      return STRICT_DOUBLES.readTree(text);
    }
  }

  static String slice(byte[] b, int from) {
    return new String(Arrays.copyOfRange(b, from, b.length), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String diff(JsonNode in, JsonNode out, String path) {
    if (in == null || in.isMissingNode()) {
      return out.isNull() ? null : path + ": missing, the message has " + out;
    }
    if (out.isObject()) {
      if (!in.isObject()) {
        return path + ": " + in + " accepted for an object " + out;
      }
      for (Map.Entry<String, JsonNode> e : out.properties()) {
        String d = diff(in.get(e.getKey()), e.getValue(), path + "." + e.getKey());
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (out.isArray()) {
      if (!in.isArray() || in.size() != out.size()) {
        return path + ": " + in + " accepted for the array " + out;
      }
      for (int i = 0; i < out.size(); i++) {
        String d = diff(in.get(i), out.get(i), path + "[" + i + "]");
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (out.isNumber()) {
      boolean same = in.isNumber() && in.decimalValue().compareTo(out.decimalValue()) == 0
          && (!out.isIntegralNumber() || in.isIntegralNumber());
      return same ? null : path + ": " + in + " accepted for the number " + out;
    }
    if (out.isString()) {
      return in.isString() && in.stringValue().equals(out.stringValue()) ? null
          : path + ": " + in + " accepted for the string " + out;
    }
    if (out.isBoolean()) {
      return in.isBoolean() && in.booleanValue() == out.booleanValue() ? null
          : path + ": " + in + " accepted for " + out;
    }
    if (out.isNull()) {
      return in.isNull() ? null : path + ": " + in + " accepted for null";
    }
    return in.equals(out) ? null : path + ": " + in + " vs " + out;
  }
}
