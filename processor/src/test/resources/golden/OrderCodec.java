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
public final class OrderCodec extends AbstractWireCodec<Order> {
  /**
   * The codec with the settings of the annotations.
   */
  public static final OrderCodec INSTANCE = new OrderCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, 16777216)));

  private OrderCodec(CodecSettings settings) {
    super(Order.class, settings);
  }

  @Override
  protected OrderCodec with(CodecSettings settings) {
    return new OrderCodec(settings);
  }

  @Override
  protected void encodePayload(Order message, PayloadWriter out) {
    Optional<String> note = PayloadWriter.requireNonNull(message.note(), "Order.note");
    out.writePresence(note.isPresent());
    if (note.isPresent()) {
      out.writeUtf8(note.get(), Length.U32, Endian.BIG, "Order.note");
    }
    Outer.Inner maybe = message.maybe();
    out.writePresence(maybe != null);
    if (maybe != null) {
      out.writeMessage(Outer_InnerCodec.INSTANCE, maybe, "Order.maybe");
    }
    out.writeMessage(Outer_InnerCodec.INSTANCE, PayloadWriter.requireNonNull(message.inner(), "Order.inner"), "Order.inner");
    int sideCode = switch (PayloadWriter.requireNonNull(message.side(), "Order.side")) {
      case BUY -> 1;
      case SELL -> 2;
    };
    out.writeUnsigned(sideCode, 1, Endian.BIG, "Order.side");
    out.writeUtf8(PayloadWriter.requireNonNull(message.color(), "Order.color").name(), Length.U8, Endian.BIG, "Order.color");
    List<String> tags = PayloadWriter.requireNonNull(message.tags(), "Order.tags");
    out.writeCount(tags.size(), Length.U16, Endian.BIG, "Order.tags");
    for (String tagsItem : tags) {
      out.writeUtf8(PayloadWriter.requireNonNull(tagsItem, "Order.tags"), Length.U32, Endian.BIG, "Order.tags");
    }
    List<Optional<Side>> history = PayloadWriter.requireNonNull(message.history(), "Order.history");
    out.writeCount(history.size(), Length.U32, Endian.BIG, "Order.history");
    for (Optional<Side> historyItem : history) {
      PayloadWriter.requireNonNull(historyItem, "Order.history");
      out.writePresence(historyItem.isPresent());
      if (historyItem.isPresent()) {
        int historyItemValueCode = switch (historyItem.get()) {
          case BUY -> 1;
          case SELL -> 2;
        };
        out.writeSigned(historyItemValueCode, 4, Endian.BIG, "Order.history");
      }
    }
    int[] ports = PayloadWriter.requireNonNull(message.ports(), "Order.ports");
    out.writeCount(ports.length, Length.U32, Endian.BIG, "Order.ports");
    for (int portsItem : ports) {
      out.writeSigned(portsItem, 2, Endian.BIG, "Order.ports");
    }
    List<Outer.Inner> inners = PayloadWriter.requireNonNull(message.inners(), "Order.inners");
    out.writeCount(inners.size(), Length.U8, Endian.BIG, "Order.inners");
    for (Outer.Inner innersItem : inners) {
      out.writePresence(innersItem != null);
      if (innersItem != null) {
        out.writeMessage(Outer_InnerCodec.INSTANCE, innersItem, "Order.inners");
      }
    }
    Optional<List<Integer>> in = PayloadWriter.requireNonNull(message.in(), "Order.in");
    out.writePresence(in.isPresent());
    if (in.isPresent()) {
      List<Integer> inValue = in.get();
      out.writeCount(inValue.size(), Length.U32, Endian.BIG, "Order.in");
      for (Integer inValueItem : inValue) {
        out.writeSigned(PayloadWriter.requireNonNull(inValueItem, "Order.in"), 4, Endian.BIG, "Order.in");
      }
    }
    String[] message_ = PayloadWriter.requireNonNull(message.message(), "Order.message");
    for (String messageItem : message_) {
      out.writeUtf8(PayloadWriter.requireNonNull(messageItem, "Order.message"), Length.U8, Endian.BIG, "Order.message");
    }
  }

  @Override
  protected Order decodePayload(PayloadReader in) throws WireFormatException {
    Optional<String> note = in.readPresence("Order.note") ? Optional.of(in.readUtf8(Length.U32, Endian.BIG, "Order.note")) : Optional.empty();
    Outer.Inner maybe = in.readPresence("Order.maybe") ? in.readMessage(Outer_InnerCodec.INSTANCE, "Order.maybe") : null;
    Outer.Inner inner = in.readMessage(Outer_InnerCodec.INSTANCE, "Order.inner");
    int sideCode = (int) in.readUnsigned(1, Endian.BIG, "Order.side");
    Side side = switch (sideCode) {
      case 1 -> Side.BUY;
      case 2 -> Side.SELL;
      default -> throw in.malformed("Order.side", "unknown code " + sideCode);
    };
    String colorName = in.readUtf8(Length.U8, Endian.BIG, "Order.color");
    Color color = switch (colorName) {
      case "RED" -> Color.RED;
      case "GREEN" -> Color.GREEN;
      default -> throw in.malformed("Order.color", "unknown name " + colorName);
    };
    int tagsCount = in.readCount(Length.U16, Endian.BIG, 4, "Order.tags");
    List<String> tagsList = new ArrayList<>(tagsCount);
    for (int i = 0; i < tagsCount; i++) {
      tagsList.add(in.readUtf8(Length.U32, Endian.BIG, "Order.tags"));
    }
    List<String> tags = Collections.unmodifiableList(tagsList);
    int historyCount = in.readCount(Length.U32, Endian.BIG, 1, "Order.history");
    List<Optional<Side>> historyList = new ArrayList<>(historyCount);
    for (int i = 0; i < historyCount; i++) {
      Optional<Side> historyItem = Optional.empty();
      if (in.readPresence("Order.history")) {
        int historyItemValueCode = (int) in.readSigned(4, Endian.BIG, "Order.history");
        Side historyItemValue = switch (historyItemValueCode) {
          case 1 -> Side.BUY;
          case 2 -> Side.SELL;
          default -> throw in.malformed("Order.history", "unknown code " + historyItemValueCode);
        };
        historyItem = Optional.of(historyItemValue);
      }
      historyList.add(historyItem);
    }
    List<Optional<Side>> history = Collections.unmodifiableList(historyList);
    int portsCount = in.readCount(Length.U32, Endian.BIG, 2, "Order.ports");
    int[] ports = new int[portsCount];
    for (int i = 0; i < ports.length; i++) {
      ports[i] = (int) in.readSigned(2, Endian.BIG, "Order.ports");
    }
    int innersCount = in.readCount(Length.U8, Endian.BIG, 1, "Order.inners");
    List<Outer.Inner> innersList = new ArrayList<>(innersCount);
    for (int i = 0; i < innersCount; i++) {
      innersList.add(in.readPresence("Order.inners") ? in.readMessage(Outer_InnerCodec.INSTANCE, "Order.inners") : null);
    }
    List<Outer.Inner> inners = Collections.unmodifiableList(innersList);
    Optional<List<Integer>> in_ = Optional.empty();
    if (in.readPresence("Order.in")) {
      int inValueCount = in.readCount(Length.U32, Endian.BIG, 4, "Order.in");
      List<Integer> inValueList = new ArrayList<>(inValueCount);
      for (int i = 0; i < inValueCount; i++) {
        inValueList.add((int) in.readSigned(4, Endian.BIG, "Order.in"));
      }
      in_ = Optional.of(Collections.unmodifiableList(inValueList));
    }
    List<String> messageList = new ArrayList<>();
    while (in.remaining() > 0) {
      messageList.add(in.readUtf8(Length.U8, Endian.BIG, "Order.message"));
    }
    String[] message = new String[messageList.size()];
    for (int i = 0; i < message.length; i++) {
      message[i] = messageList.get(i);
    }
    return new Order(note, maybe, inner, side, color, tags, history, ports, inners, in_, message);
  }
}
