package dev.wiremessage.runtime.spi;

import static dev.wiremessage.runtime.Hex.bytes;
import static dev.wiremessage.runtime.Hex.of;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.JsonMapper;
import dev.wiremessage.runtime.WireEncodeException;
import dev.wiremessage.runtime.WireFormatException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Per-component maxima ({@code @Count(max)}, {@code maxBytes}): the reader and writer overloads that take one. */
class ComponentMaximaTest {

  static PayloadReader reader(String hex) {
    byte[] b = bytes(hex);
    return new PayloadReader(PayloadReaderTest.SETTINGS, b, 0, b.length);
  }

  /** The payload {@code hex} behind five bytes that are not the payload's: offsets count from the payload. */
  static PayloadReader readerAtOffset(String hex) {
    byte[] payload = bytes(hex);
    byte[] b = new byte[5 + payload.length + 3];
    java.util.Arrays.fill(b, (byte) 0x7F);
    System.arraycopy(payload, 0, b, 5, payload.length);
    return new PayloadReader(PayloadReaderTest.SETTINGS, b, 5, payload.length);
  }

  @Test
  void maximaReadInSequenceFromAnArrayOffsetAndNameThePayloadsOffset() throws Exception {
    PayloadReader r = readerAtOffset("03 616263 02 6465 02 0102 02 0304 02");
    assertEquals("abc", r.readUtf8(Length.U8, Endian.BIG, 3, "A.s"));
    assertEquals("de", r.readUtf8(Length.U8, Endian.BIG, 3, "A.t"));
    assertArrayEquals(new byte[] {1, 2}, r.readBytes(Length.U8, Endian.BIG, 2, "A.b"));
    assertArrayEquals(new byte[] {3, 4}, r.readBytes(Length.U8, Endian.BIG, 2, "A.c"));
    assertEquals(2, r.readCount(Length.U8, Endian.BIG, 0, 2, "A.l")); // zero-width elements: at the max
    assertEquals(0, r.remaining());

    PayloadReader two = readerAtOffset("00 04 61626364");
    assertEquals("", two.readUtf8(Length.U8, Endian.BIG, 0, "A.z"));
    WireFormatException over = assertThrows(WireFormatException.class, () -> two.readUtf8(Length.U8, Endian.BIG, 3, "A.s"));
    assertEquals("malformed: A.s: string of 4 bytes is longer than maxBytes = 3 (at byte 1)", over.getMessage());

    PayloadReader three = readerAtOffset("01 00 03 010203");
    assertArrayEquals(new byte[] {0}, three.readBytes(Length.U8, Endian.BIG, 1, "A.b"));
    WireFormatException bytesOver = assertThrows(WireFormatException.class, () -> three.readBytes(Length.U8, Endian.BIG, 2, "A.c"));
    assertEquals(2, bytesOver.offset(), bytesOver.getMessage());

    PayloadReader four = readerAtOffset("07 00000065");
    four.readUnsigned(1, Endian.BIG, "A.x");
    WireFormatException countOver = assertThrows(WireFormatException.class, () -> four.readCount(Length.U32, Endian.BIG, 1, 100, "A.l"));
    assertEquals("malformed: A.l: count 101 is more than max = 100 (at byte 1)", countOver.getMessage());

    PayloadReader five = readerAtOffset("0102 03");
    assertTrue(five.hasMoreElements(0, 2, "A.r"));
    five.readUnsigned(1, Endian.BIG, "A.r");
    assertTrue(five.hasMoreElements(1, 2, "A.r"));
    five.readUnsigned(1, Endian.BIG, "A.r");
    WireFormatException more = assertThrows(WireFormatException.class, () -> five.hasMoreElements(2, 2, "A.r"));
    assertEquals(2, more.offset(), more.getMessage());
  }

  static WireFormatException malformed(String hex, PayloadReaderTest.Read read) {
    WireFormatException e = assertThrows(WireFormatException.class, () -> read.run(reader(hex)));
    assertEquals(ErrorCategory.MALFORMED, e.category());
    return e;
  }

  /** {@code n} bytes of ASCII 'a' as hex. */
  static String a(int n) {
    return "61".repeat(n);
  }

  // ---- decoding ------------------------------------------------------------------------------

  @Test
  void stringClaimingTwoGigabytesFailsOnItsLengthAgainstTheMax() {
    // A 5-byte frame claiming a 2^31-1 byte string: without the max the error would be the
    // bytes-left one ("... but 1 left"); with it, the length alone is refused.
    WireFormatException e = malformed("07 7fffffff 61", r -> {
      r.readSigned(1, Endian.BIG, "Login.version");
      return r.readUtf8(Length.U32, Endian.BIG, 64, "Login.user");
    });
    assertEquals("malformed: Login.user: string of 2147483647 bytes is longer than maxBytes = 64 (at byte 1)",
        e.getMessage());
    assertEquals("Login", e.messageType());
    assertEquals("user", e.component());
    assertEquals(1, e.offset());
  }

  @Test
  void stringOneOverTheMaxFailsEvenWhenItsBytesArePresent() {
    WireFormatException e = malformed("41" + a(65), r -> r.readUtf8(Length.U8, Endian.BIG, 64, "Login.user"));
    assertEquals("malformed: Login.user: string of 65 bytes is longer than maxBytes = 64 (at byte 0)", e.getMessage());
    // VARINT length, and REST: the bytes left are the length
    malformed("41" + a(65), r -> r.readUtf8(Length.VARINT, Endian.BIG, 64, "Login.user"));
    WireFormatException rest = malformed(a(65), r -> r.readUtf8(Length.REST, Endian.BIG, 64, "Login.user"));
    assertEquals("malformed: Login.user: string of 65 bytes is longer than maxBytes = 64 (at byte 0)", rest.getMessage());
    // under the max, the other checks still hold: beyond the bytes left, invalid UTF-8
    WireFormatException left = malformed("0a6161", r -> r.readUtf8(Length.U8, Endian.BIG, 64, "Login.user"));
    assertEquals("malformed: Login.user: string of 10 bytes but 2 left (at byte 0)", left.getMessage());
    malformed("02c0af", r -> r.readUtf8(Length.U8, Endian.BIG, 64, "Login.user")); // overlong form
  }

  @Test
  void stringExactlyAtTheMaxIsRead() throws Exception {
    assertEquals("a".repeat(64), reader("40" + a(64)).readUtf8(Length.U8, Endian.BIG, 64, "Login.user"));
    assertEquals("a".repeat(64), reader(a(64)).readUtf8(Length.REST, Endian.BIG, 64, "Login.user"));
    assertEquals("", reader("00").readUtf8(Length.U8, Endian.BIG, 0, "Login.user"));
    // maxBytes counts bytes, not chars: "hé" is 3
    assertEquals("hé", reader("0368c3a9").readUtf8(Length.U8, Endian.BIG, 3, "Login.user"));
    malformed("0368c3a9", r -> r.readUtf8(Length.U8, Endian.BIG, 2, "Login.user"));
  }

  @Test
  void byteArrayOverTheMaxIsRefusedBeforeAllocating() throws Exception {
    WireFormatException e = malformed("7fffffff 00", r -> r.readBytes(Length.U32, Endian.BIG, 16, "Hello.nonce"));
    assertEquals("malformed: Hello.nonce: byte array of 2147483647 bytes is longer than maxBytes = 16 (at byte 0)",
        e.getMessage());
    malformed("11" + "00".repeat(17), r -> r.readBytes(Length.U8, Endian.BIG, 16, "Hello.nonce"));
    assertArrayEquals(new byte[16], reader("10" + "00".repeat(16)).readBytes(Length.U8, Endian.BIG, 16, "Hello.nonce"));
    assertArrayEquals(new byte[16], reader("00".repeat(16)).readBytes(Length.REST, Endian.BIG, 16, "Hello.nonce"));
    malformed("00".repeat(17), r -> r.readBytes(Length.REST, Endian.BIG, 16, "Hello.nonce"));
  }

  @Test
  void jsonOverTheMaxNeverReachesTheMapper() throws Exception {
    List<String> parsed = new ArrayList<>();
    JsonMapper mapper = new JsonMapper() {
      @Override
      public byte[] write(Object value, Type type) {
        return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
      }

      @Override
      public Object read(byte[] json, int offset, int length, Type type) {
        String text = new String(json, offset, length, StandardCharsets.UTF_8);
        parsed.add(text);
        return text;
      }
    };
    byte[] over = bytes("07 7b2261223a317d"); // {"a":1}: 7 bytes, max 5
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> new PayloadReader(PayloadReaderTest.SETTINGS.withJson(mapper), over, 0, over.length).readJson(String.class, Length.U8, Endian.BIG, 5, "L.meta"));
    assertEquals("malformed: L.meta: JSON text of 7 bytes is longer than maxBytes = 5 (at byte 0)",
        e.getMessage());
    assertEquals(List.of(), parsed);
    PayloadReader at = new PayloadReader(PayloadReaderTest.SETTINGS.withJson(mapper), over, 0, over.length);
    String v = at.readJson(String.class, Length.U8, Endian.BIG, 7, "L.meta");
    assertEquals("{\"a\":1}", v);
    assertEquals(List.of("{\"a\":1}"), parsed);
  }

  @Test
  void countOverTheMaxFailsBeforeTheBytesLeftCheck() throws Exception {
    WireFormatException e = malformed("00 7fffffff", r -> {
      r.readBoolean("Batch.last");
      return r.readCount(Length.U32, Endian.BIG, 1, 100, "Batch.ids");
    });
    assertEquals("malformed: Batch.ids: count 2147483647 is more than max = 100 (at byte 1)", e.getMessage());
    assertEquals("Batch", e.messageType());
    assertEquals("ids", e.component());
    assertEquals(1, e.offset());
    // one over, with the elements present
    malformed("03 010203", r -> r.readCount(Length.U8, Endian.BIG, 1, 2, "Batch.ids"));
    // exactly at the max; 0 allows only empty lists
    assertEquals(2, reader("02 0102").readCount(Length.U8, Endian.BIG, 1, 2, "Batch.ids"));
    assertEquals(0, reader("00").readCount(Length.U8, Endian.BIG, 1, 0, "Batch.ids"));
    malformed("01 01", r -> r.readCount(Length.U8, Endian.BIG, 1, 0, "Batch.ids"));
    // under the max, the bytes-left and zero-width checks still hold
    WireFormatException left = malformed("05 01", r -> r.readCount(Length.U8, Endian.BIG, 1, 100, "Batch.ids"));
    assertEquals("malformed: Batch.ids: count 5 needs at least 5 bytes, 1 left (at byte 0)", left.getMessage());
    assertEquals(-1, reader("0102").readCount(Length.REST, Endian.BIG, 1, 1, "Batch.ids"));
  }

  @Test
  void restElementsStopAtTheMax() throws Exception {
    PayloadReader r = reader("0102");
    int read = 0;
    while (r.hasMoreElements(read, 2, "Batch.ids")) {
      r.readSigned(1, Endian.BIG, "Batch.ids");
      read++;
    }
    assertEquals(2, read);
    PayloadReader over = reader("010203");
    assertTrue(over.hasMoreElements(0, 2, "Batch.ids"));
    over.readSigned(1, Endian.BIG, "Batch.ids");
    assertTrue(over.hasMoreElements(1, 2, "Batch.ids"));
    over.readSigned(1, Endian.BIG, "Batch.ids");
    WireFormatException e = assertThrows(WireFormatException.class, () -> over.hasMoreElements(2, 2, "Batch.ids"));
    assertEquals(ErrorCategory.MALFORMED, e.category());
    assertEquals("malformed: Batch.ids: more than max = 2 elements (1 byte left after 2) (at byte 2)", e.getMessage());
    assertFalse(reader("").hasMoreElements(0, 0, "Batch.ids"));
  }

  // ---- encoding ------------------------------------------------------------------------------

  static ArrayPayloadWriter writer() {
    return new ArrayPayloadWriter(null, 1, 0);
  }

  /** Runs {@code body} on a writer that holds one byte already; asserts it fails and leaves that byte alone. */
  static WireEncodeException failsWritingNothing(Consumer<PayloadWriter> body) {
    ArrayPayloadWriter w = writer();
    w.writeBoolean(true);
    WireEncodeException e = assertThrows(WireEncodeException.class, () -> body.accept(w));
    assertEquals("01", of(w.toArray(0)), "bytes written before the failure");
    return e;
  }

  static String hex(Consumer<PayloadWriter> body) {
    ArrayPayloadWriter w = writer();
    body.accept(w);
    return of(w.toArray(0));
  }

  @Test
  void stringOverTheMaxIsNotWritten() {
    WireEncodeException e = failsWritingNothing(w -> w.writeUtf8("a".repeat(65), Length.U8, Endian.BIG, 64, "Login.user"));
    assertEquals("encode: Login.user: string of 65 bytes is longer than maxBytes = 64", e.getMessage());
    assertEquals("Login", e.messageType());
    assertEquals("user", e.component());
    // bytes, not chars: 22 chars of 'é' are 44 bytes (over max / 3, so counted)
    WireEncodeException wide = failsWritingNothing(w -> w.writeUtf8("é".repeat(22), Length.U8, Endian.BIG, 43, "L.u"));
    assertEquals("encode: L.u: string of 44 bytes is longer than maxBytes = 43", wide.getMessage());
    failsWritingNothing(w -> w.writeUtf8("a".repeat(65), Length.REST, Endian.BIG, 64, "L.u"));
    failsWritingNothing(w -> w.writeUtf8("a", Length.VARINT, Endian.BIG, 0, "L.u"));
  }

  @Test
  void stringAtTheMaxIsWrittenAsWithoutOne() {
    assertEquals("40" + a(64), hex(w -> w.writeUtf8("a".repeat(64), Length.U8, Endian.BIG, 64, "L.u")));
    assertEquals("0368c3a9", hex(w -> w.writeUtf8("hé", Length.U8, Endian.BIG, 3, "L.u")));
    assertEquals("58" + "c3a9".repeat(44), hex(w -> w.writeUtf8("é".repeat(44), Length.U8, Endian.BIG, 88, "L.u")));
    failsWritingNothing(w -> w.writeUtf8("é".repeat(44), Length.U8, Endian.BIG, 87, "L.u"));
    // an unpaired surrogate is still an encode error when counted
    WireEncodeException e = failsWritingNothing(w -> w.writeUtf8("\ud800", Length.U8, Endian.BIG, 0, "L.u"));
    assertTrue(e.getMessage().contains("surrogate"), e.getMessage());
  }

  @Test
  void bytesOverTheMaxAreNotWritten() {
    WireEncodeException e = failsWritingNothing(w -> w.writeBytes(new byte[17], Length.U32, Endian.BIG, 16, "Hello.nonce"));
    assertEquals("encode: Hello.nonce: byte array of 17 bytes is longer than maxBytes = 16", e.getMessage());
    assertEquals("10" + "00".repeat(16), hex(w -> w.writeBytes(new byte[16], Length.U8, Endian.BIG, 16, "Hello.nonce")));
  }

  @Test
  void jsonOverTheMaxIsNotWritten() {
    JsonMapper mapper = new JsonMapper() {
      @Override
      public byte[] write(Object value, Type type) {
        return ("\"" + value + "\"").getBytes(StandardCharsets.UTF_8);
      }

      @Override
      public Object read(byte[] json, int offset, int length, Type type) {
        throw new UnsupportedOperationException();
      }
    };
    ArrayPayloadWriter w = new ArrayPayloadWriter(mapper, 1, 0);
    w.writeBoolean(true);
    WireEncodeException e = assertThrows(WireEncodeException.class,
        () -> w.writeJson("hello", String.class, Length.U8, Endian.BIG, 6, "L.meta"));
    assertEquals("encode: L.meta: JSON text of 7 bytes is longer than maxBytes = 6", e.getMessage());
    assertEquals("01", of(w.toArray(0)));
    w.writeJson("hello", String.class, Length.U8, Endian.BIG, 7, "L.meta");
    assertEquals("01" + "07" + "2268656c6c6f22", of(w.toArray(0)));
  }

  @Test
  void countOverTheMaxIsNotWritten() {
    WireEncodeException e = failsWritingNothing(w -> w.writeCount(101, Length.U16, Endian.BIG, 100, "Batch.ids"));
    assertEquals("encode: Batch.ids: count 101 is more than max = 100", e.getMessage());
    failsWritingNothing(w -> w.writeCount(3, Length.REST, Endian.BIG, 2, "Batch.ids"));
    assertEquals("0064", hex(w -> w.writeCount(100, Length.U16, Endian.BIG, 100, "Batch.ids")));
    assertEquals("", hex(w -> w.writeCount(2, Length.REST, Endian.BIG, 2, "Batch.ids")));
  }
}
