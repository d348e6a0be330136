package dev.wiremessage.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.kafka.Messages.Account;
import dev.wiremessage.kafka.Messages.Market;
import dev.wiremessage.kafka.Messages.Quote;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireEncodeException;
import dev.wiremessage.runtime.WireFormatException;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** The serializer, deserializer and serde without a broker: bytes, tombstones, errors, configs. */
class WireSerdeTest {
  private static final Quote AAPL = new Quote("AAPL", 18942, 300, "XNAS");
  /** The Quote record's payload: the README's frame without its 4-byte header 00000019. */
  private static final String AAPL_PAYLOAD = "04" + "4141504c" + "00000000000049fe" + "0000012c" + "00000004" + "584e4153";

  private final WireSerde<Quote> quotes = WireSerde.of(Messages_QuoteCodec.INSTANCE);

  @Test
  void recordValueIsThePayloadWithoutAFrameHeader() {
    byte[] value = quotes.serializer().serialize("quotes", AAPL);
    assertEquals(AAPL_PAYLOAD, HexFormat.of().formatHex(value));
    assertEquals(value.length + 4, Messages_QuoteCodec.INSTANCE.toFrame(AAPL).length);
    assertEquals(AAPL, quotes.deserializer().deserialize("quotes", value));
  }

  @Test
  void protocolValueIsTheTagThenTheMembersPayload() {
    WireSerde<Market> market = WireSerde.of(Messages_MarketCodec.INSTANCE);
    byte[] value = market.serializer().serialize("market", AAPL);
    assertEquals("01" + AAPL_PAYLOAD, HexFormat.of().formatHex(value));
    for (long n = 0; n < 300; n++) {
      Market m = Messages.market(n);
      assertEquals(m, market.deserializer().deserialize("market", market.serializer().serialize("market", m)));
    }
  }

  @Test
  void keysAreSerializedTheSameWay() {
    WireSerde<Account> accounts = WireSerde.of(Messages_AccountCodec.INSTANCE);
    byte[] key = accounts.serializer().serialize("market", new Account(258));
    assertEquals("0000000000000102", HexFormat.of().formatHex(key));
    assertEquals(new Account(258), accounts.deserializer().deserialize("market", key));
  }

  @Test
  void tombstonesStayNullBothWays() {
    assertNull(quotes.serializer().serialize("quotes", null));
    assertNull(quotes.deserializer().deserialize("quotes", (byte[]) null));
    assertNull(quotes.deserializer().deserialize("quotes", new RecordHeaders(), (ByteBuffer) null));
  }

  @Test
  void byteBufferIsDecodedWhereItLiesAndItsPositionKept() {
    byte[] value = quotes.serializer().serialize("quotes", AAPL);
    byte[] batch = new byte[value.length + 10];
    System.arraycopy(value, 0, batch, 7, value.length);
    ByteBuffer slice = ByteBuffer.wrap(batch, 7, value.length);
    assertEquals(AAPL, quotes.deserializer().deserialize("quotes", new RecordHeaders(), slice));
    assertEquals(7, slice.position());                 // the consumer reads remaining() afterwards
    assertEquals(value.length, slice.remaining());
    ByteBuffer direct = ByteBuffer.allocateDirect(value.length).put(value).flip();
    assertEquals(AAPL, quotes.deserializer().deserialize("quotes", new RecordHeaders(), direct));
    assertEquals(0, direct.position());
  }

  @Test
  void badBytesAreKafkasSerializationExceptionCausedByTheWireFormatException() {
    byte[] value = quotes.serializer().serialize("quotes", AAPL);
    byte[] cut = java.util.Arrays.copyOf(value, value.length - 2);
    SerializationException e = assertThrows(SerializationException.class, () -> quotes.deserializer().deserialize("quotes", cut));
    WireFormatException cause = assertInstanceOf(WireFormatException.class, e.getCause());
    assertEquals(ErrorCategory.MALFORMED, cause.category());
    assertEquals("Quote", cause.messageType());
    assertEquals("topic quotes: " + cause.getMessage(), e.getMessage());
    assertSame(cause, WireDeserializer.formatError(new RuntimeException("wrapped", e)));

    byte[] longer = java.util.Arrays.copyOf(value, value.length + 1);
    SerializationException extra = assertThrows(SerializationException.class,
        () -> quotes.deserializer().deserialize("quotes", new RecordHeaders(), ByteBuffer.wrap(longer)));
    assertEquals(ErrorCategory.MALFORMED, WireDeserializer.formatError(extra).category());

    WireSerde<Market> market = WireSerde.of(Messages_MarketCodec.INSTANCE);
    SerializationException tag = assertThrows(SerializationException.class,
        () -> market.deserializer().deserialize("market", new byte[] {9, 1, 2}));
    assertTrue(tag.getCause().getMessage().contains("9"), tag.getCause().getMessage());
    assertNull(WireDeserializer.formatError(new IllegalStateException("other")));
  }

  @Test
  void hostileLengthFailsWithoutAllocatingWhatItAsks() {
    // symbol "A", then a venue whose U32 length claims 2 GiB: only the bytes present are read
    byte[] hostile = HexFormat.of().parseHex("0141" + "0000000000000001" + "00000001" + "7fffffff" + "5858");
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 1000; i++) { // warm up the error path
      assertThrows(SerializationException.class, () -> quotes.deserializer().deserialize("quotes", hostile));
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    SerializationException e = assertThrows(SerializationException.class, () -> quotes.deserializer().deserialize("quotes", hostile));
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertTrue(allocated < 64 * 1024, allocated + " bytes allocated");
    assertEquals("venue", WireDeserializer.formatError(e).component().replace("Quote.", ""));
  }

  @Test
  void unencodableMessageIsASerializationExceptionCausedByTheWireEncodeException() {
    SerializationException e = assertThrows(SerializationException.class,
        () -> quotes.serializer().serialize("quotes", new Quote(null, 1, 1, "X")));
    assertInstanceOf(WireEncodeException.class, e.getCause());
    assertTrue(e.getMessage().startsWith("topic quotes: "), e.getMessage());
    assertTrue(e.getMessage().contains("Quote.symbol"), e.getMessage());
  }

  // ---- the no-argument classes, configured by a property naming the codec ------------------

  @Test
  void noArgumentClassesReadTheCodecFromTheConfigOfKeyOrValue() {
    Map<String, Object> configs = Map.of(
        WireSerde.VALUE_CODEC_CONFIG, "dev.wiremessage.kafka.Messages_QuoteCodec",
        WireSerde.KEY_CODEC_CONFIG, Messages_AccountCodec.class);
    WireSerializer<Object> values = new WireSerializer<>();
    values.configure(configs, false);
    assertSame(Messages_QuoteCodec.INSTANCE, values.codec());
    assertEquals(AAPL_PAYLOAD, HexFormat.of().formatHex(values.serialize("quotes", AAPL)));

    WireDeserializer<Object> keys = new WireDeserializer<>();
    keys.configure(configs, true);
    assertSame(Messages_AccountCodec.INSTANCE, keys.codec());
    assertEquals(new Account(1), keys.deserialize("quotes", HexFormat.of().parseHex("0000000000000001")));

    WireSerde<Object> serde = new WireSerde<>();
    serde.configure(configs, false);
    assertEquals(AAPL, serde.deserializer().deserialize("quotes", serde.serializer().serialize("quotes", AAPL)));
  }

  @Test
  void aCodecGivenToTheConstructorWinsOverTheConfig() {
    WireSerializer<Quote> s = new WireSerializer<>(Messages_QuoteCodec.INSTANCE);
    s.configure(Map.of(WireSerde.VALUE_CODEC_CONFIG, "dev.wiremessage.kafka.Messages_AccountCodec"), false);
    assertSame(Messages_QuoteCodec.INSTANCE, s.codec());
  }

  @Test
  void badConfigsAreConfigExceptionsThatSayWhatToWrite() {
    ConfigException missing = assertThrows(ConfigException.class, () -> new WireDeserializer<>().configure(Map.of(), false));
    assertEquals("wiremessage.value.codec: missing (expected: the class name of a generated codec, such as com.example.QuoteCodec)",
        missing.getMessage());
    ConfigException missingKey = assertThrows(ConfigException.class,
        () -> new WireSerializer<>().configure(Map.of(WireSerde.VALUE_CODEC_CONFIG, "x"), true));
    assertTrue(missingKey.getMessage().startsWith("wiremessage.key.codec: missing"), missingKey.getMessage());
    ConfigException unknown = assertThrows(ConfigException.class,
        () -> new WireSerializer<>().configure(Map.of(WireSerde.VALUE_CODEC_CONFIG, "com.example.NoSuchCodec"), false));
    assertTrue(unknown.getMessage().contains("com.example.NoSuchCodec") && unknown.getMessage().contains("no such class"),
        unknown.getMessage());
    ConfigException notCodec = assertThrows(ConfigException.class,
        () -> new WireSerde<>().configure(Map.of(WireSerde.VALUE_CODEC_CONFIG, "dev.wiremessage.kafka.Messages$Quote"), false));
    assertTrue(notCodec.getMessage().contains("not a generated codec"), notCodec.getMessage());
    ConfigException wrongType = assertThrows(ConfigException.class,
        () -> new WireSerde<>().configure(Map.of(WireSerde.VALUE_CODEC_CONFIG, 42), false));
    assertTrue(wrongType.getMessage().contains("a class name or a Class"), wrongType.getMessage());
  }

  @Test
  void anUnconfiguredNoArgumentSerializerSaysSo() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new WireSerializer<Quote>().serialize("quotes", AAPL));
    assertTrue(e.getMessage().contains("wiremessage.value.codec"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> new WireDeserializer<Quote>().deserialize("quotes", new byte[1]));
    assertNull(new WireSerializer<Quote>().serialize("quotes", null));
  }

  @Test
  void codecIsRequired() {
    assertThrows(NullPointerException.class, () -> WireSerde.of(null));
    assertThrows(NullPointerException.class, () -> new WireSerializer<Quote>(null));
    assertThrows(NullPointerException.class, () -> new WireDeserializer<Quote>(null));
    assertArrayEquals(new byte[0], WireSerde.of(Messages_HeartbeatCodec.INSTANCE).serializer().serialize("t", new Messages.Heartbeat()));
  }
}
