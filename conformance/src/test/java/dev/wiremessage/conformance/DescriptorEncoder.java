package dev.wiremessage.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An encoder driven by layout descriptors alone (docs/schema.md), as a peer in another language
 * would write one: it reads {@code META-INF/wiremessage/<binary name>.json} files and a value
 * in the vectors' JSON form, and writes the frame. It never sees a Java class or a generated
 * codec.
 */
final class DescriptorEncoder {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Path dir;
  private final Map<String, JsonNode> descriptors = new HashMap<>();

  /** {@code dir}: a directory of descriptors, such as a class output's META-INF/wiremessage. */
  DescriptorEncoder(Path dir) {
    this.dir = dir;
  }

  JsonNode descriptor(String binaryName) {
    return descriptors.computeIfAbsent(binaryName, name -> {
      try {
        JsonNode d = JSON.readTree(Files.readString(dir.resolve(name + ".json"), StandardCharsets.UTF_8));
        int version = d.path("version").asInt();
        if (!"wiremessage layout".equals(d.path("descriptor").asString("")) || version < 1 || version > 2) {
          throw new IllegalArgumentException(name + ": not a layout descriptor of version 1 or 2");
        }
        return d;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** One frame of {@code value}, a message or a protocol's member ({@code "@type"}). */
  byte[] frame(String binaryName, JsonNode value) {
    JsonNode d = descriptor(binaryName);
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    if (d.path("kind").asString("").equals("protocol")) {
      String member = value.path("@type").asString("");
      JsonNode chosen = null;
      for (JsonNode m : d.path("members").values()) {
        String type = m.path("type").asString("");
        if (type.endsWith("." + member) || type.endsWith("$" + member)) {
          chosen = m;
        }
      }
      if (chosen == null) {
        throw new IllegalArgumentException(binaryName + " has no member " + member);
      }
      JsonNode tag = d.path("tag");
      writeLength(payload, chosen.path("id").asLong(), tag.path("length").asString(""), tag.path("order").asString(""));
      message(descriptor(chosen.path("type").asString("")), value, payload);
    } else {
      message(d, value, payload);
    }
    return frame(d.path("framing"), payload.toByteArray());
  }

  private static byte[] frame(JsonNode framing, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (framing.path("kind").asString("").equals("delimited")) {
      byte[] delimiter = HexFormat.of().parseHex(framing.path("delimiter").asString(""));
      for (byte b : payload) {
        if (framing.path("escape").asBoolean() && (b == delimiter[0] || b == 0x7D)) {
          out.write(0x7D);
          out.write(b ^ 0x20);
        } else {
          out.write(b);
        }
      }
      out.writeBytes(delimiter);
    } else {
      writeLength(out, payload.length, framing.path("length").asString(""), framing.path("order").asString(""));
      out.writeBytes(payload);
    }
    return out.toByteArray();
  }

  private void message(JsonNode d, JsonNode value, ByteArrayOutputStream out) {
    if (d.path("format").asString("").equals("JSON")) {
      ObjectNode body = JSON.createObjectNode();
      for (JsonNode c : d.path("components").values()) {
        String name = c.path("name").asString("");
        JsonNode v = value.get(name);
        boolean integer = c.path("json").asString("").equals("integer");
        body.set(name, integer && v != null && v.isString() ? body.numberNode(new BigInteger(v.stringValue())) : v);
      }
      out.writeBytes(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
      return;
    }
    for (JsonNode c : d.path("components").values()) {
      encode(c.path("encoding"), value.get(c.path("name").asString("")), out);
    }
  }

  private void encode(JsonNode e, JsonNode v, ByteArrayOutputStream out) {
    String order = e.path("order").asString("");
    switch (e.path("kind").asString("")) {
      case "int" -> writeInt(out, integer(v), e.path("bytes").asInt(), order);
      case "char" -> writeInt(out, v.stringValue().charAt(0), e.path("bytes").asInt(), order);
      case "bool" -> out.write(v.booleanValue() ? 1 : 0);
      case "float" -> {
        double x = v.isString() ? Double.parseDouble(v.stringValue()) : v.doubleValue();
        boolean eight = e.path("bytes").asInt() == 8;
        writeInt(out, eight ? Double.doubleToRawLongBits(x) : Float.floatToRawIntBits((float) x), eight ? 8 : 4, order);
      }
      case "utf8" -> sized(out, v.stringValue().getBytes(StandardCharsets.UTF_8), e);
      case "bytes" -> sized(out, Base64.getDecoder().decode(v.stringValue()), e);
      case "json" -> sized(out, JSON.writeValueAsString(v == null ? JSON.nullNode() : v).getBytes(StandardCharsets.UTF_8), e);
      case "message" -> {
        ByteArrayOutputStream nested = new ByteArrayOutputStream();
        message(descriptor(e.path("type").asString("")), v, nested);
        if (e.path("evolving").asBoolean()) {
          writeLength(out, nested.size(), "VARINT", "BIG");
        }
        out.writeBytes(nested.toByteArray());
      }
      case "optional" -> {
        if (v == null || v.isNull()) {
          out.write(0);
        } else {
          out.write(1);
          encode(e.path("value"), v, out);
        }
      }
      case "enum-code" -> {
        for (JsonNode c : e.path("constants").values()) {
          if (c.path("name").asString("").equals(v.stringValue())) {
            writeInt(out, c.path("code").asLong(), e.path("bytes").asInt(), order);
            return;
          }
        }
        throw new IllegalArgumentException("no constant " + v + " in " + e.path("type"));
      }
      case "enum-name" -> sized(out, v.stringValue().getBytes(StandardCharsets.UTF_8), e);
      case "list" -> {
        writeLength(out, v.size(), e.path("length").asString(""), order);
        for (JsonNode element : v.values()) {
          encode(e.path("element"), element, out);
        }
      }
      // version 2 (docs/schema.md, docs/wire-format.md section 15); values in their ISO-8601 or canonical text
      case "uuid" -> {
        String hex = v.stringValue().replace("-", "");
        if (hex.length() != 32) {
          throw new IllegalArgumentException("not a UUID: " + v);
        }
        out.writeBytes(HexFormat.of().parseHex(hex));
      }
      case "instant" -> {
        java.time.Instant t = java.time.Instant.parse(v.stringValue());
        writeInt(out, t.getEpochSecond(), 8, "BIG");
        writeInt(out, t.getNano(), 4, "BIG");
      }
      case "duration" -> {
        java.time.Duration t = java.time.Duration.parse(v.stringValue());
        writeInt(out, t.getSeconds(), 8, "BIG");
        writeInt(out, t.getNano(), 4, "BIG");
      }
      case "local-date" -> writeInt(out, java.time.LocalDate.parse(v.stringValue()).toEpochDay(), 4, "BIG");
      case "local-time" -> writeInt(out, java.time.LocalTime.parse(v.stringValue()).toNanoOfDay(), 8, "BIG");
      case "local-date-time" -> {
        java.time.LocalDateTime t = java.time.LocalDateTime.parse(v.stringValue());
        writeInt(out, t.toLocalDate().toEpochDay(), 4, "BIG");
        writeInt(out, t.toLocalTime().toNanoOfDay(), 8, "BIG");
      }
      case "inet-address" -> {
        byte[] address = ipAddress(v.stringValue());
        out.write(address.length);
        out.writeBytes(address);
      }
      case "big-integer" -> sized(out, new BigInteger(v.asString()).toByteArray(), e);
      case "big-decimal" -> {
        java.math.BigDecimal d = new java.math.BigDecimal(v.asString());
        writeInt(out, d.scale(), 4, "BIG");
        sized(out, d.unscaledValue().toByteArray(), e);
      }
      case "protocol" -> {
        String member = v.path("@type").asString("");
        for (JsonNode m : e.path("members").values()) {
          String type = m.path("type").asString("");
          if (type.endsWith("." + member) || type.endsWith("$" + member)) {
            writeLength(out, m.path("id").asLong(), e.path("tag").path("length").asString(""),
                e.path("tag").path("order").asString(""));
            ByteArrayOutputStream nested = new ByteArrayOutputStream();
            message(descriptor(type), v, nested);
            if (m.path("evolving").asBoolean()) {
              writeLength(out, nested.size(), "VARINT", "BIG");
            }
            out.writeBytes(nested.toByteArray());
            return;
          }
        }
        throw new IllegalArgumentException(e.path("type") + " has no member " + member);
      }
      default -> throw new IllegalArgumentException("unknown encoding kind " + e.path("kind"));
    }
  }

  /** A textual IPv4 (dotted) or IPv6 (hex groups, :: allowed, no scope) address, parsed by hand: no name lookup. */
  static byte[] ipAddress(String text) {
    if (!text.contains(":")) {
      String[] parts = text.split("\\.", -1);
      byte[] b = new byte[4];
      for (int i = 0; i < 4; i++) {
        b[i] = (byte) Integer.parseInt(parts[i]);
      }
      return b;
    }
    String[] halves = text.split("::", -1);
    List<String> head = halves[0].isEmpty() ? List.of() : List.of(halves[0].split(":"));
    List<String> tail = halves.length < 2 || halves[1].isEmpty() ? List.of() : List.of(halves[1].split(":"));
    byte[] b = new byte[16];
    for (int i = 0; i < head.size(); i++) {
      int g = Integer.parseInt(head.get(i), 16);
      b[2 * i] = (byte) (g >> 8);
      b[2 * i + 1] = (byte) g;
    }
    for (int i = 0; i < tail.size(); i++) {
      int g = Integer.parseInt(tail.get(i), 16);
      int at = 16 - 2 * (tail.size() - i);
      b[at] = (byte) (g >> 8);
      b[at + 1] = (byte) g;
    }
    return b;
  }

  private static long integer(JsonNode v) {
    return v.isString() ? new BigInteger(v.stringValue()).longValue() : v.longValue();
  }

  private static void sized(ByteArrayOutputStream out, byte[] bytes, JsonNode e) {
    writeLength(out, bytes.length, e.path("length").asString(""), e.path("order").asString(""));
    out.writeBytes(bytes);
  }

  /** A length, count or tag: U8..U64 in {@code order}, VARINT (LEB128), or nothing for REST. */
  private static void writeLength(ByteArrayOutputStream out, long n, String length, String order) {
    switch (length) {
      case "U8" -> writeInt(out, n, 1, order);
      case "U16" -> writeInt(out, n, 2, order);
      case "U24" -> writeInt(out, n, 3, order);
      case "U32" -> writeInt(out, n, 4, order);
      case "U64" -> writeInt(out, n, 8, order);
      case "VARINT" -> {
        long rest = n;
        while ((rest & ~0x7FL) != 0) {
          out.write((int) ((rest & 0x7F) | 0x80));
          rest >>>= 7;
        }
        out.write((int) rest);
      }
      case "REST" -> { }
      default -> throw new IllegalArgumentException("unknown length " + length);
    }
  }

  /** The low {@code bytes} bytes of {@code x} (two's complement), big- or little-endian. */
  private static void writeInt(ByteArrayOutputStream out, long x, int bytes, String order) {
    for (int i = 0; i < bytes; i++) {
      int shift = order.equals("LITTLE") ? 8 * i : 8 * (bytes - 1 - i);
      out.write((int) (x >>> shift) & 0xFF);
    }
  }
}
