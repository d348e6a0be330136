package dev.wiremessage.runtime.spi;

import static dev.wiremessage.runtime.Hex.of;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.JsonMapper;
import dev.wiremessage.runtime.WireEncodeException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every case through both writers: the array one, and the buffer one over a target that gives
 * exactly the room asked for (so every write past the first byte grows it), heap with an array
 * offset and little-endian order, and direct. Both must write the same bytes and fail alike.
 */
class PayloadWriterTest {
  static String hex(Consumer<PayloadWriter> body) {
    ArrayPayloadWriter w = new ArrayPayloadWriter(null, 1, 0);
    body.accept(w);
    String bytes = of(w.toArray(0));
    for (boolean direct : new boolean[] {false, true}) {
      ExactTarget target = new ExactTarget(direct);
      BufferPayloadWriter b = new BufferPayloadWriter(null, CodecSettings.DEFAULT_MAX_DEPTH, null);
      b.begin(target, 0);
      body.accept(b);
      assertEquals(bytes, of(target.bytes(b.position())), direct ? "direct buffer" : "heap buffer");
    }
    return bytes;
  }

  static WireEncodeException fails(Consumer<PayloadWriter> body) {
    WireEncodeException e = assertThrows(WireEncodeException.class, () -> body.accept(new ArrayPayloadWriter(null, 1, 0)));
    BufferPayloadWriter b = new BufferPayloadWriter(null, CodecSettings.DEFAULT_MAX_DEPTH, null);
    b.begin(new ExactTarget(true), 0);
    assertEquals(e.getMessage(), assertThrows(WireEncodeException.class, () -> body.accept(b)).getMessage());
    return e;
  }

  /** A target that grows to exactly the room asked for, keeping what it is told to keep. */
  static final class ExactTarget implements FrameTarget {
    private final boolean direct;
    private ByteBuffer buf;
    int grown;

    ExactTarget(boolean direct) {
      this.direct = direct;
    }

    @Override
    public ByteBuffer room(int kept, int minBytes) {
      ByteBuffer next = direct ? ByteBuffer.allocateDirect(minBytes)
          : ByteBuffer.allocate(minBytes + 3).position(3).slice().order(ByteOrder.LITTLE_ENDIAN);
      if (buf != null) {
        next.put(0, buf, 0, kept);
        grown++;
      }
      return buf = next;
    }

    byte[] bytes(int n) {
      byte[] out = new byte[n];
      buf.get(0, out);
      return out;
    }
  }

  /** A run: one claim, then each component put at its offset; the same bytes as written one by one, the same errors. */
  @Test
  void runs() {
    String one = hex(w -> {
      w.writeSigned(-1, 1, Endian.BIG, "R.x");
      w.writeBoolean(true);
      w.writeSigned(-2, 2, Endian.LITTLE, "R.s");
      w.writeUnsigned(65534, 2, Endian.BIG, "R.u");
      w.writeBits(0x01020304, 4, Endian.BIG);
      w.writeFloat(1.5f);
      w.writeDouble(1.5);
      w.writeSigned(3, 1, Endian.BIG, "R.y");
    });
    assertEquals("ff" + "01" + "feff" + "fffe" + "01020304" + "3fc00000" + "3ff80000" + "00000000" + "03", one);
    assertEquals(one, hex(w -> {
      w.writeSigned(-1, 1, Endian.BIG, "R.x");
      int at = w.claim(21);
      assertEquals(1, at);
      w.putBoolean(at, true);
      w.putSigned(at + 1, -2, 2, Endian.LITTLE, "R.s");
      w.putUnsigned(at + 3, 65534, 2, Endian.BIG, "R.u");
      w.putBits(at + 5, 0x01020304, 4, Endian.BIG);
      w.putFloat(at + 9, 1.5f);
      w.putDouble(at + 13, 1.5);
      w.writeSigned(3, 1, Endian.BIG, "R.y");
    }));
    assertEquals("encode: R.s: 40000 does not fit in 2 signed bytes (expected -32768..32767)",
        fails(w -> w.putSigned(w.claim(2), 40000, 2, Endian.BIG, "R.s")).getMessage());
    assertEquals("encode: R.u: -1 does not fit in 1 unsigned byte (expected 0..255)",
        fails(w -> w.putUnsigned(w.claim(1), -1, 1, Endian.BIG, "R.u")).getMessage());
  }

  @Test
  void primitives() {
    assertEquals("0100", hex(w -> { w.writeBoolean(true); w.writeBoolean(false); }));
    assertEquals("0001", hex(w -> { w.writePresence(false); w.writePresence(true); }));
    assertEquals("3fc00000", hex(w -> w.writeFloat(1.5f)));
    assertEquals("c002000000000000", hex(w -> w.writeDouble(-2.25)));
    assertEquals("7fc00001", hex(w -> w.writeFloat(Float.intBitsToFloat(0x7fc00001)))); // raw NaN bits kept
  }

  @Test
  void fixedWidthsBothOrders() {
    // the fixed-widths vector: 80 | fe ff | ff ff fe | ee 6b 28 00 | ff x8
    assertEquals("80feff" + "fffffe" + "ee6b2800" + "ffffffffffffffff", hex(w -> {
      w.writeSigned(-128, 1, Endian.BIG, "Widths.a");
      w.writeSigned(-2, 2, Endian.LITTLE, "Widths.b");
      w.writeSigned(-2, 3, Endian.BIG, "Widths.c");
      w.writeUnsigned(4_000_000_000L, 4, Endian.BIG, "Widths.d");
      w.writeSigned(-1, 8, Endian.LITTLE, "Widths.e");
    }));
    for (int n = 1; n <= 8; n++) {
      int bytes = n;
      String be = hex(w -> w.writeBits(0x0102030405060708L, bytes, Endian.BIG));
      String le = hex(w -> w.writeBits(0x0102030405060708L, bytes, Endian.LITTLE));
      assertEquals("0102030405060708".substring(16 - 2 * n), be, "BIG " + n);
      assertEquals(new StringBuilder(be).reverse().toString().replaceAll("(.)(.)", "$2$1"), le, "LITTLE " + n);
    }
  }

  @Test
  void signedRangeEdges() {
    for (int n = 1; n < 8; n++) {
      int bytes = n;
      long min = -(1L << (8 * n - 1));
      long max = (1L << (8 * n - 1)) - 1;
      hex(w -> w.writeSigned(min, bytes, Endian.BIG, "R.v"));
      hex(w -> w.writeSigned(max, bytes, Endian.BIG, "R.v"));
      fails(w -> w.writeSigned(min - 1, bytes, Endian.BIG, "R.v"));
      fails(w -> w.writeSigned(max + 1, bytes, Endian.BIG, "R.v"));
    }
    assertEquals("8000000000000000", hex(w -> w.writeSigned(Long.MIN_VALUE, 8, Endian.BIG, "R.v")));
    WireEncodeException e = fails(w -> w.writeSigned(300, 1, Endian.BIG, "Tiny.x"));
    assertEquals("encode: Tiny.x: 300 does not fit in 1 signed byte (expected -128..127)", e.getMessage());
    assertEquals("Tiny", e.messageType());
    assertEquals("x", e.component());
    assertEquals(ErrorCategory.ENCODE, e.category());
  }

  @Test
  void unsignedRangeEdges() {
    for (int n = 1; n < 8; n++) {
      int bytes = n;
      long max = (1L << (8 * n)) - 1;
      hex(w -> w.writeUnsigned(0, bytes, Endian.BIG, "R.v"));
      hex(w -> w.writeUnsigned(max, bytes, Endian.LITTLE, "R.v"));
      fails(w -> w.writeUnsigned(-1, bytes, Endian.BIG, "R.v"));
      fails(w -> w.writeUnsigned(max + 1, bytes, Endian.BIG, "R.v"));
    }
    assertEquals("fffffffffffffffe", hex(w -> w.writeUnsigned(-2, 8, Endian.BIG, "U.big"))); // bit pattern
    assertEquals("encode: U.port: 65536 does not fit in 2 unsigned bytes (expected 0..65535)",
        fails(w -> w.writeUnsigned(65536, 2, Endian.BIG, "U.port")).getMessage());
  }

  @Test
  void lengthKinds() {
    assertEquals("03616263", hex(w -> w.writeUtf8("abc", Length.U8, Endian.BIG, "S.s")));
    assertEquals("0003616263", hex(w -> w.writeUtf8("abc", Length.U16, Endian.BIG, "S.s")));
    assertEquals("0300616263", hex(w -> w.writeUtf8("abc", Length.U16, Endian.LITTLE, "S.s")));
    assertEquals("000003616263", hex(w -> w.writeUtf8("abc", Length.U24, Endian.BIG, "S.s")));
    assertEquals("030000616263", hex(w -> w.writeUtf8("abc", Length.U24, Endian.LITTLE, "S.s")));
    assertEquals("00000003616263", hex(w -> w.writeUtf8("abc", Length.U32, Endian.BIG, "S.s")));
    assertEquals("03000000616263", hex(w -> w.writeUtf8("abc", Length.U32, Endian.LITTLE, "S.s")));
    assertEquals("0000000000000003616263", hex(w -> w.writeUtf8("abc", Length.U64, Endian.BIG, "S.s")));
    assertEquals("0300000000000000616263", hex(w -> w.writeUtf8("abc", Length.U64, Endian.LITTLE, "S.s")));
    assertEquals("03616263", hex(w -> w.writeUtf8("abc", Length.VARINT, Endian.BIG, "S.s")));
    assertEquals("616263", hex(w -> w.writeUtf8("abc", Length.REST, Endian.BIG, "S.s")));
    assertEquals("ac02", hex(w -> w.writeUtf8("y".repeat(300), Length.VARINT, Endian.BIG, "S.s")).substring(0, 4));
    assertEquals("0004" + "0001feff", hex(w -> w.writeBytes(new byte[] {0, 1, -2, -1}, Length.U16, Endian.BIG, "B.b")));
    assertEquals("0001feff", hex(w -> w.writeBytes(new byte[] {0, 1, -2, -1}, Length.REST, Endian.BIG, "B.b")));
  }

  @Test
  void lengthThatDoesNotFit() {
    hex(w -> w.writeUtf8("x".repeat(255), Length.U8, Endian.BIG, "S.s"));
    WireEncodeException e = fails(w -> w.writeUtf8("x".repeat(256), Length.U8, Endian.BIG, "S.s"));
    assertEquals("encode: S.s: string of 256 bytes does not fit a U8 length (at most 255)", e.getMessage());
    // 128 two-byte chars: 256 UTF-8 bytes, counted in bytes, not chars
    fails(w -> w.writeUtf8("\u00e9".repeat(128), Length.U8, Endian.BIG, "S.s"));
    fails(w -> w.writeBytes(new byte[65536], Length.U16, Endian.BIG, "B.b"));
    assertEquals("encode: L.items: count of 256 does not fit a U8 length (at most 255)",
        fails(w -> w.writeCount(256, Length.U8, Endian.BIG, "L.items")).getMessage());
    fails(w -> w.writeTag(256, Length.U8, Endian.BIG));
  }

  @Test
  void varints() {
    assertEquals("00", hex(w -> w.writeTag(0, Length.VARINT, Endian.BIG)));
    assertEquals("7f", hex(w -> w.writeTag(127, Length.VARINT, Endian.BIG)));
    assertEquals("8001", hex(w -> w.writeTag(128, Length.VARINT, Endian.BIG)));
    assertEquals("ac02", hex(w -> w.writeTag(300, Length.VARINT, Endian.BIG)));
    assertEquals("ffffffffffffffff7f", hex(w -> w.writeTag(Long.MAX_VALUE, Length.VARINT, Endian.BIG)));
    assertEquals("ffffffff07", hex(w -> w.writeCount(Integer.MAX_VALUE, Length.VARINT, Endian.BIG, "L.n")));
    assertEquals("", hex(w -> w.writeCount(5, Length.REST, Endian.BIG, "L.n")));
    assertEquals("0005", hex(w -> w.writeCount(5, Length.U16, Endian.BIG, "L.n")));
  }

  @Test
  void utf8Strict() {
    // the utf8-multibyte vector
    assertEquals("0000000e68c3a96c6c6f20e282acf09d849e",
        hex(w -> w.writeUtf8("h\u00e9llo \u20ac\ud834\udd1e", Length.U32, Endian.BIG, "Text.s")));
    assertEquals("03efbfbf", hex(w -> w.writeUtf8("\uffff", Length.U8, Endian.BIG, "T.s")));
    assertEquals("04f48fbfbf", hex(w -> w.writeUtf8("\udbff\udfff", Length.U8, Endian.BIG, "T.s")));
    for (String bad : new String[] {"a\ud800b", "\udc00", "x\ud800", "\ud800\ud800", "\udfff\ud800"}) {
      for (Length len : new Length[] {Length.U32, Length.VARINT, Length.REST}) {
        WireEncodeException e = fails(w -> w.writeUtf8(bad, len, Endian.BIG, "Text.s"));
        assertEquals("s", e.component());
      }
    }
    assertEquals("encode: Text.s: unpaired surrogate U+D800 at index 1; the string is not valid Unicode",
        fails(w -> w.writeUtf8("a\ud800b", Length.U32, Endian.BIG, "Text.s")).getMessage());
  }

  @Test
  void requireNonNull() {
    assertEquals("x", PayloadWriter.requireNonNull("x", "Text.s"));
    WireEncodeException e = assertThrows(WireEncodeException.class, () -> PayloadWriter.requireNonNull(null, "Text.s"));
    assertEquals("encode: Text.s: is null; mark the component @Nullable or declare it Optional to allow absence",
        e.getMessage());
  }

  @Test
  void growsFromTinyBuffer() {
    ArrayPayloadWriter w = new ArrayPayloadWriter(null, 1, 0);
    byte[] big = new byte[100_000];
    big[99_999] = 7;
    for (int i = 0; i < 1000; i++) {
      w.writeSigned(i, 4, Endian.BIG, "G.i");
    }
    w.writeBytes(big, Length.U32, Endian.BIG, "G.b");
    byte[] out = w.toArray(0);
    assertEquals(4000 + 4 + 100_000, out.length);
    assertEquals(7, out[out.length - 1]);
    assertEquals(999, ((out[3996] & 0xFF) << 24 | (out[3997] & 0xFF) << 16 | (out[3998] & 0xFF) << 8 | (out[3999] & 0xFF)));
  }

  @Test
  void jsonThroughTheMapper() {
    JsonMapper fake = new JsonMapper() {
      @Override
      public byte[] write(Object value, Type type) throws IOException {
        if (value.equals("boom")) {
          throw new IOException("cannot");
        }
        return ("\"" + value + "\"").getBytes();
      }

      @Override
      public Object read(byte[] json, int offset, int length, Type type) {
        throw new UnsupportedOperationException();
      }
    };
    ArrayPayloadWriter w = new ArrayPayloadWriter(fake, 1, 0);
    w.writeJson("hi", String.class, Length.U8, Endian.BIG, "J.v");
    assertArrayEquals(new byte[] {4, '"', 'h', 'i', '"'}, w.toArray(0));
    WireEncodeException e = assertThrows(WireEncodeException.class,
        () -> new ArrayPayloadWriter(fake, 1, 0).writeJson("boom", String.class, Length.U8, Endian.BIG, "J.v"));
    assertEquals("encode: J.v: cannot write as JSON (java.lang.String): cannot", e.getMessage());
  }

  @Test
  void reservedHeaderSpace() {
    ArrayPayloadWriter w = new ArrayPayloadWriter(null, 0, 4);
    w.writeBoolean(true);
    assertEquals(5, w.position());
    assertEquals("01", of(w.toArray(4)));
  }
}
