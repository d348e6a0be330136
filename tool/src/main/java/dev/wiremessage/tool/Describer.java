package dev.wiremessage.tool;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * An annotated hexdump of one frame, from the layout descriptors alone: every byte range with
 * the component it belongs to and the value it holds; for a bad frame, the byte where reading
 * breaks and the error category ({@code frame-too-long}, {@code truncated}, {@code malformed}).
 *
 * <pre>{@code
 * Description d = Describer.describe(DescriptorSet.load(Path.of("target/classes")), "Chat", frame);
 * d.error();      // null, or the category, the frame offset and what is wrong
 * d.toString();   // the dump
 * }</pre>
 */
public final class Describer {
  /** One labelled byte range of the frame. */
  public record Span(int start, int end, String label) {}

  /** Where and why a frame breaks. {@code offset} counts from the first byte of the frame. */
  public record Failure(String category, int offset, String message) {}

  /** The dump of one frame. */
  public record Description(String type, byte[] frame, List<Span> spans, Failure error) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      sb.append(type).append(": frame of ").append(frame.length).append(" bytes\n");
      for (Span s : spans) {
        sb.append(String.format(Locale.ROOT, "%04x  %-26s %s%n", s.start, hex(frame, s.start, s.end), s.label));
      }
      if (error != null) {
        int at = Math.min(error.offset, frame.length);
        sb.append(String.format(Locale.ROOT, "%04x  %-26s ^ breaks here: %s at byte %d: %s%n", at,
            at < frame.length ? hex(frame, at, at + 1) : "(end of frame)", error.category, error.offset, error.message));
      }
      return sb.toString();
    }
  }

  private static final int MAX_DEPTH = 64;

  private final DescriptorSet descriptors;
  private final List<Span> spans = new ArrayList<>();
  private byte[] payload;
  private int[] frameOffset;
  private int pos;
  private int end;

  private Describer(DescriptorSet descriptors) {
    this.descriptors = descriptors;
  }

  /** Describes {@code frame} as one frame of {@code type} (a binary or unique simple name). */
  public static Description describe(DescriptorSet descriptors, String type, byte[] frame) {
    String name = descriptors.resolve(type);
    Describer d = new Describer(descriptors);
    Failure failure = null;
    try {
      d.frame(descriptors.get(name), frame);
    } catch (Broken b) {
      failure = new Failure(b.category, b.frameOffset, b.getMessage());
    }
    return new Description(name, frame, List.copyOf(d.spans), failure);
  }

  /** A read that broke: category, frame offset, message. */
  private static final class Broken extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String category;
    final int frameOffset;

    Broken(String category, int frameOffset, String message) {
      super(message, null, false, false);
      this.category = category;
      this.frameOffset = frameOffset;
    }
  }

  private Broken malformed(int payloadOffset, String message) {
    return new Broken("malformed", at(payloadOffset), message);
  }

  private int at(int payloadOffset) {
    return payloadOffset < frameOffset.length ? frameOffset[payloadOffset] : frameOffset[frameOffset.length - 1] + 1;
  }

  private void span(int from, String label) {
    if (pos > from) {
      spans.add(new Span(at(from), at(pos - 1) + 1, label));
    }
  }

  // ---- framing -----------------------------------------------------------------------------

  private void frame(JsonNode d, byte[] frame) {
    JsonNode f = d.path("framing");
    long max = f.path("limits").path("maxFrameBytes").asLong();
    if (f.path("kind").asString("").equals("delimited")) {
      byte[] delimiter = HexFormat.of().parseHex(f.path("delimiter").asString(""));
      int i = indexOf(frame, delimiter);
      if (i < 0) {
        throw new Broken(frame.length > max ? "frame-too-long" : "truncated", frame.length,
            "no delimiter " + HexFormat.of().formatHex(delimiter) + (frame.length > max ? " within the limit " + max : ""));
      }
      boolean escape = f.path("escape").asBoolean();
      if (i > max) {
        throw new Broken("frame-too-long", (int) max, i + " bytes before the delimiter, over the limit " + max);
      }
      List<Integer> offsets = new ArrayList<>();
      byte[] out = new byte[i];
      int n = 0;
      for (int k = 0; k < i; k++) {
        byte b = frame[k];
        if (escape && b == 0x7D) {
          int x = k + 1 < i ? (frame[k + 1] ^ 0x20) & 0xFF : -1;
          if (x != (delimiter[0] & 0xFF) && x != 0x7D) {
            throw new Broken("malformed", k, "bad escape sequence");
          }
          b = (byte) x;
          k++;
        }
        offsets.add(k);
        out[n++] = b;
      }
      offsets.add(i);
      payload = java.util.Arrays.copyOf(out, n);
      frameOffset = offsets.stream().mapToInt(Integer::intValue).toArray();
      payloadOf(d);
      spans.add(new Span(i, i + delimiter.length, "delimiter"));
      if (i + delimiter.length < frame.length) {
        throw new Broken("malformed", i + delimiter.length, (frame.length - i - delimiter.length) + " bytes after the frame");
      }
      return;
    }
    String length = f.path("length").asString("");
    int headerEnd;
    BigInteger n;
    if (length.equals("VARINT")) {
      n = BigInteger.ZERO;
      int k = 0;
      while (true) {
        if (k == frame.length) {
          throw new Broken("truncated", k, "the frame ends inside its VARINT header");
        }
        if (k == 10) {
          throw new Broken("malformed", 0, "VARINT frame header longer than 10 bytes");
        }
        int b = frame[k] & 0xFF;
        n = n.or(BigInteger.valueOf(b & 0x7F).shiftLeft(7 * k));
        k++;
        if ((b & 0x80) == 0) {
          break;
        }
      }
      headerEnd = k;
    } else {
      headerEnd = width(length);
      if (frame.length < headerEnd) {
        throw new Broken("truncated", frame.length, "the frame ends inside its " + headerEnd + "-byte header");
      }
      n = BigInteger.ZERO;
      for (int k = 0; k < headerEnd; k++) {
        int idx = f.path("order").asString("").equals("LITTLE") ? headerEnd - 1 - k : k;
        n = n.shiftLeft(8).or(BigInteger.valueOf(frame[idx] & 0xFF));
      }
    }
    spans.add(new Span(0, headerEnd, "frame header (" + length + "): payload of " + n + " bytes"));
    if (n.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new Broken("frame-too-long", 0, "the header says " + n + " bytes, over the limit " + max);
    }
    int size = n.intValue();
    if (frame.length - headerEnd < size) {
      throw new Broken("truncated", frame.length, "the header says " + size + " bytes, " + (frame.length - headerEnd)
          + " arrived");
    }
    payload = java.util.Arrays.copyOfRange(frame, headerEnd, headerEnd + size);
    frameOffset = new int[size + 1];
    for (int k = 0; k <= size; k++) {
      frameOffset[k] = headerEnd + k;
    }
    payloadOf(d);
    if (headerEnd + size < frame.length) {
      throw new Broken("malformed", headerEnd + size, (frame.length - headerEnd - size) + " bytes after the frame");
    }
  }

  private void payloadOf(JsonNode d) {
    pos = 0;
    end = payload.length;
    if (d.path("kind").asString("").equals("protocol")) {
      if (end == 0) {
        throw malformed(0, "no tag in an empty payload");
      }
      JsonNode tag = d.path("tag");
      int start = pos;
      long id = length(tag.path("length").asString(""), tag.path("order").asString(""), "tag");
      JsonNode member = null;
      for (JsonNode m : d.path("members").values()) {
        if (m.path("id").asLong() == id) {
          member = descriptors.get(m.path("type").asString(""));
        }
      }
      if (member == null) {
        span(start, "tag: " + id + " (unknown)");
        throw malformed(start, "unknown tag " + id);
      }
      span(start, "tag: " + id + " = " + PythonGenerator.simple(member.path("type").asString("")));
      d = member;
    }
    String name = PythonGenerator.simple(d.path("type").asString(""));
    message(d, name, 1);
    if (pos < end) {
      if (!d.path("extensible").asBoolean()) {
        throw malformed(pos, (end - pos) + " bytes left after " + name);
      }
      int start = pos;
      pos = end;
      span(start, "skipped: a later version's components (" + name + " is extensible)");
    }
  }

  // ---- payload -----------------------------------------------------------------------------

  private void message(JsonNode d, String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw malformed(pos, path + ": messages nested deeper than " + MAX_DEPTH);
    }
    if (d.path("format").asString("").equals("JSON")) {
      int start = pos;
      String text = utf8(pos, end, path);
      pos = end;
      span(start, path + " = " + text + " (JSON body)");
      return;
    }
    int version = 1;
    for (JsonNode c : d.path("components").values()) {
      int since = c.path("since").asInt(1);
      if (since > version) {
        version = since;
        if (pos == end) {
          spans.add(new Span(at(pos), at(pos), path + ": ends before version " + since + ": the rest is absent"));
          return;
        }
      }
      value(c.path("encoding"), path + "." + c.path("name").asString(""), depth);
    }
  }

  private void value(JsonNode e, String path, int depth) {
    int start = pos;
    String order = e.path("order").asString("BIG");
    switch (e.path("kind").asString("")) {
      case "int" -> {
        BigInteger v = integer(e.path("bytes").asInt(), order, e.path("signed").asBoolean(), path);
        span(start, path + " = " + v);
      }
      case "char" -> {
        int c = integer(e.path("bytes").asInt(), order, false, path).intValue();
        span(start, path + " = '" + new String(Character.toChars(c)) + "' (U+" + String.format(Locale.ROOT, "%04X", c) + ")");
      }
      case "bool" -> {
        int b = take(1, path)[0] & 0xFF;
        if (b > 1) {
          pos = start;
          throw malformed(start, path + ": boolean byte " + String.format(Locale.ROOT, "%02x", b) + " (expected 00 or 01)");
        }
        span(start, path + " = " + (b == 1));
      }
      case "float" -> {
        byte[] b = take(e.path("bytes").asInt(), path);
        double v = b.length == 4 ? ByteBuffer.wrap(b).getFloat() : ByteBuffer.wrap(b).getDouble();
        span(start, path + " = " + v);
      }
      case "utf8", "json", "enum-name" -> {
        int n = sized(e, path);
        String text = utf8(pos, pos + n, path);
        if (e.path("kind").asString("").equals("enum-name")) {
          boolean known = false;
          for (JsonNode c : e.path("constants").values()) {
            known |= c.path("name").asString("").equals(text);
          }
          if (!known) {
            throw malformed(start, path + ": unknown name \"" + text + "\"");
          }
        }
        pos += n;
        span(start + (pos - start - n), path + " = " + quoted(text));
      }
      case "bytes" -> {
        int n = sized(e, path);
        pos += n;
        span(pos - n, path + " = " + n + " bytes");
      }
      case "message" -> {
        JsonNode d = descriptors.get(e.path("type").asString(""));
        if (!e.path("evolving").asBoolean()) {
          message(d, path, depth + 1);
          return;
        }
        long n = length("VARINT", "BIG", path);
        if (n > end - pos) {
          throw malformed(start, path + ": nested length " + n + ", " + (end - pos) + " bytes left");
        }
        span(start, path + ": nested message of " + n + " bytes");
        int outer = end;
        end = pos + (int) n;
        message(d, path, depth + 1);
        if (pos < end) {
          if (!d.path("extensible").asBoolean()) {
            throw malformed(pos, path + ": " + (end - pos) + " bytes left after the last component of a " + n
                + "-byte nested message");
          }
          int s = pos;
          pos = end;
          span(s, path + ": skipped, a later version's components");
        }
        end = outer;
      }
      case "optional" -> {
        int b = take(1, path)[0] & 0xFF;
        if (b > 1) {
          pos = start;
          throw malformed(start, path + ": presence byte " + String.format(Locale.ROOT, "%02x", b) + " (expected 00 or 01)");
        }
        span(start, path + (b == 1 ? ": present" : ": absent"));
        if (b == 1) {
          value(e.path("value"), path, depth);
        }
      }
      case "enum-code" -> {
        BigInteger v = integer(e.path("bytes").asInt(), order, e.path("signed").asBoolean(), path);
        String name = null;
        for (JsonNode c : e.path("constants").values()) {
          if (new BigInteger(c.path("code").asString()).equals(v)) {
            name = c.path("name").asString("");
          }
        }
        if (name == null) {
          throw malformed(start, path + ": unknown code " + v);
        }
        span(start, path + " = " + name + " (code " + v + ")");
      }
      case "list" -> {
        String length = e.path("length").asString("");
        if (length.equals("REST")) {
          for (int i = 0; pos < end; i++) {
            value(e.path("element"), path + "[" + i + "]", depth);
          }
          return;
        }
        long count = length(length, order, path);
        JsonNode max = e.path("limits").path("max");
        if (!max.isNull() && !max.isMissingNode() && count > max.asLong()) {
          throw malformed(start, path + ": count " + count + " is more than max = " + max.asLong());
        }
        int least = new PythonGenerator(descriptors).leastBytes(e.path("element"));
        if (least > 0 && count * least > end - pos) {
          throw malformed(start, path + ": count " + count + " needs at least " + count * least + " bytes, "
              + (end - pos) + " left");
        }
        span(start, path + ": " + count + " elements");
        for (int i = 0; i < count; i++) {
          value(e.path("element"), path + "[" + i + "]", depth);
        }
      }
      // descriptor version 2 (docs/wire-format.md section 15, 17)
      case "uuid" -> {
        String h = java.util.HexFormat.of().formatHex(take(16, path));
        span(start, path + " = " + h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
            + h.substring(16, 20) + "-" + h.substring(20));
      }
      case "instant", "duration" -> {
        long seconds = integer(8, "BIG", true, path).longValue();
        long nanos = integer(4, "BIG", false, path).longValue();
        if (nanos > 999_999_999L) {
          throw malformed(start + 8, path + ": nanoseconds " + nanos + " (expected 0..999999999)");
        }
        boolean instant = e.path("kind").asString("").equals("instant");
        if (instant && (seconds < java.time.Instant.MIN.getEpochSecond() || seconds > java.time.Instant.MAX.getEpochSecond())) {
          throw malformed(start, path + ": instant of " + seconds + " epoch seconds is outside Instant.MIN..Instant.MAX");
        }
        span(start, path + " = " + (instant ? java.time.Instant.ofEpochSecond(seconds, nanos)
            : java.time.Duration.ofSeconds(seconds, nanos)));
      }
      case "local-date" -> span(start, path + " = " + java.time.LocalDate.ofEpochDay(integer(4, "BIG", true, path).longValue()));
      case "local-time" -> span(start, path + " = " + localTime(start, path));
      case "local-date-time" -> {
        java.time.LocalDate date = java.time.LocalDate.ofEpochDay(integer(4, "BIG", true, path).longValue());
        span(start, path + " = " + java.time.LocalDateTime.of(date, localTime(start + 4, path)));
      }
      case "inet-address" -> {
        int n = take(1, path)[0] & 0xFF;
        if (n != 4 && n != 16) {
          throw malformed(start, path + ": IP address of " + n + " bytes (expected 4 or 16)");
        }
        byte[] address = take(n, path);
        try {
          span(start, path + " = " + (n == 4 ? java.net.InetAddress.getByAddress(address)
              : java.net.Inet6Address.getByAddress(null, address, -1)).getHostAddress());
        } catch (java.net.UnknownHostException ex) {
          throw new IllegalStateException(ex);
        }
      }
      case "big-integer", "big-decimal" -> {
        boolean decimal = e.path("kind").asString("").equals("big-decimal");
        int scale = decimal ? integer(4, "BIG", true, path).intValue() : 0;
        if (decimal) {
          span(start, path + ": scale " + scale);
        }
        int n = sized(e, path);
        byte[] b = take(n, path);
        if (n == 0 || (n > 1 && ((b[0] == 0 && b[1] >= 0) || (b[0] == -1 && b[1] < 0)))) {
          throw malformed(pos - n, path + ": an integer not in the fewest bytes");
        }
        BigInteger unscaled = new BigInteger(b);
        span(pos - n, path + " = " + (decimal ? new java.math.BigDecimal(unscaled, scale) : unscaled));
      }
      case "protocol" -> {
        long id = length(e.path("tag").path("length").asString(""), e.path("tag").path("order").asString(""), path);
        for (JsonNode m : e.path("members").values()) {
          if (m.path("id").asLong() == id) {
            String type = m.path("type").asString("");
            span(start, path + ": tag " + id + " (" + type.substring(type.lastIndexOf('.') + 1) + ")");
            value(JsonNodeFactory.instance.objectNode().put("kind", "message").put("type", type)
                .put("evolving", m.path("evolving").asBoolean()), path, depth);
            return;
          }
        }
        throw malformed(start, path + ": unknown tag " + id);
      }
      default -> throw new IllegalArgumentException("unknown encoding " + e);
    }
  }

  private java.time.LocalTime localTime(int start, String path) {
    long nanos = integer(8, "BIG", true, path).longValue();
    if (nanos < 0 || nanos >= 86_400_000_000_000L) {
      throw malformed(start, path + ": nanosecond of the day " + nanos + " (expected 0..86399999999999)");
    }
    return java.time.LocalTime.ofNanoOfDay(nanos);
  }

  private int sized(JsonNode e, String path) {
    int start = pos;
    long n = length(e.path("length").asString(""), e.path("order").asString("BIG"), path);
    JsonNode max = e.path("limits").path("maxBytes");
    if (!max.isNull() && !max.isMissingNode() && n > max.asLong()) {
      throw malformed(start, path + ": " + n + " bytes is longer than maxBytes = " + max.asLong());
    }
    if (n > end - pos) {
      throw malformed(start, path + ": length " + n + ", " + (end - pos) + " bytes left");
    }
    if (pos > start) {
      span(start, path + ": length " + n);
    }
    return (int) n;
  }

  private long length(String kind, String order, String path) {
    if (kind.equals("REST")) {
      return end - pos;
    }
    if (!kind.equals("VARINT")) {
      return integer(width(kind), order, false, path).longValueExact();
    }
    int start = pos;
    long v = 0;
    for (int k = 0; k < 10; k++) {
      int b = take(1, path)[0] & 0xFF;
      v |= (long) (b & 0x7F) << (7 * k);
      if ((b & 0x80) == 0) {
        if (v < 0 || (k == 9 && b > 0)) {
          throw malformed(start, path + ": VARINT over 2^63 - 1");
        }
        return v;
      }
    }
    throw malformed(start, path + ": VARINT longer than 10 bytes");
  }

  private BigInteger integer(int bytes, String order, boolean signed, String path) {
    byte[] b = take(bytes, path);
    if (order.equals("LITTLE")) {
      for (int i = 0; i < b.length / 2; i++) {
        byte t = b[i];
        b[i] = b[b.length - 1 - i];
        b[b.length - 1 - i] = t;
      }
    }
    return signed ? new BigInteger(b) : new BigInteger(1, b);
  }

  private byte[] take(int n, String path) {
    if (n > end - pos) {
      throw malformed(pos, path + ": " + n + " bytes needed, " + (end - pos) + " left");
    }
    byte[] b = java.util.Arrays.copyOfRange(payload, pos, pos + n);
    pos += n;
    return b;
  }

  private String utf8(int from, int to, String path) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(payload, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      throw malformed(from, path + ": invalid UTF-8");
    }
  }

  private static String quoted(String s) {
    String q = s.length() > 60 ? s.substring(0, 60) + "..." : s;
    return "\"" + q.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
  }

  private static int width(String length) {
    return switch (length) {
      case "U8" -> 1;
      case "U16" -> 2;
      case "U24" -> 3;
      case "U32" -> 4;
      case "U64" -> 8;
      default -> throw new IllegalArgumentException("not a fixed length: " + length);
    };
  }

  private static int indexOf(byte[] frame, byte[] delimiter) {
    outer:
    for (int i = 0; i + delimiter.length <= frame.length; i++) {
      for (int k = 0; k < delimiter.length; k++) {
        if (frame[i + k] != delimiter[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static String hex(byte[] b, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < Math.min(to, b.length); i++) {
      if (sb.length() >= 24) {
        return sb.append("..").toString();
      }
      sb.append(String.format(Locale.ROOT, "%02x ", b[i] & 0xFF));
    }
    return sb.toString().strip();
  }
}
