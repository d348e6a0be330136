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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

@Generated("dev.wiremessage.processor.WireMessageProcessor")
public final class LimitsCodec extends AbstractWireCodec<Limits> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final LimitsCodec INSTANCE = new LimitsCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)));

  private static final Type META_TYPE = JsonTypes.parameterized(Map.class, String.class, Object.class);

  private LimitsCodec(CodecSettings settings) {
    super(Limits.class, settings);
  }

  @Override
  protected LimitsCodec with(CodecSettings settings) {
    return new LimitsCodec(settings);
  }

  @Override
  protected void encodePayload(Limits message, PayloadWriter out) {
    out.writeUtf8(PayloadWriter.requireNonNull(message.user(), "Limits.user"), Length.U8, Endian.BIG, 255, "Limits.user");
    out.writeBytes(PayloadWriter.requireNonNull(message.nonce(), "Limits.nonce"), Length.VARINT, Endian.BIG, 16, "Limits.nonce");
    List<String> tags = PayloadWriter.requireNonNull(message.tags(), "Limits.tags");
    out.writeCount(tags.size(), Length.U16, Endian.BIG, 100, "Limits.tags");
    for (String tagsItem : tags) {
      out.writeUtf8(PayloadWriter.requireNonNull(tagsItem, "Limits.tags"), Length.U8, Endian.BIG, 32, "Limits.tags");
    }
    int[] ports = PayloadWriter.requireNonNull(message.ports(), "Limits.ports");
    out.writeCount(ports.length, Length.U32, Endian.BIG, 8, "Limits.ports");
    for (int portsItem : ports) {
      out.writeSigned(portsItem, 4, Endian.BIG, "Limits.ports");
    }
    out.writeUtf8(PayloadWriter.requireNonNull(message.color(), "Limits.color").name(), Length.U32, Endian.BIG, 5, "Limits.color");
    Optional<String> empty = PayloadWriter.requireNonNull(message.empty(), "Limits.empty");
    out.writePresence(empty.isPresent());
    if (empty.isPresent()) {
      out.writeUtf8(empty.get(), Length.U32, Endian.BIG, 0, "Limits.empty");
    }
    out.writeUtf8(PayloadWriter.requireNonNull(message.unlimited(), "Limits.unlimited"), Length.U32, Endian.BIG, "Limits.unlimited");
    out.writeJson(message.meta(), META_TYPE, Length.U16, Endian.BIG, 1024, "Limits.meta");
    long[] rest = PayloadWriter.requireNonNull(message.rest(), "Limits.rest");
    out.writeCount(rest.length, Length.REST, Endian.BIG, 4, "Limits.rest");
    for (long restItem : rest) {
      out.writeSigned(restItem, 8, Endian.BIG, "Limits.rest");
    }
  }

  @Override
  protected Limits decodePayload(PayloadReader in) throws WireFormatException {
    String user = in.readUtf8(Length.U8, Endian.BIG, 255, "Limits.user");
    byte[] nonce = in.readBytes(Length.VARINT, Endian.BIG, 16, "Limits.nonce");
    int tagsCount = in.readCount(Length.U16, Endian.BIG, 1, 100, "Limits.tags");
    List<String> tagsList = new ArrayList<>(tagsCount);
    for (int i = 0; i < tagsCount; i++) {
      tagsList.add(in.readUtf8(Length.U8, Endian.BIG, 32, "Limits.tags"));
    }
    List<String> tags = Collections.unmodifiableList(tagsList);
    int portsCount = in.readCount(Length.U32, Endian.BIG, 4, 8, "Limits.ports");
    int[] ports = new int[portsCount];
    for (int i = 0; i < ports.length; i++) {
      ports[i] = (int) in.readSigned(4, Endian.BIG, "Limits.ports");
    }
    String colorName = in.readUtf8(Length.U32, Endian.BIG, 5, "Limits.color");
    Color color = switch (colorName) {
      case "RED" -> Color.RED;
      case "GREEN" -> Color.GREEN;
      default -> throw in.malformed("Limits.color", "unknown name " + colorName);
    };
    Optional<String> empty = in.readPresence("Limits.empty") ? Optional.of(in.readUtf8(Length.U32, Endian.BIG, 0, "Limits.empty")) : Optional.empty();
    String unlimited = in.readUtf8(Length.U32, Endian.BIG, "Limits.unlimited");
    Map<String, Object> meta = in.readJson(META_TYPE, Length.U16, Endian.BIG, 1024, "Limits.meta");
    long[] rest = new long[Math.min(in.remaining() / 8, 4)];
    int restCount = 0;
    while (in.hasMoreElements(restCount, 4, "Limits.rest")) {
      rest[restCount++] = in.readSigned(8, Endian.BIG, "Limits.rest");
    }
    if (restCount < rest.length) {
      rest = Arrays.copyOf(rest, restCount);
    }
    return new Limits(user, nonce, tags, ports, color, empty, unlimited, meta, rest);
  }
}
