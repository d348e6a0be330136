package dev.wiremessage.benchmarks.codec;

import static dev.wiremessage.benchmarks.codec.Floor.INT;
import static dev.wiremessage.benchmarks.codec.Floor.LONG;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.wiremessage.benchmarks.model.Quote;
import dev.wiremessage.benchmarks.model.QuoteCodec;
import dev.wiremessage.benchmarks.proto.PQuote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The peers of the Quote benchmarks, by the name their benchmark methods start with. */
public final class QuotePeers {
  private QuotePeers() {}

  public static Peer<Quote> create(String name) {
    return switch (name) {
      case "handwritten" -> new HandWritten();
      case "handwrittenByteBuffer" -> new HandWrittenByteBuffer();
      case "wiremessage" -> new WirePeer<>(QuoteCodec.INSTANCE);
      case "wiremessageByteBuffer" -> new WireBufferPeer<>(QuoteCodec.INSTANCE);
      case "wiremessageDecoder" -> WirePeer.throughDecoder(QuoteCodec.INSTANCE);
      case "protobuf" -> new Protobuf();
      case "kryo" -> new KryoPeer<>(Quote.class, Quote.class);
      case "fory" -> new ForyPeer<>(false, Quote.class, Quote.class);
      case "foryCompatible" -> new ForyPeer<>(true, Quote.class, Quote.class);
      case "jackson" -> new JacksonPeer<>(Quote.class);
      default -> throw new IllegalArgumentException("no Quote peer " + name);
    };
  }

  public static final String[] NAMES = {
    "handwritten", "handwrittenByteBuffer", "wiremessage", "wiremessageByteBuffer", "wiremessageDecoder", "protobuf", "kryo",
    "fory", "foryCompatible", "jackson"
  };

  /** The floor: wiremessage's exact frame, written with VarHandles into a reused array. */
  static final class HandWritten extends Peer<Quote> {
    private final byte[] buf = new byte[64 * 1024];
    private int length;

    static int write(byte[] b, Quote m) {
      int p = Floor.putString(b, 4, m.symbol(), 1);
      LONG.set(b, p, m.price());
      INT.set(b, p + 8, m.qty());
      p = Floor.putString(b, p + 12, m.venue(), 4);
      INT.set(b, 0, p - 4);
      return p;
    }

    static Quote read(byte[] b, int off, int len) {
      Floor.checkFrame(b, off, len);
      int end = off + len;
      int p = off + 4;
      int n = Floor.length(b, p, 1, end);
      String symbol = Floor.string(b, p + 1, n);
      p += 1 + n;
      long price = (long) LONG.get(b, p);
      int qty = (int) INT.get(b, p + 8);
      p += 12;
      n = Floor.length(b, p, 4, end);
      String venue = Floor.string(b, p + 4, n);
      p += 4 + n;
      Floor.checkEnd(p, end);
      return new Quote(symbol, price, qty, venue);
    }

    @Override
    public int encode(Quote m) {
      return length = write(buf, m);
    }

    @Override
    public byte[] encodeArray(Quote m) {
      return Arrays.copyOf(buf, encode(m));
    }

    @Override
    public Quote decode(byte[] frame) {
      return read(frame, 0, frame.length);
    }

    @Override
    public Quote decodeLast() {
      return read(buf, 0, length);
    }
  }

  /** The floor again, through a heap {@link ByteBuffer}'s big-endian puts and gets. */
  static final class HandWrittenByteBuffer extends Peer<Quote> {
    private final ByteBuffer buf = ByteBuffer.allocate(64 * 1024);

    private static void putString(ByteBuffer b, String s, boolean u8) {
      int n = s.length();
      int at = b.position();
      b.position(at + (u8 ? 1 : 4));
      int i = 0;
      for (; i < n; i++) {
        char c = s.charAt(i);
        if (c >= 0x80) {
          break;
        }
        b.put((byte) c);
      }
      if (i < n) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        n = utf8.length;
        b.position(at + (u8 ? 1 : 4)).put(utf8);
      }
      if (u8) {
        b.put(at, (byte) n);
      } else {
        b.putInt(at, n);
      }
    }

    private static String getString(ByteBuffer b, int n) {
      if (n < 0 || n > b.remaining()) {
        throw new IllegalArgumentException("length " + n + " passes the end");
      }
      String s = new String(b.array(), b.arrayOffset() + b.position(), n, StandardCharsets.UTF_8);
      b.position(b.position() + n);
      return s;
    }

    @Override
    public int encode(Quote m) {
      ByteBuffer b = buf.clear().position(4);
      putString(b, m.symbol(), true);
      b.putLong(m.price()).putInt(m.qty());
      putString(b, m.venue(), false);
      b.putInt(0, b.position() - 4);
      return b.position();
    }

    @Override
    public byte[] encodeArray(Quote m) {
      return Arrays.copyOf(buf.array(), encode(m));
    }

    private static Quote read(ByteBuffer b) {
      if (b.getInt() != b.remaining()) {
        throw new IllegalArgumentException("bad frame header");
      }
      String symbol = getString(b, b.get() & 0xFF);
      long price = b.getLong();
      int qty = b.getInt();
      String venue = getString(b, b.getInt());
      if (b.hasRemaining()) {
        throw new IllegalArgumentException(b.remaining() + " bytes left after the message");
      }
      return new Quote(symbol, price, qty, venue);
    }

    @Override
    public Quote decode(byte[] frame) {
      return read(ByteBuffer.wrap(frame));
    }

    @Override
    public Quote decodeLast() {
      return read(buf.flip());
    }
  }

  /** protobuf-java: the record converted to and from its generated message (what a user of both does). */
  static final class Protobuf extends Peer<Quote> {
    private final byte[] buf = new byte[64 * 1024];
    private int length;

    private static PQuote toProto(Quote m) {
      return PQuote.newBuilder().setSymbol(m.symbol()).setPrice(m.price()).setQty(m.qty()).setVenue(m.venue()).build();
    }

    private static Quote fromProto(PQuote p) {
      return new Quote(p.getSymbol(), p.getPrice(), p.getQty(), p.getVenue());
    }

    @Override
    public int encode(Quote m) {
      PQuote p = toProto(m);
      CodedOutputStream out = CodedOutputStream.newInstance(buf);
      try {
        p.writeTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return length = out.getTotalBytesWritten();
    }

    @Override
    public byte[] encodeArray(Quote m) {
      return toProto(m).toByteArray();
    }

    @Override
    public Quote decode(byte[] frame) throws InvalidProtocolBufferException {
      return fromProto(PQuote.parseFrom(frame));
    }

    @Override
    public Quote decodeLast() throws InvalidProtocolBufferException {
      return fromProto(PQuote.parser().parseFrom(buf, 0, length));
    }
  }
}
