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
public final class TrackCodec extends AbstractWireCodec<Track> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final TrackCodec INSTANCE = new TrackCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)));

  private TrackCodec(CodecSettings settings) {
    super(Track.class, settings);
  }

  @Override
  protected TrackCodec with(CodecSettings settings) {
    return new TrackCodec(settings);
  }

  @Override
  protected void encodePayload(Track message, PayloadWriter out) {
    out.writeSigned(message.kind(), 1, Endian.BIG, "Track.kind");
    out.writeMessageWithLength(PosCodec.INSTANCE, PayloadWriter.requireNonNull(message.pos(), "Track.pos"), "Track.pos");
    Optional<Pos> maybe = PayloadWriter.requireNonNull(message.maybe(), "Track.maybe");
    out.writePresence(maybe.isPresent());
    if (maybe.isPresent()) {
      out.writeMessageWithLength(PosCodec.INSTANCE, maybe.get(), "Track.maybe");
    }
    List<Pos> points = PayloadWriter.requireNonNull(message.points(), "Track.points");
    out.writeCount(points.size(), Length.U8, Endian.BIG, "Track.points");
    for (Pos pointsItem : points) {
      out.writeMessageWithLength(PosCodec.INSTANCE, PayloadWriter.requireNonNull(pointsItem, "Track.points"), "Track.points");
    }
    Pos[] more = PayloadWriter.requireNonNull(message.more(), "Track.more");
    out.writeCount(more.length, Length.U32, Endian.BIG, "Track.more");
    for (Pos moreItem : more) {
      out.writeMessageWithLength(PosCodec.INSTANCE, PayloadWriter.requireNonNull(moreItem, "Track.more"), "Track.more");
    }
    out.writeMessage(PlainCodec.INSTANCE, PayloadWriter.requireNonNull(message.plain(), "Track.plain"), "Track.plain");
  }

  @Override
  protected Track decodePayload(PayloadReader in) throws WireFormatException {
    int kind = (int) in.readSigned(1, Endian.BIG, "Track.kind");
    Pos pos = in.readMessageWithLength(PosCodec.INSTANCE, "Track.pos");
    Optional<Pos> maybe = in.readPresence("Track.maybe") ? Optional.of(in.readMessageWithLength(PosCodec.INSTANCE, "Track.maybe")) : Optional.empty();
    int pointsCount = in.readCount(Length.U8, Endian.BIG, 9, "Track.points");
    List<Pos> pointsList = new ArrayList<>(pointsCount);
    for (int i = 0; i < pointsCount; i++) {
      pointsList.add(in.readMessageWithLength(PosCodec.INSTANCE, "Track.points"));
    }
    List<Pos> points = Collections.unmodifiableList(pointsList);
    int moreCount = in.readCount(Length.U32, Endian.BIG, 9, "Track.more");
    Pos[] more = new Pos[moreCount];
    for (int i = 0; i < more.length; i++) {
      more[i] = in.readMessageWithLength(PosCodec.INSTANCE, "Track.more");
    }
    Plain plain = in.readMessage(PlainCodec.INSTANCE, "Track.plain");
    return new Track(kind, pos, maybe, points, more, plain);
  }
}
