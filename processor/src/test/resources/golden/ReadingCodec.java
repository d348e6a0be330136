package test;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.Framing;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.spi.AbstractWireCodec;
import dev.wiremessage.runtime.spi.CodecSettings;
import dev.wiremessage.runtime.spi.PayloadReader;
import dev.wiremessage.runtime.spi.PayloadWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

@Generated("dev.wiremessage.processor.WireMessageProcessor")
public final class ReadingCodec extends AbstractWireCodec<Reading> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final ReadingCodec INSTANCE = new ReadingCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)));

  private ReadingCodec(CodecSettings settings) {
    super(Reading.class, settings);
  }

  @Override
  protected ReadingCodec with(CodecSettings settings) {
    return new ReadingCodec(settings);
  }

  @Override
  protected void encodePayload(Reading message, PayloadWriter out) {
    int sensorAt = out.claim(12);
    out.putBits(sensorAt, message.sensor(), 4, Endian.BIG);
    out.putDouble(sensorAt + 4, message.value());
    Optional<String> unit = PayloadWriter.requireNonNull(message.unit(), "Reading.unit");
    out.writePresence(unit.isPresent());
    if (unit.isPresent()) {
      out.writeUtf8(unit.get(), Length.U32, Endian.BIG, "Reading.unit");
    }
    out.writeSigned(message.scale(), 4, Endian.BIG, "Reading.scale");
    List<String> tags = PayloadWriter.requireNonNull(message.tags(), "Reading.tags");
    out.writeCount(tags.size(), Length.U32, Endian.BIG, "Reading.tags");
    for (String tagsItem : tags) {
      out.writeUtf8(PayloadWriter.requireNonNull(tagsItem, "Reading.tags"), Length.U32, Endian.BIG, "Reading.tags");
    }
    out.writeBytes(PayloadWriter.requireNonNull(message.raw(), "Reading.raw"), Length.U32, Endian.BIG, "Reading.raw");
    String note = message.note();
    out.writePresence(note != null);
    if (note != null) {
      out.writeUtf8(note, Length.U32, Endian.BIG, "Reading.note");
    }
    long[][] grid = PayloadWriter.requireNonNull(message.grid(), "Reading.grid");
    out.writeCount(grid.length, Length.U32, Endian.BIG, "Reading.grid");
    for (long[] gridItem : grid) {
      PayloadWriter.requireNonNull(gridItem, "Reading.grid");
      out.writeCount(gridItem.length, Length.U32, Endian.BIG, "Reading.grid");
      for (long gridItemItem : gridItem) {
        out.writeSigned(gridItemItem, 8, Endian.BIG, "Reading.grid");
      }
    }
    Optional<List<Integer>> limits = PayloadWriter.requireNonNull(message.limits(), "Reading.limits");
    out.writePresence(limits.isPresent());
    if (limits.isPresent()) {
      List<Integer> limitsValue = limits.get();
      out.writeCount(limitsValue.size(), Length.U32, Endian.BIG, "Reading.limits");
      for (Integer limitsValueItem : limitsValue) {
        out.writeSigned(PayloadWriter.requireNonNull(limitsValueItem, "Reading.limits"), 4, Endian.BIG, "Reading.limits");
      }
    }
    int flagAt = out.claim(7);
    out.putBoolean(flagAt, message.flag());
    out.putBits(flagAt + 1, message.mark(), 2, Endian.BIG);
    out.putFloat(flagAt + 3, message.ratio());
  }

  @Override
  protected Reading decodePayload(PayloadReader in) throws WireFormatException {
    int sensorAt = in.take(12, "Reading.sensor:4 Reading.value:8");
    int sensor = (int) in.getSigned(sensorAt, 4, Endian.BIG);
    double value = in.getDouble(sensorAt + 4);
    // version 2: absent from an older frame, which ends here
    Optional<String> unit = Optional.empty();
    int scale = 0;
    if (in.remaining() > 0) {
      unit = in.readPresence("Reading.unit") ? Optional.of(in.readUtf8(Length.U32, Endian.BIG, "Reading.unit")) : Optional.empty();
      scale = (int) in.readSigned(4, Endian.BIG, "Reading.scale");
    }
    // version 3: absent from an older frame, which ends here
    List<String> tags = Collections.emptyList();
    byte[] raw = new byte[0];
    String note = null;
    long[][] grid = new long[0][];
    Optional<List<Integer>> limits = Optional.empty();
    boolean flag = false;
    char mark = '\0';
    float ratio = 0.0f;
    if (in.remaining() > 0) {
      int tagsCount = in.readCount(Length.U32, Endian.BIG, 4, "Reading.tags");
      List<String> tagsList = new ArrayList<>(tagsCount);
      for (int i = 0; i < tagsCount; i++) {
        tagsList.add(in.readUtf8(Length.U32, Endian.BIG, "Reading.tags"));
      }
      tags = Collections.unmodifiableList(tagsList);
      raw = in.readBytes(Length.U32, Endian.BIG, "Reading.raw");
      note = in.readPresence("Reading.note") ? in.readUtf8(Length.U32, Endian.BIG, "Reading.note") : null;
      int gridCount = in.readCount(Length.U32, Endian.BIG, 4, "Reading.grid");
      long[][] gridRead = new long[gridCount][];
      for (int i = 0; i < gridRead.length; i++) {
        int gridItemCount = in.readCount(Length.U32, Endian.BIG, 8, "Reading.grid");
        long[] gridItem = new long[gridItemCount];
        for (int i_ = 0; i_ < gridItem.length; i_++) {
          gridItem[i_] = in.readSigned(8, Endian.BIG, "Reading.grid");
        }
        gridRead[i] = gridItem;
      }
      grid = gridRead;
      Optional<List<Integer>> limitsRead = Optional.empty();
      if (in.readPresence("Reading.limits")) {
        int limitsValueCount = in.readCount(Length.U32, Endian.BIG, 4, "Reading.limits");
        List<Integer> limitsValueList = new ArrayList<>(limitsValueCount);
        for (int i = 0; i < limitsValueCount; i++) {
          limitsValueList.add((int) in.readSigned(4, Endian.BIG, "Reading.limits"));
        }
        limitsRead = Optional.of(Collections.unmodifiableList(limitsValueList));
      }
      limits = limitsRead;
      flag = in.readBoolean("Reading.flag");
      mark = (char) in.readUnsigned(2, Endian.BIG, "Reading.mark");
      ratio = in.readFloat("Reading.ratio");
    }
    return new Reading(sensor, value, unit, scale, tags, raw, note, grid, limits, flag, mark, ratio);
  }
}
