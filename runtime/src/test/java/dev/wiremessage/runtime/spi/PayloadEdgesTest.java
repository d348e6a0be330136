package dev.wiremessage.runtime.spi;

import static dev.wiremessage.runtime.Hex.bytes;
import static dev.wiremessage.runtime.spi.PayloadReaderTest.malformed;
import static dev.wiremessage.runtime.spi.PayloadReaderTest.reader;
import static dev.wiremessage.runtime.spi.PayloadWriterTest.fails;
import static dev.wiremessage.runtime.spi.PayloadWriterTest.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.Hex;
import dev.wiremessage.runtime.JsonMapper;
import dev.wiremessage.runtime.WireEncodeException;
import dev.wiremessage.runtime.WireFormatException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Boundaries of the payload reader and writer: widths, counts, VARINT ends, offsets inside a larger array. */
class PayloadEdgesTest {
  /** The payload {@code hex} at offset 3 of a larger array, so offsets must be relative to it. */
  static PayloadReader inside(String hex) {
    byte[] p = bytes(hex);
    byte[] b = new byte[p.length + 6];
    System.arraycopy(p, 0, b, 3, p.length);
    return new PayloadReader(PayloadReaderTest.SETTINGS, b, 3, p.length);
  }

  interface Read {
    Object run(PayloadReader r) throws WireFormatException;
  }

  static String error(String hex, Read read) {
    String whole = malformed(hex, read::run).getMessage();
    WireFormatException e = assertThrows(WireFormatException.class, () -> read.run(inside(hex)));
    assertEquals(whole, e.getMessage(), "the same error at an array offset");
    return whole;
  }

  @Test
  void offsetsCountFromThePayloadStart() {
    assertEquals("malformed: S.s: payload ends inside S.s (1 byte left) (at byte 1)",
        error("01 05", r -> { r.readSigned(1, Endian.BIG, "S.n"); return r.readUtf8(Length.U16, Endian.BIG, "S.s"); }));
    assertEquals("malformed: S.s: string of 5 bytes but 1 left (at byte 1)",
        error("00 05 41", r -> { r.readBoolean("S.b"); return r.readUtf8(Length.U8, Endian.BIG, "S.s"); }));
    assertEquals("malformed: L.x: count 3 needs at least 6 bytes, 4 left (at byte 1)",
        error("00 03 00000000", r -> { r.readBoolean("L.b"); return r.readCount(Length.U8, Endian.BIG, 2, "L.x"); }));
    assertEquals("malformed: L.x: count 65537 of elements that take no bytes, 65536 left of the payload's 65536 (at byte 1)",
        error("00 00010001", r -> { r.readBoolean("L.b"); return r.readCount(Length.U32, Endian.BIG, 0, "L.x"); }));
    assertEquals("malformed: B.b: byte array length 0x8000000000000000 is above 2^63-1 (at byte 1)",
        error("01 8000000000000000", r -> { r.readBoolean("B.f"); return r.readBytes(Length.U64, Endian.BIG, "B.b"); }));
    assertEquals("malformed: T: VARINT tag longer than 10 bytes (at byte 1)",
        error("00 8080808080808080808000", r -> { r.readBoolean("T.f"); return r.readTag(Length.VARINT, Endian.BIG, "T"); }));
    assertEquals("malformed: T: VARINT tag is above 2^63-1 (at byte 1)",
        error("00 ffffffffffffffffff01", r -> { r.readBoolean("T.f"); return r.readTag(Length.VARINT, Endian.BIG, "T"); }));
    assertEquals("malformed: T: payload ends inside T (2 bytes left) (at byte 1)",
        error("00 ffff", r -> { r.readBoolean("T.f"); return r.readTag(Length.VARINT, Endian.BIG, "T"); }));
    assertEquals("malformed: P: 1 byte left after P (at byte 1)",
        error("00 00", r -> { r.readBoolean("P.f"); r.expectEnd("P"); return null; }));
    assertEquals("malformed: Chat: unknown tag 9 (at byte 1)",
        error("09", r -> { r.readTag(Length.U8, Endian.BIG, "Chat"); throw r.malformed("Chat", "unknown tag 9"); }));
  }

  @Test
  void tenByteVarintsEndWhereTheyShould() throws Exception {
    PayloadReader r = reader("81808080808080808000 07");
    assertEquals(1, r.readTag(Length.VARINT, Endian.BIG, "T"));
    assertEquals(1, r.remaining());
    assertEquals(7, r.readSigned(1, Endian.BIG, "T.next"));
    // nine continuation bytes at the end of the payload, a tenth byte beyond it: truncated, not read
    byte[] b = bytes("ffffffffffffffffff 00");
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> new PayloadReader(PayloadReaderTest.SETTINGS, b, 0, 9).readTag(Length.VARINT, Endian.BIG, "T"));
    assertEquals("malformed: T: payload ends inside T (9 bytes left) (at byte 0)", e.getMessage());
  }

  @Test
  void fixedWidthsNeverReadPastTheEnd() {
    byte[] b = bytes("0102030405060708");
    for (int n = 2; n <= 8; n++) {
      int width = n;
      assertThrows(WireFormatException.class, () -> new PayloadReader(PayloadReaderTest.SETTINGS, b, 0, width - 1).readUnsigned(width, Endian.BIG, "X.x"));
      assertThrows(WireFormatException.class, () -> new PayloadReader(PayloadReaderTest.SETTINGS, b, 0, width - 1).readSigned(width, Endian.BIG, "X.x"));
    }
  }

  @Test
  void signExtensionAtEveryWidth() throws Exception {
    for (int n = 1; n <= 8; n++) {
      // 7F FF ..: the largest positive; 80 00 ..: the smallest negative; 80 .. 01: negative, low bits set
      String max = "7f" + "ff".repeat(n - 1);
      String min = "80" + "00".repeat(n - 1);
      String low = n == 1 ? "81" : "80" + "00".repeat(n - 2) + "03";
      assertEquals((1L << (8 * n - 1)) - 1, reader(max).readSigned(n, Endian.BIG, "W.x"), "max " + n);
      assertEquals(-(1L << (8 * n - 1)), reader(min).readSigned(n, Endian.BIG, "W.x"), "min " + n);
      assertEquals(-(1L << (8 * n - 1)) + (n == 1 ? 1 : 3), reader(low).readSigned(n, Endian.BIG, "W.x"), "low " + n);
    }
  }

  @Test
  void remainingCountsDown() throws Exception {
    PayloadReader r = reader("010203");
    assertEquals(3, r.remaining());
    r.readBoolean("R.b");
    assertEquals(2, r.remaining());
  }

  @Test
  void countsAgainstTheBytesLeft() throws Exception {
    assertEquals(2, reader("02 00000000").readCount(Length.U8, Endian.BIG, 2, "L.x"));
    assertEquals(3, reader("03 000000000000").readCount(Length.U8, Endian.BIG, 2, "L.x"));
    malformed("03 0000000000", r -> r.readCount(Length.U8, Endian.BIG, 2, "L.x"));
  }

  /** A mapper's failure is reported by the first line of its message only, at the text's offset. */
  @Test
  void jsonErrorsKeepTheFirstLine() {
    assertEquals("malformed: C.j: invalid JSON for String: first (at byte 1)", jsonError("first\nsecond"));
    assertEquals("malformed: C.j: invalid JSON for String:  (at byte 1)", jsonError("\nsecond"));
    assertEquals("malformed: C.j: invalid JSON for String: null (at byte 1)", jsonError(null));
  }

  private static String jsonError(String failure) {
    JsonMapper mapper = new JsonMapper() {
      @Override
      public byte[] write(Object value, Type type) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Object read(byte[] json, int offset, int length, Type type) throws IOException {
        throw new IOException(failure);
      }
    };
    byte[] b = bytes("ff ff 00 7b7d");
    PayloadReader r = new PayloadReader(PayloadReaderTest.SETTINGS.withJson(mapper), b, 2, 3);
    WireFormatException e = assertThrows(WireFormatException.class, () -> {
      r.readBoolean("C.b");
      r.readJson(String.class, Length.REST, Endian.BIG, "C.j");
    });
    return e.getMessage();
  }

  // ---- writer -------------------------------------------------------------------------------

  @Test
  void utf8AtTheEncodingBoundaries() {
    String s = "\u007f\u0080\u07ff\u0800\uffff\ud800\udc00\udbff\udfff";
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    String body = Hex.of(utf8);
    assertEquals(String.format("%02x", utf8.length) + body, hex(w -> w.writeUtf8(s, Length.U8, Endian.BIG, "S.s")));
    assertEquals(String.format("%02x", utf8.length) + body, hex(w -> w.writeUtf8(s, Length.VARINT, Endian.BIG, "S.s")));
    assertEquals(body, hex(w -> w.writeUtf8(s, Length.REST, Endian.BIG, "S.s")));
    assertEquals("02c280", hex(w -> w.writeUtf8("\u0080", Length.U8, Endian.BIG, "S.s")));
    assertEquals("01" + "7f", hex(w -> w.writeUtf8("\u007f", Length.U8, Endian.BIG, "S.s")));
    assertEquals("03e0a080", hex(w -> w.writeUtf8("\u0800", Length.VARINT, Endian.BIG, "S.s")));
  }

  @Test
  void outOfRangeMessagesGiveTheRange() {
    assertEquals("encode: W.x: 128 does not fit in 1 signed byte (expected -128..127)",
        fails(w -> w.writeSigned(128, 1, Endian.BIG, "W.x")).getMessage());
    assertEquals("encode: W.x: 40000 does not fit in 2 signed bytes (expected -32768..32767)",
        fails(w -> w.writeSigned(40000, 2, Endian.BIG, "W.x")).getMessage());
    assertEquals("encode: W.x: 256 does not fit in 1 unsigned byte (expected 0..255)",
        fails(w -> w.writeUnsigned(256, 1, Endian.BIG, "W.x")).getMessage());
    assertEquals("encode: W.x: -1 does not fit in 3 unsigned bytes (expected 0..16777215)",
        fails(w -> w.writeUnsigned(-1, 3, Endian.BIG, "W.x")).getMessage());
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> hex(w -> w.writeUnsigned(300, 0, Endian.BIG, "W.x")));
    assertEquals("bytes: 0 (expected: 1..8)", zero.getMessage());
  }

  @Test
  void tagErrorsNameNoRecord() {
    WireEncodeException e = fails(w -> w.writeTag(300, Length.U8, Endian.BIG));
    assertEquals("encode: tag of 300 does not fit a U8 length (at most 255)", e.getMessage());
    assertNull(e.messageType());
    assertNull(e.component());
  }
}
