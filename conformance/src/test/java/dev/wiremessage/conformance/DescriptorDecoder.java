package dev.wiremessage.conformance;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A decoder driven by layout descriptors alone (docs/schema.md), the reading half of
 * {@link DescriptorEncoder}: a frame in, the message as JSON out (the vectors' conventions:
 * {@code byte[]} as base64, {@code char} as a one-character string, a protocol's record named by
 * {@code "@type"}), with the evolution rules the descriptor carries: a payload that ends before
 * a version's first component gives that version and the later ones their absent values, and an
 * extensible message skips what follows its last known component.
 */
final class DescriptorDecoder {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Function<String, JsonNode> descriptors;

  DescriptorDecoder(Function<String, JsonNode> descriptors) {
    this.descriptors = descriptors;
  }

  /** The payload's bytes, read front to back. */
  private static final class Reader {
    final byte[] bytes;
    int pos;
    final int end;

    Reader(byte[] bytes, int pos, int end) {
      this.bytes = bytes;
      this.pos = pos;
      this.end = end;
    }

    int remaining() {
      return end - pos;
    }

    byte[] take(long n) {
      if (n < 0 || n > remaining()) {
        throw new IllegalArgumentException(n + " bytes asked, " + remaining() + " left");
      }
      byte[] out = Arrays.copyOfRange(bytes, pos, pos + (int) n);
      pos += (int) n;
      return out;
    }

    Reader sub(long n) {
      if (n < 0 || n > remaining()) {
        throw new IllegalArgumentException(n + " bytes asked, " + remaining() + " left");
      }
      Reader r = new Reader(bytes, pos, pos + (int) n);
      pos += (int) n;
      return r;
    }
  }

  JsonNode frame(String binaryName, byte[] frame) {
    JsonNode d = descriptors.apply(binaryName);
    Reader payload = payload(d.path("framing"), frame);
    JsonNode value;
    if (d.path("kind").asString("").equals("protocol")) {
      JsonNode tag = d.path("tag");
      long id = readLength(payload, tag.path("length").asString(""), tag.path("order").asString(""));
      JsonNode member = null;
      for (JsonNode m : d.path("members").values()) {
        if (m.path("id").asLong() == id) {
          member = m;
        }
      }
      if (member == null) {
        throw new IllegalArgumentException("unknown tag " + id);
      }
      String type = member.path("type").asString("");
      ObjectNode o = NODES.objectNode();
      o.put("@type", type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1));
      o.setAll(message(descriptors.apply(type), payload));
      value = o;
    } else {
      value = message(d, payload);
    }
    if (payload.remaining() != 0) {
      throw new IllegalArgumentException(payload.remaining() + " bytes left after the message");
    }
    return value;
  }

  private static Reader payload(JsonNode framing, byte[] frame) {
    Reader all = new Reader(frame, 0, frame.length);
    if (framing.path("kind").asString("").equals("delimited")) {
      byte[] delimiter = HexFormat.of().parseHex(framing.path("delimiter").asString(""));
      byte[] body = Arrays.copyOf(frame, frame.length - delimiter.length);
      if (!framing.path("escape").asBoolean()) {
        return new Reader(body, 0, body.length);
      }
      byte[] out = new byte[body.length];
      int n = 0;
      for (int i = 0; i < body.length; i++) {
        out[n++] = body[i] == 0x7D ? (byte) (body[++i] ^ 0x20) : body[i];
      }
      return new Reader(out, 0, n);
    }
    long length = readLength(all, framing.path("length").asString(""), framing.path("order").asString(""));
    return all.sub(length);
  }

  private ObjectNode message(JsonNode d, Reader r) {
    if (d.path("format").asString("").equals("JSON")) {
      JsonNode body = JSON.readTree(r.take(r.remaining()));
      ObjectNode o = NODES.objectNode();
      for (JsonNode c : d.path("components").values()) {
        String name = c.path("name").asString("");
        o.set(name, body.has(name) ? body.get(name) : NODES.nullNode());
      }
      return o;
    }
    ObjectNode o = NODES.objectNode();
    long version = 1;
    boolean ended = false;
    for (JsonNode c : d.path("components").values()) {
      long since = c.path("since").asLong(1);
      if (since != version) {
        version = since;
        ended = r.remaining() == 0; // an older frame ends before this version
      }
      String name = c.path("name").asString("");
      o.set(name, ended ? absent(c.path("encoding")) : decode(c.path("encoding"), r));
    }
    if (d.path("extensible").asBoolean()) {
      r.take(r.remaining()); // a later version's components
    }
    return o;
  }

  private JsonNode decode(JsonNode e, Reader r) {
    String order = e.path("order").asString("");
    switch (e.path("kind").asString("")) {
      case "int" -> {
        return NODES.numberNode(readInt(r, e.path("bytes").asInt(), order, e.path("signed").asBoolean()));
      }
      case "char" -> {
        return NODES.stringNode(String.valueOf((char) readInt(r, e.path("bytes").asInt(), order, false).intValue()));
      }
      case "bool" -> {
        return NODES.booleanNode(r.take(1)[0] == 1);
      }
      case "float" -> {
        long bits = readInt(r, e.path("bytes").asInt(), order, false).longValue();
        return NODES.numberNode(e.path("bytes").asInt() == 8 ? Double.longBitsToDouble(bits)
            : (double) Float.intBitsToFloat((int) bits));
      }
      case "utf8", "enum-name" -> {
        return NODES.stringNode(new String(sized(r, e), StandardCharsets.UTF_8));
      }
      case "bytes" -> {
        return NODES.stringNode(Base64.getEncoder().encodeToString(sized(r, e)));
      }
      case "json" -> {
        return JSON.readTree(sized(r, e));
      }
      case "message" -> {
        JsonNode nested = descriptors.apply(e.path("type").asString(""));
        if (e.path("evolving").asBoolean()) {
          Reader inside = r.sub(readLength(r, "VARINT", "BIG"));
          ObjectNode o = message(nested, inside);
          if (inside.remaining() != 0) {
            throw new IllegalArgumentException(inside.remaining() + " bytes left in a nested message");
          }
          return o;
        }
        return message(nested, r);
      }
      case "optional" -> {
        return r.take(1)[0] == 0 ? NODES.nullNode() : decode(e.path("value"), r);
      }
      case "enum-code" -> {
        BigInteger code = readInt(r, e.path("bytes").asInt(), order, e.path("signed").asBoolean());
        for (JsonNode c : e.path("constants").values()) {
          if (BigInteger.valueOf(c.path("code").asLong()).equals(code)) {
            return NODES.stringNode(c.path("name").asString(""));
          }
        }
        throw new IllegalArgumentException("unknown code " + code);
      }
      case "list" -> {
        ArrayNode list = NODES.arrayNode();
        if (e.path("length").asString("").equals("REST")) {
          while (r.remaining() > 0) {
            list.add(decode(e.path("element"), r));
          }
        } else {
          long n = readLength(r, e.path("length").asString(""), order);
          for (long i = 0; i < n; i++) {
            list.add(decode(e.path("element"), r));
          }
        }
        return list;
      }
      // version 2 (docs/schema.md, docs/wire-format.md section 15), checked as strictly as the runtime does
      case "uuid" -> {
        String h = HexFormat.of().formatHex(r.take(16));
        return NODES.stringNode(h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
            + h.substring(16, 20) + "-" + h.substring(20));
      }
      case "instant" -> {
        long seconds = readInt(r, 8, "BIG", true).longValueExact();
        return NODES.stringNode(java.time.Instant.ofEpochSecond(seconds, nanos(r)).toString());
      }
      case "duration" -> {
        long seconds = readInt(r, 8, "BIG", true).longValueExact();
        return NODES.stringNode(java.time.Duration.ofSeconds(seconds, nanos(r)).toString());
      }
      case "local-date" -> {
        return NODES.stringNode(localDate(r).toString());
      }
      case "local-time" -> {
        return NODES.stringNode(localTime(r).toString());
      }
      case "local-date-time" -> {
        java.time.LocalDate date = localDate(r);
        return NODES.stringNode(java.time.LocalDateTime.of(date, localTime(r)).toString());
      }
      case "inet-address" -> {
        int n = r.take(1)[0] & 0xFF;
        if (n != 4 && n != 16) {
          throw new IllegalArgumentException("an address of " + n + " bytes");
        }
        byte[] b = r.take(n);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i += n == 4 ? 1 : 2) {
          text.append(i == 0 ? "" : n == 4 ? "." : ":");
          text.append(n == 4 ? String.valueOf(b[i] & 0xFF) : Integer.toHexString(((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF)));
        }
        return NODES.stringNode(text.toString());
      }
      case "big-integer" -> {
        return NODES.stringNode(bigInteger(sized(r, e)).toString());
      }
      case "big-decimal" -> {
        int scale = readInt(r, 4, "BIG", true).intValueExact();
        return NODES.stringNode(new java.math.BigDecimal(bigInteger(sized(r, e)), scale).toString());
      }
      case "protocol" -> {
        long id = readLength(r, e.path("tag").path("length").asString(""), e.path("tag").path("order").asString(""));
        for (JsonNode m : e.path("members").values()) {
          if (m.path("id").asLong() == id) {
            String type = m.path("type").asString("");
            ObjectNode o = NODES.objectNode();
            o.put("@type", type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1));
            if (m.path("evolving").asBoolean()) {
              Reader inside = r.sub(readLength(r, "VARINT", "BIG"));
              o.setAll(message(descriptors.apply(type), inside));
              if (inside.remaining() != 0) {
                throw new IllegalArgumentException(inside.remaining() + " bytes left in a nested member");
              }
            } else {
              o.setAll(message(descriptors.apply(type), r));
            }
            return o;
          }
        }
        throw new IllegalArgumentException("unknown tag " + id + " of " + e.path("type"));
      }
      default -> throw new IllegalArgumentException("unknown encoding kind " + e.path("kind"));
    }
  }

  private static long nanos(Reader r) {
    long nanos = readInt(r, 4, "BIG", false).longValueExact();
    if (nanos > 999_999_999L) {
      throw new IllegalArgumentException("nanoseconds " + nanos);
    }
    return nanos;
  }

  private static java.time.LocalDate localDate(Reader r) {
    return java.time.LocalDate.ofEpochDay(readInt(r, 4, "BIG", true).longValueExact());
  }

  private static java.time.LocalTime localTime(Reader r) {
    long nanos = readInt(r, 8, "BIG", true).longValueExact();
    if (nanos < 0 || nanos >= 86_400_000_000_000L) {
      throw new IllegalArgumentException("nanosecond of the day " + nanos);
    }
    return java.time.LocalTime.ofNanoOfDay(nanos);
  }

  /** Minimal two's-complement bytes, as the runtime requires. */
  private static BigInteger bigInteger(byte[] b) {
    if (b.length == 0 || (b.length > 1 && ((b[0] == 0 && b[1] >= 0) || (b[0] == -1 && b[1] < 0)))) {
      throw new IllegalArgumentException("not the fewest bytes of an integer: " + HexFormat.of().formatHex(b));
    }
    return new BigInteger(b);
  }

  /** The value a component of a version the frame predates takes (evolution.md section 1). */
  private static JsonNode absent(JsonNode e) {
    return switch (e.path("kind").asString("")) {
      case "int", "float" -> NODES.numberNode(0);
      case "bool" -> NODES.booleanNode(false);
      case "char" -> NODES.stringNode("\0");
      case "bytes" -> NODES.stringNode("");
      case "list" -> NODES.arrayNode();
      default -> NODES.nullNode();
    };
  }

  private static byte[] sized(Reader r, JsonNode e) {
    String length = e.path("length").asString("");
    return r.take(length.equals("REST") ? r.remaining() : readLength(r, length, e.path("order").asString("")));
  }

  private static long readLength(Reader r, String length, String order) {
    return switch (length) {
      case "U8" -> readInt(r, 1, order, false).longValueExact();
      case "U16" -> readInt(r, 2, order, false).longValueExact();
      case "U24" -> readInt(r, 3, order, false).longValueExact();
      case "U32" -> readInt(r, 4, order, false).longValueExact();
      case "U64" -> readInt(r, 8, order, false).longValueExact();
      case "VARINT" -> {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
          int b = r.take(1)[0] & 0xFF;
          value |= (long) (b & 0x7F) << shift;
          if ((b & 0x80) == 0) {
            yield value;
          }
        }
      }
      default -> throw new IllegalArgumentException("unknown length " + length);
    };
  }

  private static BigInteger readInt(Reader r, int bytes, String order, boolean signed) {
    byte[] b = r.take(bytes);
    if (order.equals("LITTLE")) {
      for (int i = 0; i < bytes / 2; i++) {
        byte t = b[i];
        b[i] = b[bytes - 1 - i];
        b[bytes - 1 - i] = t;
      }
    }
    return signed ? new BigInteger(b) : new BigInteger(1, b);
  }

  /** Whether a decoded value equals a vector's value under the descriptor (integers modulo their width, floats as their width). */
  boolean same(String binaryName, JsonNode expected, JsonNode actual) {
    JsonNode d = descriptors.apply(binaryName);
    if (d.path("kind").asString("").equals("protocol")) {
      String type = expected.path("@type").asString("");
      if (!type.equals(actual.path("@type").asString(""))) {
        return false;
      }
      for (JsonNode m : d.path("members").values()) {
        String member = m.path("type").asString("");
        if (member.endsWith("." + type) || member.endsWith("$" + type)) {
          return sameMessage(descriptors.apply(member), expected, actual);
        }
      }
      return false;
    }
    return sameMessage(d, expected, actual);
  }

  private boolean sameMessage(JsonNode d, JsonNode expected, JsonNode actual) {
    boolean json = d.path("format").asString("").equals("JSON");
    for (JsonNode c : d.path("components").values()) {
      String name = c.path("name").asString("");
      JsonNode e = expected.get(name);
      JsonNode a = actual.get(name);
      if (json) {
        if (!sameJson(c.path("json").asString(""), e, a)) {
          return false;
        }
      } else if (!sameValue(c.path("encoding"), e, a)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNull(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode();
  }

  private static boolean sameJson(String kind, JsonNode e, JsonNode a) {
    if (isNull(e) || isNull(a)) {
      return isNull(e) && isNull(a);
    }
    if (kind.equals("integer")) {
      return new BigInteger(e.asString()).equals(new BigInteger(a.asString()));
    }
    return e.equals(a);
  }

  private boolean sameValue(JsonNode enc, JsonNode e, JsonNode a) {
    String kind = enc.path("kind").asString("");
    if (kind.equals("optional")) {
      return isNull(e) ? isNull(a) : !isNull(a) && sameValue(enc.path("value"), e, a);
    }
    if (isNull(e) || isNull(a)) {
      return isNull(e) && isNull(a);
    }
    switch (kind) {
      case "int" -> {
        BigInteger modulus = BigInteger.ONE.shiftLeft(8 * enc.path("bytes").asInt());
        return new BigInteger(e.asString()).mod(modulus).equals(new BigInteger(a.asString()).mod(modulus));
      }
      case "float" -> {
        return enc.path("bytes").asInt() == 8 ? e.asDouble() == a.asDouble() : (float) e.asDouble() == (float) a.asDouble();
      }
      case "message" -> {
        return sameMessage(descriptors.apply(enc.path("type").asString("")), e, a);
      }
      case "protocol" -> {
        String type = e.path("@type").asString("");
        for (JsonNode m : enc.path("members").values()) {
          String member = m.path("type").asString("");
          if ((member.endsWith("." + type) || member.endsWith("$" + type)) && type.equals(a.path("@type").asString(""))) {
            return sameMessage(descriptors.apply(member), e, a);
          }
        }
        return false;
      }
      case "list" -> {
        List<JsonNode> es = e.valueStream().toList();
        List<JsonNode> as = a.valueStream().toList();
        if (es.size() != as.size()) {
          return false;
        }
        for (int i = 0; i < es.size(); i++) {
          if (!sameValue(enc.path("element"), es.get(i), as.get(i))) {
            return false;
          }
        }
        return true;
      }
      default -> {
        return e.equals(a);
      }
    }
  }
}
