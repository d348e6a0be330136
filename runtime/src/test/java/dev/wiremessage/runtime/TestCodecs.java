package dev.wiremessage.runtime;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.spi.AbstractWireCodec;
import dev.wiremessage.runtime.spi.PayloadReader;
import dev.wiremessage.runtime.spi.PayloadWriter;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Optional;

/** Codecs written by hand in exactly the shape the processor generates (see notes/common.md). */
public final class TestCodecs {
  private TestCodecs() {}

  static final int MiB16 = 16 << 20;

  // ---- Quote: the README's record; U32 frame ----------------------------------------------
  public record Quote(String symbol, long price, int qty, String venue) {}

  public static final class QuoteCodec extends AbstractWireCodec<Quote> {
    public static final QuoteCodec INSTANCE = new QuoteCodec(Framing.lengthPrefixed(Length.U32, Endian.BIG, MiB16), null);

    private QuoteCodec(Framing framing, JsonMapper json) {
      super(Quote.class, framing, json);
    }

    @Override
    protected QuoteCodec with(Framing framing, JsonMapper json) {
      return new QuoteCodec(framing, json);
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
    public static final TextCodec INSTANCE = new TextCodec(Framing.lengthPrefixed(Length.U32, Endian.BIG, MiB16), null);

    public TextCodec(Framing framing, JsonMapper json) {
      super(Text.class, framing, json);
    }

    @Override
    protected TextCodec with(Framing framing, JsonMapper json) {
      return new TextCodec(framing, json);
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
      this(framing, null);
    }

    private LineCodec(Framing framing, JsonMapper json) {
      super(Line.class, framing, json);
    }

    @Override
    protected LineCodec with(Framing framing, JsonMapper json) {
      return new LineCodec(framing, json);
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
      this(framing, null);
    }

    private BlobCodec(Framing framing, JsonMapper json) {
      super(Blob.class, framing, json);
    }

    @Override
    protected BlobCodec with(Framing framing, JsonMapper json) {
      return new BlobCodec(framing, json);
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
    public static final FlagCodec INSTANCE = new FlagCodec(Framing.lengthPrefixed(Length.U32, Endian.BIG, MiB16), null);

    private FlagCodec(Framing framing, JsonMapper json) {
      super(Flag.class, framing, json);
    }

    @Override
    protected FlagCodec with(Framing framing, JsonMapper json) {
      return new FlagCodec(framing, json);
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
    public static final TinyCodec INSTANCE = new TinyCodec(Framing.lengthPrefixed(Length.U32, Endian.BIG, MiB16), null);

    private TinyCodec(Framing framing, JsonMapper json) {
      super(Tiny.class, framing, json);
    }

    @Override
    protected TinyCodec with(Framing framing, JsonMapper json) {
      return new TinyCodec(framing, json);
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
    public static final OptCodec INSTANCE = new OptCodec(Framing.lengthPrefixed(Length.U32, Endian.BIG, MiB16), null);

    private OptCodec(Framing framing, JsonMapper json) {
      super(Opt.class, framing, json);
    }

    @Override
    protected OptCodec with(Framing framing, JsonMapper json) {
      return new OptCodec(framing, json);
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
    public static final ChatCodec INSTANCE = new ChatCodec(Framing.lengthPrefixed(Length.U16, Endian.BIG, MiB16), null);

    private ChatCodec(Framing framing, JsonMapper json) {
      super(Chat.class, framing, json);
    }

    @Override
    protected ChatCodec with(Framing framing, JsonMapper json) {
      return new ChatCodec(framing, json);
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
    public static final ConfigCodec INSTANCE = new ConfigCodec(Framing.lengthPrefixed(Length.U32, Endian.BIG, MiB16), null);
    private static final Type SETTINGS_TYPE = JsonTypes.parameterized(Map.class, String.class, Object.class);

    private ConfigCodec(Framing framing, JsonMapper json) {
      super(Config.class, framing, json);
    }

    @Override
    protected ConfigCodec with(Framing framing, JsonMapper json) {
      return new ConfigCodec(framing, json);
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
    public static final DataCodec INSTANCE = new DataCodec(Framing.lengthPrefixed(Length.U32, Endian.BIG, MiB16), null);

    public DataCodec(Framing framing, JsonMapper json) {
      super(Data.class, framing, json);
    }

    @Override
    protected DataCodec with(Framing framing, JsonMapper json) {
      return new DataCodec(framing, json);
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
}
