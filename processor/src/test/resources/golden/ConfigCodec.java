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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

@Generated("dev.wiremessage.processor.WireMessageProcessor")
public final class ConfigCodec extends AbstractWireCodec<Config> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final ConfigCodec INSTANCE = new ConfigCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)));

  private static final Type SETTINGS_TYPE = JsonTypes.parameterized(Map.class, String.class, Object.class);

  private static final Type LIMITS_TYPE = JsonTypes.parameterized(Map.class, String.class, JsonTypes.parameterized(List.class, JsonTypes.subtypeOf(Number.class)));

  private static final Type LOWERS_TYPE = JsonTypes.parameterized(Map.class, String.class, JsonTypes.supertypeOf(Integer.class));

  private static final Type REST_TYPE = JsonTypes.parameterized(Map.class, String.class, int[].class);

  private ConfigCodec(CodecSettings settings) {
    super(Config.class, settings);
  }

  @Override
  protected ConfigCodec with(CodecSettings settings) {
    return new ConfigCodec(settings);
  }

  @Override
  public void encodePayload(Config message, PayloadWriter out) {
    out.writeSigned(message.version(), 2, Endian.BIG, "Config.version");
    out.writeJson(message.settings(), SETTINGS_TYPE, Length.U32, Endian.BIG, "Config.settings");
    out.writeJson(message.at(), Point.class, Length.U32, Endian.BIG, "Config.at");
    out.writeJson(message.limits(), LIMITS_TYPE, Length.U16, Endian.BIG, "Config.limits");
    List<Map<String, ? super Integer>> lowers = PayloadWriter.requireNonNull(message.lowers(), "Config.lowers");
    out.writeCount(lowers.size(), Length.U32, Endian.BIG, "Config.lowers");
    for (Map<String, ? super Integer> lowersItem : lowers) {
      out.writeJson(lowersItem, LOWERS_TYPE, Length.U32, Endian.BIG, "Config.lowers");
    }
    out.writeJson(message.rest(), REST_TYPE, Length.REST, Endian.BIG, "Config.rest");
  }

  @Override
  public Config decodePayload(PayloadReader in) throws WireFormatException {
    int version = (int) in.readSigned(2, Endian.BIG, "Config.version");
    Map<String, Object> settings = in.readJson(SETTINGS_TYPE, Length.U32, Endian.BIG, "Config.settings");
    Point at = in.readJson(Point.class, Length.U32, Endian.BIG, "Config.at");
    Map<String, List<? extends Number>> limits = in.readJson(LIMITS_TYPE, Length.U16, Endian.BIG, "Config.limits");
    int lowersCount = in.readCount(Length.U32, Endian.BIG, 4, "Config.lowers");
    List<Map<String, ? super Integer>> lowersList = new ArrayList<>(lowersCount);
    for (int i = 0; i < lowersCount; i++) {
      lowersList.add(in.readJson(LOWERS_TYPE, Length.U32, Endian.BIG, "Config.lowers"));
    }
    List<Map<String, ? super Integer>> lowers = Collections.unmodifiableList(lowersList);
    Map<String, int[]> rest = in.readJson(REST_TYPE, Length.REST, Endian.BIG, "Config.rest");
    return new Config(version, settings, at, limits, lowers, rest);
  }
}
