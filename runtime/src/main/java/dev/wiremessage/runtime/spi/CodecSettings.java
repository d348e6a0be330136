package dev.wiremessage.runtime.spi;

import dev.wiremessage.runtime.Framing;
import dev.wiremessage.runtime.JsonMapper;
import java.util.Objects;

/**
 * Everything a generated codec is configured with, in one value: the framing (with the frame
 * limit), the JSON mapper and the nesting-depth limit. A codec keeps it in a final field;
 * {@code withX} methods make a copy, so a new limit never changes the generated code.
 *
 * @param framing how frames are separated, and the frame limit
 * @param json the mapper for {@code @JsonBlob} and {@code Format.JSON}; null: the default
 *     (Jackson), resolved on first use
 * @param maxDepth the most messages nested inside one another on one path, the top-level
 *     message counting as 1 (1..{@value #MAX_MAX_DEPTH}); deeper input is malformed, deeper output an encode error
 */
public record CodecSettings(Framing framing, JsonMapper json, int maxDepth) {
  /** Enough for any hand-written schema; small enough that a recursive record never exhausts the stack. */
  public static final int DEFAULT_MAX_DEPTH = 64;
  /**
   * The largest depth limit a codec accepts: decoding or encoding that deep (a few stack frames
   * per level) fits a 512 KiB thread stack, so a limit never turns into a
   * {@link StackOverflowError}.
   */
  public static final int MAX_MAX_DEPTH = 256;

  /**
   * Checks the settings.
   *
   * @param framing how frames are separated, and the frame limit; not null
   * @param json the JSON mapper; null: the default (Jackson), resolved on first use
   * @param maxDepth the nesting-depth limit, 1..{@value #MAX_MAX_DEPTH};
   *     {@code maxDepth: 0 (expected: 1..256)} otherwise
   */
  public CodecSettings {
    Objects.requireNonNull(framing, "framing");
    checkMaxDepth(maxDepth);
  }

  /**
   * {@code framing} with the default JSON mapper and depth limit (what {@code INSTANCE} uses).
   *
   * @param framing the framing of the record's annotation, not null
   * @return settings with no mapper set and {@value #DEFAULT_MAX_DEPTH} as the depth limit
   */
  public static CodecSettings of(Framing framing) {
    return new CodecSettings(framing, null, DEFAULT_MAX_DEPTH);
  }

  /**
   * A copy with another framing (a new frame limit, for {@code withMaxFrameBytes}).
   *
   * @param framing the new framing, not null
   * @return the copy
   */
  public CodecSettings withFraming(Framing framing) {
    return new CodecSettings(framing, json, maxDepth);
  }

  /**
   * A copy with another JSON mapper.
   *
   * @param json the new mapper, not null
   * @return the copy
   */
  public CodecSettings withJson(JsonMapper json) {
    return new CodecSettings(framing, Objects.requireNonNull(json, "json"), maxDepth);
  }

  /**
   * A copy with another nesting-depth limit.
   *
   * @param maxDepth the new limit, 1..{@value #MAX_MAX_DEPTH}
   * @return the copy
   */
  public CodecSettings withMaxDepth(int maxDepth) {
    return new CodecSettings(framing, json, maxDepth);
  }

  static int checkMaxDepth(int maxDepth) {
    if (maxDepth <= 0 || maxDepth > MAX_MAX_DEPTH) {
      throw new IllegalArgumentException("maxDepth: " + maxDepth + " (expected: 1.." + MAX_MAX_DEPTH + ")");
    }
    return maxDepth;
  }
}
