package test;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.Framing;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.spi.AbstractWireCodec;
import dev.wiremessage.runtime.spi.CodecSettings;
import dev.wiremessage.runtime.spi.PayloadReader;
import dev.wiremessage.runtime.spi.PayloadWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;

@Generated("dev.wiremessage.processor.WireMessageProcessor")
public final class StampCodec extends AbstractWireCodec<Stamp> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final StampCodec INSTANCE = new StampCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)));

  private StampCodec(CodecSettings settings) {
    super(Stamp.class, settings);
  }

  @Override
  protected StampCodec with(CodecSettings settings) {
    return new StampCodec(settings);
  }

  @Override
  protected void encodePayload(Stamp message, PayloadWriter out) {
    out.writeUuid(PayloadWriter.requireNonNull(message.id(), "Stamp.id"));
    out.writeInstant(PayloadWriter.requireNonNull(message.at(), "Stamp.at"));
    out.writeDuration(PayloadWriter.requireNonNull(message.took(), "Stamp.took"));
    out.writeLocalDate(PayloadWriter.requireNonNull(message.day(), "Stamp.day"), "Stamp.day");
    out.writeLocalTime(PayloadWriter.requireNonNull(message.time(), "Stamp.time"));
    out.writeLocalDateTime(PayloadWriter.requireNonNull(message.local(), "Stamp.local"), "Stamp.local");
    out.writeInetAddress(PayloadWriter.requireNonNull(message.from(), "Stamp.from"));
    out.writeBigInteger(PayloadWriter.requireNonNull(message.big(), "Stamp.big"), Length.U8, Endian.BIG, 32, "Stamp.big");
    out.writeBigDecimal(PayloadWriter.requireNonNull(message.price(), "Stamp.price"), Length.U32, Endian.BIG, "Stamp.price");
    Optional<UUID> parent = PayloadWriter.requireNonNull(message.parent(), "Stamp.parent");
    out.writePresence(parent.isPresent());
    if (parent.isPresent()) {
      out.writeUuid(parent.get());
    }
    List<Instant> marks = PayloadWriter.requireNonNull(message.marks(), "Stamp.marks");
    out.writeCount(marks.size(), Length.U32, Endian.BIG, "Stamp.marks");
    for (Instant marksItem : marks) {
      out.writeInstant(PayloadWriter.requireNonNull(marksItem, "Stamp.marks"));
    }
  }

  @Override
  protected Stamp decodePayload(PayloadReader in) throws WireFormatException {
    UUID id = in.readUuid("Stamp.id");
    Instant at = in.readInstant("Stamp.at");
    Duration took = in.readDuration("Stamp.took");
    LocalDate day = in.readLocalDate("Stamp.day");
    LocalTime time = in.readLocalTime("Stamp.time");
    LocalDateTime local = in.readLocalDateTime("Stamp.local");
    InetAddress from = in.readInetAddress("Stamp.from");
    BigInteger big = in.readBigInteger(Length.U8, Endian.BIG, 32, "Stamp.big");
    BigDecimal price = in.readBigDecimal(Length.U32, Endian.BIG, "Stamp.price");
    Optional<UUID> parent = in.readPresence("Stamp.parent") ? Optional.of(in.readUuid("Stamp.parent")) : Optional.empty();
    int marksCount = in.readCount(Length.U32, Endian.BIG, 12, "Stamp.marks");
    List<Instant> marksList = new ArrayList<>(marksCount);
    for (int i = 0; i < marksCount; i++) {
      marksList.add(in.readInstant("Stamp.marks"));
    }
    List<Instant> marks = Collections.unmodifiableList(marksList);
    return new Stamp(id, at, took, day, time, local, from, big, price, parent, marks);
  }
}
