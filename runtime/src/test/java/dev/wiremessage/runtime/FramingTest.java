package dev.wiremessage.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import org.junit.jupiter.api.Test;

class FramingTest {
  static String rejects(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void lengthPrefixedValidation() {
    assertEquals("maxFrameBytes: 0 (expected: > 0)", rejects(() -> Framing.lengthPrefixed(Length.U32, Endian.BIG, 0)));
    assertEquals("maxFrameBytes: -1 (expected: > 0)", rejects(() -> Framing.lengthPrefixed(Length.U32, Endian.BIG, -1)));
    assertEquals("length: REST (expected: U8, U16, U24, U32, U64 or VARINT; a frame header needs a length)",
        rejects(() -> Framing.lengthPrefixed(Length.REST, Endian.BIG, 10)));
    assertThrows(NullPointerException.class, () -> Framing.lengthPrefixed(null, Endian.BIG, 10));
    assertThrows(NullPointerException.class, () -> Framing.lengthPrefixed(Length.U8, null, 10));
    assertEquals("maxFrameBytes: 0 (expected: > 0)",
        rejects(() -> Framing.lengthPrefixed(Length.U32, Endian.BIG, 10).withMaxFrameBytes(0)));
  }

  @Test
  void delimitedValidation() {
    assertEquals("delimiter: \"\" (expected: at least one character)", rejects(() -> Framing.delimited("", false, 10)));
    assertEquals("delimiter: U+20AC at index 1 (expected: characters U+0000..U+00FF, one byte each)",
        rejects(() -> Framing.delimited("a\u20ac", false, 10)));
    assertEquals("delimiter: first byte 0x7D with escape = true (expected: a first byte other than 0x7D and 0x5D, "
        + "which escaping cannot keep out of the payload)", rejects(() -> Framing.delimited("}", true, 10)));
    rejects(() -> Framing.delimited("]\n", true, 10));
    Framing.delimited("}", false, 10); // fine without escaping
    Framing.delimited("\n}", true, 10); // only the first byte matters
    Framing.delimited("\u00ff\u0000", true, 10);
    assertThrows(NullPointerException.class, () -> Framing.delimited(null, false, 10));
    assertEquals("maxFrameBytes: 0 (expected: > 0)", rejects(() -> Framing.delimited("\n", false, 0)));
  }

  @Test
  void valueSemantics() {
    Framing a = Framing.lengthPrefixed(Length.U32, Endian.BIG, 16 << 20);
    assertEquals(a, Framing.lengthPrefixed(Length.U32, Endian.BIG, 16 << 20));
    assertEquals(a.hashCode(), Framing.lengthPrefixed(Length.U32, Endian.BIG, 16 << 20).hashCode());
    assertNotEquals(a, Framing.lengthPrefixed(Length.U32, Endian.LITTLE, 16 << 20));
    assertNotEquals(a, a.withMaxFrameBytes(5));
    assertEquals(Framing.lengthPrefixed(Length.U32, Endian.BIG, 5), a.withMaxFrameBytes(5));
    assertEquals("lengthPrefixed(U32, BIG, 16777216)", a.toString());
    DelimitedFraming d = Framing.delimited("\r\n", true, 100);
    assertEquals(d, Framing.delimited("\r\n", true, 100));
    assertNotEquals(d, Framing.delimited("\r\n", false, 100));
    assertEquals("delimited(\"\\r\\n\", true, 100)", d.toString());
    assertEquals("delimited(\"\\u0000|\", false, 1)", Framing.delimited("\u0000|", false, 1).toString());
    assertArrayEquals(new byte[] {13, 10}, d.delimiterBytes());
    assertEquals(Framing.delimited("\r\n", true, 7), d.withMaxFrameBytes(7));
  }
}
