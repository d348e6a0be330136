package dev.wiremessage.runtime;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.spi.AbstractWireCodec;
import dev.wiremessage.runtime.spi.CodecSettings;
import dev.wiremessage.runtime.spi.PayloadReader;
import dev.wiremessage.runtime.spi.PayloadWriter;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Optional;

/** Codecs written by hand in exactly the shape the processor generates (see notes/common.md). */
public final class TestCodecs {
  private TestCodecs() {}

  static final int MiB16 = dev.wiremessage.LengthPrefixed.DEFAULT_MAX_FRAME_BYTES;

  // ---- Quote: the README's record; U32 frame ----------------------------------------------
  public record Quote(String symbol, long price, int qty, String venue) {}

  public static final class QuoteCodec extends AbstractWireCodec<Quote> {
    public static final QuoteCodec INSTANCE = new QuoteCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, MiB16)));

    private QuoteCodec(CodecSettings settings) {
      super(Quote.class, settings);
    }

    @Override
    protected QuoteCodec with(CodecSettings settings) {
      return new QuoteCodec(settings);
    }

    @Override
    public void encodePayload(Quote message, PayloadWriter out) {
      out.writeUtf8(PayloadWriter.requireNonNull(message.symbol(), "Quote.symbol"), Length.U8, Endian.BIG, "Quote.symbol");
      out.writeSigned(message.price(), 8, Endian.BIG, "Quote.price");
      out.writeSigned(message.qty(), 4, Endian.BIG, "Quote.qty");
      out.writeUtf8(PayloadWriter.requireNonNull(message.venue(), "Quote.venue"), Length.U32, Endian.BIG, "Quote.venue");
    }

    @Override
    public Quote decodePayload(PayloadReader in) throws WireFormatException {
      String symbol = in.readUtf8(Length.U8, Endian.BIG, "Quote.symbol");
      long price = in.readSigned(8, Endian.BIG, "Quote.price");
      int qty = (int) in.readSigned(4, Endian.BIG, "Quote.qty");
      String venue = in.readUtf8(Length.U32, Endian.BIG, "Quote.venue");
      return new Quote(symbol, price, qty, venue);
    }
  }

  // ---- Text: one U32 string; framing chosen per test ----------------------------------------
  public record Text(String s) {}

  public static final class TextCodec extends AbstractWireCodec<Text> {
    public static final TextCodec INSTANCE = new TextCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, MiB16)));

    public TextCodec(CodecSettings settings) {
      super(Text.class, settings);
    }

    @Override
    protected TextCodec with(CodecSettings settings) {
      return new TextCodec(settings);
    }

    @Override
    public void encodePayload(Text message, PayloadWriter out) {
      out.writeUtf8(PayloadWriter.requireNonNull(message.s(), "Text.s"), Length.U32, Endian.BIG, "Text.s");
    }

    @Override
    public Text decodePayload(PayloadReader in) throws WireFormatException {
      return new Text(in.readUtf8(Length.U32, Endian.BIG, "Text.s"));
    }
  }

  // ---- Line: a REST string; any framing (delimited in the vectors) ------------------------
  public record Line(String text) {}

  public static final class LineCodec extends AbstractWireCodec<Line> {
    public LineCodec(Framing framing) {
      this(CodecSettings.of(framing));
    }

    private LineCodec(CodecSettings settings) {
      super(Line.class, settings);
    }

    @Override
    protected LineCodec with(CodecSettings settings) {
      return new LineCodec(settings);
    }

    @Override
    public void encodePayload(Line message, PayloadWriter out) {
      out.writeUtf8(PayloadWriter.requireNonNull(message.text(), "Line.text"), Length.REST, Endian.BIG, "Line.text");
    }

    @Override
    public Line decodePayload(PayloadReader in) throws WireFormatException {
      return new Line(in.readUtf8(Length.REST, Endian.BIG, "Line.text"));
    }
  }

  // ---- Blob: REST bytes, for framing tests with arbitrary payloads ---------------------------
  public record Blob(byte[] data) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Blob b && java.util.Arrays.equals(b.data, data);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(data);
    }

    @Override
    public String toString() {
      return "Blob[" + Hex.of(data) + "]";
    }
  }

  public static final class BlobCodec extends AbstractWireCodec<Blob> {
    public BlobCodec(Framing framing) {
      this(CodecSettings.of(framing));
    }

    private BlobCodec(CodecSettings settings) {
      super(Blob.class, settings);
    }

    @Override
    protected BlobCodec with(CodecSettings settings) {
      return new BlobCodec(settings);
    }

    @Override
    public void encodePayload(Blob message, PayloadWriter out) {
      out.writeBytes(PayloadWriter.requireNonNull(message.data(), "Blob.data"), Length.REST, Endian.BIG, "Blob.data");
    }

    @Override
    public Blob decodePayload(PayloadReader in) throws WireFormatException {
      return new Blob(in.readBytes(Length.REST, Endian.BIG, "Blob.data"));
    }
  }

  // ---- Flag, Tiny: one-component records for error vectors ---------------------------------
  public record Flag(boolean f) {}

  public static final class FlagCodec extends AbstractWireCodec<Flag> {
    public static final FlagCodec INSTANCE = new FlagCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, MiB16)));

    private FlagCodec(CodecSettings settings) {
      super(Flag.class, settings);
    }

    @Override
    protected FlagCodec with(CodecSettings settings) {
      return new FlagCodec(settings);
    }

    @Override
    public void encodePayload(Flag message, PayloadWriter out) {
      out.writeBoolean(message.f());
    }

    @Override
    public Flag decodePayload(PayloadReader in) throws WireFormatException {
      return new Flag(in.readBoolean("Flag.f"));
    }
  }

  public record Tiny(int x) {}

  public static final class TinyCodec extends AbstractWireCodec<Tiny> {
    public static final TinyCodec INSTANCE = new TinyCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, MiB16)));

    private TinyCodec(CodecSettings settings) {
      super(Tiny.class, settings);
    }

    @Override
    protected TinyCodec with(CodecSettings settings) {
      return new TinyCodec(settings);
    }

    @Override
    public void encodePayload(Tiny message, PayloadWriter out) {
      out.writeSigned(message.x(), 1, Endian.BIG, "Tiny.x");
    }

    @Override
    public Tiny decodePayload(PayloadReader in) throws WireFormatException {
      return new Tiny((int) in.readSigned(1, Endian.BIG, "Tiny.x"));
    }
  }

  // ---- Opt: Optional and @Nullable ----------------------------------------------------------
  public record Opt(Optional<String> a, String b, Optional<String> c) {}

  public static final class OptCodec extends AbstractWireCodec<Opt> {
    public static final OptCodec INSTANCE = new OptCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, MiB16)));

    private OptCodec(CodecSettings settings) {
      super(Opt.class, settings);
    }

    @Override
    protected OptCodec with(CodecSettings settings) {
      return new OptCodec(settings);
    }

    @Override
    public void encodePayload(Opt message, PayloadWriter out) {
      Optional<String> a = PayloadWriter.requireNonNull(message.a(), "Opt.a");
      out.writePresence(a.isPresent());
      if (a.isPresent()) {
        out.writeUtf8(a.get(), Length.U32, Endian.BIG, "Opt.a");
      }
      out.writePresence(message.b() != null);
      if (message.b() != null) {
        out.writeUtf8(message.b(), Length.U32, Endian.BIG, "Opt.b");
      }
      Optional<String> c = PayloadWriter.requireNonNull(message.c(), "Opt.c");
      out.writePresence(c.isPresent());
      if (c.isPresent()) {
        out.writeUtf8(c.get(), Length.U32, Endian.BIG, "Opt.c");
      }
    }

    @Override
    public Opt decodePayload(PayloadReader in) throws WireFormatException {
      Optional<String> a = in.readPresence("Opt.a") ? Optional.of(in.readUtf8(Length.U32, Endian.BIG, "Opt.a")) : Optional.empty();
      String b = in.readPresence("Opt.b") ? in.readUtf8(Length.U32, Endian.BIG, "Opt.b") : null;
      Optional<String> c = in.readPresence("Opt.c") ? Optional.of(in.readUtf8(Length.U32, Endian.BIG, "Opt.c")) : Optional.empty();
      return new Opt(a, b, c);
    }
  }

  // ---- Chat: a protocol with U16 frames -------------------------------------------------------
  public sealed interface Chat permits Join, Say, Leave {}

  public record Join(String name) implements Chat {}

  public record Say(String text) implements Chat {}

  public record Leave() implements Chat {}

  public static final class ChatCodec extends AbstractWireCodec<Chat> {
    public static final ChatCodec INSTANCE = new ChatCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U16, Endian.BIG, MiB16)));

    private ChatCodec(CodecSettings settings) {
      super(Chat.class, settings);
    }

    @Override
    protected ChatCodec with(CodecSettings settings) {
      return new ChatCodec(settings);
    }

    @Override
    public void encodePayload(Chat message, PayloadWriter out) {
      if (message instanceof Join m) {
        out.writeTag(1, Length.U8, Endian.BIG);
        out.writeUtf8(PayloadWriter.requireNonNull(m.name(), "Join.name"), Length.U32, Endian.BIG, "Join.name");
      } else if (message instanceof Say m) {
        out.writeTag(2, Length.U8, Endian.BIG);
        out.writeUtf8(PayloadWriter.requireNonNull(m.text(), "Say.text"), Length.U32, Endian.BIG, "Say.text");
      } else if (message instanceof Leave) {
        out.writeTag(3, Length.U8, Endian.BIG);
      }
    }

    @Override
    public Chat decodePayload(PayloadReader in) throws WireFormatException {
      long tag = in.readTag(Length.U8, Endian.BIG, "Chat");
      if (tag == 1) {
        return new Join(in.readUtf8(Length.U32, Endian.BIG, "Join.name"));
      } else if (tag == 2) {
        return new Say(in.readUtf8(Length.U32, Endian.BIG, "Say.text"));
      } else if (tag == 3) {
        return new Leave();
      }
      throw in.malformed("Chat", "unknown tag " + tag);
    }
  }

  // ---- Config: a JSON blob of a generic type ----------------------------------------------------
  public record Config(int version, Map<String, Object> settings) {}

  public static final class ConfigCodec extends AbstractWireCodec<Config> {
    public static final ConfigCodec INSTANCE = new ConfigCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, MiB16)));
    private static final Type SETTINGS_TYPE = JsonTypes.parameterized(Map.class, String.class, Object.class);

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
    }

    @Override
    public Config decodePayload(PayloadReader in) throws WireFormatException {
      int version = (int) in.readSigned(2, Endian.BIG, "Config.version");
      Map<String, Object> settings = in.readJson(SETTINGS_TYPE, Length.U32, Endian.BIG, "Config.settings");
      return new Config(version, settings);
    }
  }

  // ---- Data: a Format.JSON body --------------------------------------------------------------
  public record Data(String message, int value) {}

  public static final class DataCodec extends AbstractWireCodec<Data> {
    public static final DataCodec INSTANCE = new DataCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, MiB16)));

    public DataCodec(CodecSettings settings) {
      super(Data.class, settings);
    }

    @Override
    protected DataCodec with(CodecSettings settings) {
      return new DataCodec(settings);
    }

    @Override
    public void encodePayload(Data message, PayloadWriter out) {
      out.writeJson(message, Data.class, Length.REST, Endian.BIG, "Data");
    }

    @Override
    public Data decodePayload(PayloadReader in) throws WireFormatException {
      return in.readJson(Data.class, Length.REST, Endian.BIG, "Data");
    }
  }

  // ---- Node, Tree: recursive records, for the nesting-depth limit --------------------------------
  public record Node(int v, Optional<Node> next) {}

  public static final class NodeCodec extends AbstractWireCodec<Node> {
    public static final NodeCodec INSTANCE = new NodeCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, MiB16)));

    private NodeCodec(CodecSettings settings) {
      super(Node.class, settings);
    }

    @Override
    protected NodeCodec with(CodecSettings settings) {
      return new NodeCodec(settings);
    }

    @Override
    public void encodePayload(Node message, PayloadWriter out) {
      out.writeSigned(message.v(), 4, Endian.BIG, "Node.v");
      Optional<Node> next = PayloadWriter.requireNonNull(message.next(), "Node.next");
      out.writePresence(next.isPresent());
      if (next.isPresent()) {
        out.writeMessage(NodeCodec.INSTANCE, next.get(), "Node.next");
      }
    }

    @Override
    public Node decodePayload(PayloadReader in) throws WireFormatException {
      int v = (int) in.readSigned(4, Endian.BIG, "Node.v");
      Optional<Node> next = in.readPresence("Node.next") ? Optional.of(in.readMessage(NodeCodec.INSTANCE, "Node.next")) : Optional.empty();
      return new Node(v, next);
    }
  }

  public record Tree(java.util.List<Tree> children) {}

  public static final class TreeCodec extends AbstractWireCodec<Tree> {
    public static final TreeCodec INSTANCE = new TreeCodec(CodecSettings.of(Framing.lengthPrefixed(Length.U32, Endian.BIG, MiB16)));

    private TreeCodec(CodecSettings settings) {
      super(Tree.class, settings);
    }

    @Override
    protected TreeCodec with(CodecSettings settings) {
      return new TreeCodec(settings);
    }

    @Override
    public void encodePayload(Tree message, PayloadWriter out) {
      java.util.List<Tree> children = PayloadWriter.requireNonNull(message.children(), "Tree.children");
      out.writeCount(children.size(), Length.U8, Endian.BIG, "Tree.children");
      for (Tree child : children) {
        out.writeMessage(TreeCodec.INSTANCE, PayloadWriter.requireNonNull(child, "Tree.children"), "Tree.children");
      }
    }

    @Override
    public Tree decodePayload(PayloadReader in) throws WireFormatException {
      int n = in.readCount(Length.U8, Endian.BIG, 1, "Tree.children");
      java.util.List<Tree> children = new java.util.ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        children.add(in.readMessage(TreeCodec.INSTANCE, "Tree.children"));
      }
      return new Tree(java.util.Collections.unmodifiableList(children));
    }
  }
}
