package test;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.Framing;
import dev.wiremessage.runtime.JsonTypes;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.spi.AbstractWireCodec;
import dev.wiremessage.runtime.spi.CodecSettings;
import dev.wiremessage.runtime.spi.PayloadReader;
import dev.wiremessage.runtime.spi.PayloadWriter;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

@Generated("dev.wiremessage.processor.WireMessageProcessor")
public final class ConfigCodec extends AbstractWireCodec<Config> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final ConfigCodec INSTANCE = new ConfigCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)));

  private static final Type SETTINGS_TYPE = JsonTypes.parameterized(Map.class, String.class, Object.class);

  private static final Type LIMITS_TYPE = JsonTypes.parameterized(Map.class, String.class, JsonTypes.parameterized(List.class, JsonTypes.subtypeOf(Number.class)));

  private static final Type LOWERS_TYPE = JsonTypes.parameterized(List.class, JsonTypes.parameterized(Map.class, String.class, JsonTypes.supertypeOf(Integer.class)));

  private static final Type COUNTS_TYPE = JsonTypes.parameterized(List.class, Integer.class);

  private static final Type REST_TYPE = JsonTypes.parameterized(Map.class, String.class, int[].class);

  private ConfigCodec(CodecSettings settings) {
    super(Config.class, settings);
  }

  @Override
  protected ConfigCodec with(CodecSettings settings) {
    return new ConfigCodec(settings);
  }

  @Override
  protected void encodePayload(Config message, PayloadWriter out) {
    out.writeSigned(message.version(), 2, Endian.BIG, "Config.version");
    out.writeJson(message.settings(), SETTINGS_TYPE, Length.U32, Endian.BIG, "Config.settings");
    out.writeJson(message.at(), Point.class, Length.U32, Endian.BIG, "Config.at");
    out.writeJson(message.limits(), LIMITS_TYPE, Length.U16, Endian.BIG, "Config.limits");
    out.writeJson(message.lowers(), LOWERS_TYPE, Length.U32, Endian.BIG, "Config.lowers");
    Optional<List<Integer>> counts = PayloadWriter.requireNonNull(message.counts(), "Config.counts");
    out.writePresence(counts.isPresent());
    if (counts.isPresent()) {
      out.writeJson(counts.get(), COUNTS_TYPE, Length.U32, Endian.BIG, "Config.counts");
    }
    out.writeJson(message.rest(), REST_TYPE, Length.REST, Endian.BIG, "Config.rest");
  }

  @Override
  protected Config decodePayload(PayloadReader in) throws WireFormatException {
    int version = (int) in.readSigned(2, Endian.BIG, "Config.version");
    Map<String, Object> settings = in.readJson(SETTINGS_TYPE, Length.U32, Endian.BIG, "Config.settings");
    Point at = in.readJson(Point.class, Length.U32, Endian.BIG, "Config.at");
    Map<String, List<? extends Number>> limits = in.readJson(LIMITS_TYPE, Length.U16, Endian.BIG, "Config.limits");
    List<Map<String, ? super Integer>> lowers = in.readJson(LOWERS_TYPE, Length.U32, Endian.BIG, "Config.lowers");
    Optional<List<Integer>> counts = in.readPresence("Config.counts") ? Optional.of(in.readJsonNonNull(COUNTS_TYPE, Length.U32, Endian.BIG, "Config.counts")) : Optional.empty();
    Map<String, int[]> rest = in.readJson(REST_TYPE, Length.REST, Endian.BIG, "Config.rest");
    return new Config(version, settings, at, limits, lowers, counts, rest);
  }
}
