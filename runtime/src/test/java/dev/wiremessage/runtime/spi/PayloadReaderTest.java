package dev.wiremessage.runtime.spi;

import static dev.wiremessage.runtime.Hex.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireFormatException;
import org.junit.jupiter.api.Test;

class PayloadReaderTest {
  /** A codec's settings with no mapper (the default) and the default depth limit. */
  static final CodecSettings SETTINGS =
      CodecSettings.of(dev.wiremessage.runtime.Framing.lengthPrefixed(Length.U32, Endian.BIG, 1 << 20));

  static PayloadReader reader(String hex) {
    byte[] b = bytes(hex);
    return new PayloadReader(SETTINGS, b, 0, b.length);
  }

  interface Read {
    Object run(PayloadReader r) throws WireFormatException;
  }

  static WireFormatException malformed(String hex, Read read) {
    WireFormatException e = assertThrows(WireFormatException.class, () -> read.run(reader(hex)));
    assertEquals(ErrorCategory.MALFORMED, e.category());
    return e;
  }

  /** The per-message reader takes the codec's settings: their mapper (looked up only when JSON is read) and depth limit. */
  @Test
  void aReaderFromSettingsUsesTheirMapperAndDepth() throws Exception {
    dev.wiremessage.runtime.JsonMapper mapper = new dev.wiremessage.runtime.JsonMapper() {
      @Override
      public byte[] write(Object value, java.lang.reflect.Type type) {
        return new byte[] {'1'};
      }

      @Override
      public Object read(byte[] json, int offset, int length, java.lang.reflect.Type type) {
        return "mapped " + new String(json, offset, length, java.nio.charset.StandardCharsets.UTF_8);
      }
    };
    CodecSettings settings = CodecSettings.of(dev.wiremessage.runtime.Framing.lengthPrefixed(Length.U32, Endian.BIG, 100))
        .withJson(mapper).withMaxDepth(1);
    byte[] b = bytes("00 02 3432");
    PayloadReader r = new PayloadReader(settings, b, 1, 3);
    assertEquals(mapper, r.json());
    assertEquals("mapped 42", r.readJson(String.class, Length.U8, Endian.BIG, "J.j"));
    r.expectEnd("J");
    WireFormatException deep = assertThrows(WireFormatException.class,
        () -> new PayloadReader(settings, b, 0, 4).readMessage(dev.wiremessage.runtime.TestCodecs.FlagCodec.INSTANCE, "J.n"));
    assertTrue(deep.getMessage().contains("nested deeper than 1"), deep.getMessage());
    // no mapper in the settings: the default, as for a codec built without one
    PayloadReader plain = new PayloadReader(CodecSettings.of(settings.framing()), b, 0, 4);
    assertEquals(dev.wiremessage.runtime.internal.DefaultJson.mapper(), plain.json());
  }

  @Test
  void primitives() throws Exception {
    PayloadReader r = reader("01 00 3fc00000 c002000000000000");
    assertTrue(r.readBoolean("P.flag"));
    assertEquals(false, r.readPresence("P.o"));
    assertEquals(1.5f, r.readFloat("P.f"));
    assertEquals(-2.25, r.readDouble("P.d"));
    assertEquals(0, r.remaining());
    r.expectEnd("P");
  }

  @Test
  void badBooleanAndPresence() {
    WireFormatException e = malformed("02", r -> r.readBoolean("Flag.f"));
    assertEquals("malformed: Flag.f: boolean 0x02 (expected 0x00 or 0x01) (at byte 0)", e.getMessage());
    assertEquals("Flag", e.messageType());
    assertEquals("f", e.component());
    assertEquals(0, e.offset());
    malformed("ff", r -> r.readPresence("Opt.a"));
  }

  @Test
  void fixedWidths() throws Exception {
    // the fixed-widths vector payload
    PayloadReader r = reader("80 feff fffffe ee6b2800 ffffffffffffffff");
    assertEquals(-128, r.readSigned(1, Endian.BIG, "W.a"));
    assertEquals(-2, r.readSigned(2, Endian.LITTLE, "W.b"));
    assertEquals(-2, r.readSigned(3, Endian.BIG, "W.c"));
    assertEquals(4_000_000_000L, r.readUnsigned(4, Endian.BIG, "W.d"));
    assertEquals(-1, r.readSigned(8, Endian.LITTLE, "W.e"));
    for (int n = 1; n <= 8; n++) {
      byte[] b = bytes("0102030405060708");
      assertEquals(0x0102030405060708L >>> (64 - 8 * n), new PayloadReader(SETTINGS, b, 0, 8).readUnsigned(n, Endian.BIG, "x"));
      assertEquals(Long.reverseBytes(0x0102030405060708L) & (n == 8 ? -1L : (1L << 8 * n) - 1),
          new PayloadReader(SETTINGS, b, 0, 8).readUnsigned(n, Endian.LITTLE, "x"), "LITTLE " + n);
      byte[] ff = bytes("ffffffffffffffff");
      assertEquals(-1, new PayloadReader(SETTINGS, ff, 0, 8).readSigned(n, Endian.LITTLE, "x"));
      assertEquals(n == 8 ? -1 : (1L << 8 * n) - 1, new PayloadReader(SETTINGS, ff, 0, 8).readUnsigned(n, Endian.BIG, "x"));
    }
  }

  /** A run is read after one bounds check; short of bytes, it fails as its components read one by one would. */
  @Test
  void runsFailAsTheirComponentsWould() throws Exception {
    String run = "R.a:boolean R.b:4 R.c:boolean R.d:2";
    PayloadReader r = reader("ff" + "01" + "00000007" + "00" + "fffe");
    r.readSigned(1, Endian.BIG, "R.x");
    int at = r.take(8, run);
    assertEquals(1, at);
    assertEquals(0, r.remaining());
    assertEquals(true, r.getBoolean(at, "R.a"));
    assertEquals(7, r.getSigned(at + 1, 4, Endian.BIG));
    assertEquals(false, r.getBoolean(at + 5, "R.c"));
    assertEquals(-2, r.getSigned(at + 6, 2, Endian.BIG));
    assertEquals(0xfffe, r.getUnsigned(at + 6, 2, Endian.BIG));
    assertEquals(0xfeff, r.getUnsigned(at + 6, 2, Endian.LITTLE));
    String whole = "01" + "00000007" + "00" + "fffe";
    String[] fields = {"a", "b", "b", "b", "b", "c", "d", "d"};
    int[] starts = {0, 1, 1, 1, 1, 5, 6, 6};
    for (int n = 0; n < 8; n++) {
      WireFormatException e = malformed(whole.substring(0, 2 * n), p -> p.take(8, run));
      String f = "R." + fields[n];
      int left = n - starts[n];
      assertEquals("malformed: " + f + ": payload ends inside " + f + " (" + left + (left == 1 ? " byte" : " bytes")
          + " left) (at byte " + starts[n] + ")", e.getMessage());
    }
    // a bad boolean before the cut comes first, as in a read one by one
    assertEquals("malformed: R.c: boolean 0x02 (expected 0x00 or 0x01) (at byte 5)",
        malformed("01" + "00000007" + "02" + "ff", p -> p.take(8, run)).getMessage());
    assertEquals("malformed: R.a: boolean 0x02 (expected 0x00 or 0x01) (at byte 0)",
        malformed("02" + "00000007" + "00" + "fffe", p -> p.getBoolean(p.take(8, run), "R.a")).getMessage());
    PayloadReader f = reader("3fc00000" + "3ff8000000000000");
    int fat = f.take(12, "F.f:4 F.d:8");
    assertEquals(1.5f, f.getFloat(fat));
    assertEquals(1.5, f.getDouble(fat + 4));
  }

  @Test
  void endsInsideAField() {
    // payload-ends-early: symbol "AAPL" then 2 of 8 price bytes
    WireFormatException e = malformed("044141504c0000", r -> {
      r.readUtf8(Length.U8, Endian.BIG, "Quote.symbol");
      return r.readSigned(8, Endian.BIG, "Quote.price");
    });
    assertEquals("malformed: Quote.price: payload ends inside Quote.price (2 bytes left) (at byte 5)", e.getMessage());
    assertEquals(5, e.offset());
    malformed("", r -> r.readBoolean("X.b"));
    malformed("000000", r -> r.readFloat("X.f"));
    malformed("00000000000000", r -> r.readDouble("X.d"));
    malformed("0000", r -> r.readUtf8(Length.U24, Endian.BIG, "X.s"));
  }

  @Test
  void lengthsAllKinds() throws Exception {
    assertEquals("abc", reader("03616263").readUtf8(Length.U8, Endian.BIG, "S.s"));
    assertEquals("abc", reader("0003616263").readUtf8(Length.U16, Endian.BIG, "S.s"));
    assertEquals("abc", reader("0300616263").readUtf8(Length.U16, Endian.LITTLE, "S.s"));
    assertEquals("abc", reader("000003616263").readUtf8(Length.U24, Endian.BIG, "S.s"));
    assertEquals("abc", reader("030000616263").readUtf8(Length.U24, Endian.LITTLE, "S.s"));
    assertEquals("abc", reader("00000003616263").readUtf8(Length.U32, Endian.BIG, "S.s"));
    assertEquals("abc", reader("03000000616263").readUtf8(Length.U32, Endian.LITTLE, "S.s"));
    assertEquals("abc", reader("0000000000000003616263").readUtf8(Length.U64, Endian.BIG, "S.s"));
    assertEquals("abc", reader("0300000000000000616263").readUtf8(Length.U64, Endian.LITTLE, "S.s"));
    assertEquals("abc", reader("03616263").readUtf8(Length.VARINT, Endian.BIG, "S.s"));
    assertEquals("abc", reader("616263").readUtf8(Length.REST, Endian.BIG, "S.s"));
    assertArrayEquals(bytes("0001feff"), reader("000000040001feff").readBytes(Length.U32, Endian.BIG, "B.b"));
    assertArrayEquals(new byte[0], reader("").readBytes(Length.REST, Endian.BIG, "B.b"));
  }

  @Test
  void lengthBeyondPayloadIsMalformedBeforeAllocating() {
    WireFormatException e = malformed("7fffffff00", r -> r.readBytes(Length.U32, Endian.BIG, "B.b"));
    assertEquals("malformed: B.b: byte array of 2147483647 bytes but 1 left (at byte 0)", e.getMessage());
    malformed("ffffffff", r -> r.readUtf8(Length.U32, Endian.BIG, "S.s"));
    malformed("0000000000001000", r -> r.readUtf8(Length.U64, Endian.BIG, "S.s"));
    WireFormatException top = malformed("8000000000000000", r -> r.readBytes(Length.U64, Endian.BIG, "B.b"));
    assertTrue(top.getMessage().contains("above 2^63-1"), top.getMessage());
  }

  @Test
  void varints() throws Exception {
    assertEquals(0, reader("00").readTag(Length.VARINT, Endian.BIG, "T"));
    assertEquals(127, reader("7f").readTag(Length.VARINT, Endian.BIG, "T"));
    assertEquals(128, reader("8001").readTag(Length.VARINT, Endian.BIG, "T"));
    assertEquals(300, reader("ac02").readTag(Length.VARINT, Endian.BIG, "T"));
    assertEquals(Long.MAX_VALUE, reader("ffffffffffffffff7f").readTag(Length.VARINT, Endian.BIG, "T"));
    assertEquals(0, reader("80808080808080808000").readTag(Length.VARINT, Endian.BIG, "T")); // 10 bytes, not minimal
    WireFormatException eleven = malformed("8080808080808080808000", r -> r.readTag(Length.VARINT, Endian.BIG, "T"));
    assertTrue(eleven.getMessage().contains("longer than 10 bytes"), eleven.getMessage());
    malformed("ffffffffffffffffff01", r -> r.readTag(Length.VARINT, Endian.BIG, "T")); // 2^63..2^64-1
    malformed("ffffffffffffffffff7f", r -> r.readTag(Length.VARINT, Endian.BIG, "T")); // over 64 bits
    malformed("ac", r -> r.readTag(Length.VARINT, Endian.BIG, "T")); // ends inside
  }

  @Test
  void counts() throws Exception {
    assertEquals(2, reader("02 0050 01bb").readCount(Length.U8, Endian.BIG, 2, "P.ports"));
    assertEquals(-1, reader("0102").readCount(Length.REST, Endian.BIG, 4, "P.ports"));
    assertEquals(65_536, reader("00010000").readCount(Length.U32, Endian.BIG, 0, "P.pings"));
    WireFormatException pings = malformed("00010001", r -> r.readCount(Length.U32, Endian.BIG, 0, "P.pings"));
    assertTrue(pings.getMessage().contains("elements that take no bytes"), pings.getMessage());
    WireFormatException e = malformed("00100000 00000000", r -> r.readCount(Length.U32, Endian.BIG, 4, "L.names"));
    assertEquals("malformed: L.names: count 1048576 needs at least 4194304 bytes, 4 left (at byte 0)", e.getMessage());
    malformed("ffffffff", r -> r.readCount(Length.U32, Endian.BIG, 1, "L.x"));
    malformed("0000000100000000", r -> r.readCount(Length.U64, Endian.BIG, 0, "L.x")); // > int
  }

  @Test
  void tagsAndMalformedHelper() throws Exception {
    PayloadReader r = reader("0009");
    assertEquals(9, r.readTag(Length.U16, Endian.BIG, "Chat"));
    WireFormatException e = r.malformed("Chat", "unknown tag 9");
    assertEquals("malformed: Chat: unknown tag 9 (at byte 2)", e.getMessage());
    assertEquals("Chat", e.messageType());
    assertEquals(null, e.component());
  }

  @Test
  void leftoverBytes() throws Exception {
    PayloadReader r = reader("0100");
    r.readBoolean("Flag.f");
    WireFormatException e = assertThrows(WireFormatException.class, () -> r.expectEnd("Flag"));
    assertEquals("malformed: Flag: 1 byte left after Flag (at byte 1)", e.getMessage());
  }

  @Test
  void offsetsAreRelativeToThePayload() {
    byte[] b = bytes("ffff ffff 02");
    PayloadReader r = new PayloadReader(SETTINGS, b, 4, 1);
    WireFormatException e = assertThrows(WireFormatException.class, () -> r.readBoolean("F.f"));
    assertEquals(0, e.offset());
  }
}
