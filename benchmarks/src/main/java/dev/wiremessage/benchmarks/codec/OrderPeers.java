package dev.wiremessage.benchmarks.codec;

import static dev.wiremessage.benchmarks.codec.Floor.INT;
import static dev.wiremessage.benchmarks.codec.Floor.LONG;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.wiremessage.benchmarks.model.Cancel;
import dev.wiremessage.benchmarks.model.Fill;
import dev.wiremessage.benchmarks.model.NewOrder;
import dev.wiremessage.benchmarks.model.Order;
import dev.wiremessage.benchmarks.model.OrderCodec;
import dev.wiremessage.benchmarks.proto.PCancel;
import dev.wiremessage.benchmarks.proto.PFill;
import dev.wiremessage.benchmarks.proto.PNewOrder;
import dev.wiremessage.benchmarks.proto.POrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/** The peers of the protocol benchmarks: three message types behind a tag (a oneof, a class id, a type name). */
public final class OrderPeers {
  private OrderPeers() {}

  public static final String[] NAMES = {
    "handwritten", "wiremessage", "protobuf", "kryo", "fory", "foryCompatible", "jackson"
  };

  private static final Class<?>[] TYPES = {NewOrder.class, Cancel.class, Fill.class};

  public static Peer<Order> create(String name) {
    return switch (name) {
      case "handwritten" -> new HandWritten();
      case "wiremessage" -> new WirePeer<>(OrderCodec.INSTANCE);
      case "protobuf" -> new Protobuf();
      case "kryo" -> new KryoPeer<>(Order.class, TYPES);
      case "fory" -> new ForyPeer<>(false, Order.class, TYPES);
      case "foryCompatible" -> new ForyPeer<>(true, Order.class, TYPES);
      case "jackson" -> new JacksonPeer<>(Order.class);
      default -> throw new IllegalArgumentException("no Order peer " + name);
    };
  }

  /** The floor: OrderCodec's exact frames (one tag byte, then the record's fields), by hand. */
  static final class HandWritten extends Peer<Order> {
    private final byte[] buf = new byte[64 * 1024];
    private int length;

    @Override
    public int encode(Order m) {
      byte[] b = buf;
      int p;
      if (m instanceof NewOrder o) {
        b[4] = 1;
        LONG.set(b, 5, o.orderId());
        p = Floor.putString(b, 13, o.symbol(), 1);
        LONG.set(b, p, o.price());
        INT.set(b, p + 8, o.qty());
        b[p + 12] = (byte) (o.buy() ? 1 : 0);
        p += 13;
      } else if (m instanceof Cancel c) {
        b[4] = 2;
        LONG.set(b, 5, c.orderId());
        p = Floor.putString(b, 13, c.reason(), 1);
      } else {
        Fill f = (Fill) m;
        b[4] = 3;
        LONG.set(b, 5, f.orderId());
        LONG.set(b, 13, f.price());
        INT.set(b, 21, f.qty());
        p = 25;
      }
      INT.set(b, 0, p - 4);
      return length = p;
    }

    @Override
    public byte[] encodeArray(Order m) {
      return Arrays.copyOf(buf, encode(m));
    }

    private static Order read(byte[] b, int off, int len) {
      Floor.checkFrame(b, off, len);
      int end = off + len;
      if (len < 13) {
        throw new IllegalArgumentException("frame too short");
      }
      long id = (long) LONG.get(b, off + 5);
      int p = off + 13;
      Order m;
      switch (b[off + 4]) {
        case 1 -> {
          int n = Floor.length(b, p, 1, end);
          String symbol = Floor.string(b, p + 1, n);
          p += 1 + n;
          long price = (long) LONG.get(b, p);
          int qty = (int) INT.get(b, p + 8);
          int buy = b[p + 12];
          if ((buy & ~1) != 0) {
            throw new IllegalArgumentException("bad boolean");
          }
          m = new NewOrder(id, symbol, price, qty, buy != 0);
          p += 13;
        }
        case 2 -> {
          int n = Floor.length(b, p, 1, end);
          m = new Cancel(id, Floor.string(b, p + 1, n));
          p += 1 + n;
        }
        case 3 -> {
          m = new Fill(id, (long) LONG.get(b, p), (int) INT.get(b, p + 8));
          p += 12;
        }
        default -> throw new IllegalArgumentException("unknown tag " + b[off + 4]);
      }
      Floor.checkEnd(p, end);
      return m;
    }

    @Override
    public Order decode(byte[] frame) {
      return read(frame, 0, frame.length);
    }

    @Override
    public Order decodeLast() {
      return read(buf, 0, length);
    }
  }

  /** protobuf-java: a {@code oneof} of the three messages, converted from and to the records. */
  static final class Protobuf extends Peer<Order> {
    private final byte[] buf = new byte[64 * 1024];
    private int length;

    private static POrder toProto(Order m) {
      POrder.Builder b = POrder.newBuilder();
      if (m instanceof NewOrder o) {
        b.setNewOrder(PNewOrder.newBuilder().setOrderId(o.orderId()).setSymbol(o.symbol()).setPrice(o.price())
            .setQty(o.qty()).setBuy(o.buy()));
      } else if (m instanceof Cancel c) {
        b.setCancel(PCancel.newBuilder().setOrderId(c.orderId()).setReason(c.reason()));
      } else {
        Fill f = (Fill) m;
        b.setFill(PFill.newBuilder().setOrderId(f.orderId()).setPrice(f.price()).setQty(f.qty()));
      }
      return b.build();
    }

    private static Order fromProto(POrder p) {
      return switch (p.getKindCase()) {
        case NEW_ORDER -> {
          PNewOrder o = p.getNewOrder();
          yield new NewOrder(o.getOrderId(), o.getSymbol(), o.getPrice(), o.getQty(), o.getBuy());
        }
        case CANCEL -> new Cancel(p.getCancel().getOrderId(), p.getCancel().getReason());
        case FILL -> new Fill(p.getFill().getOrderId(), p.getFill().getPrice(), p.getFill().getQty());
        case KIND_NOT_SET -> throw new IllegalArgumentException("no message in the oneof");
      };
    }

    @Override
    public int encode(Order m) {
      CodedOutputStream out = CodedOutputStream.newInstance(buf);
      try {
        toProto(m).writeTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return length = out.getTotalBytesWritten();
    }

    @Override
    public byte[] encodeArray(Order m) {
      return toProto(m).toByteArray();
    }

    @Override
    public Order decode(byte[] frame) throws InvalidProtocolBufferException {
      return fromProto(POrder.parseFrom(frame));
    }

    @Override
    public Order decodeLast() throws InvalidProtocolBufferException {
      return fromProto(POrder.parser().parseFrom(buf, 0, length));
    }
  }
}
