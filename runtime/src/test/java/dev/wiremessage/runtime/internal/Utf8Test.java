package dev.wiremessage.runtime.internal;

import static dev.wiremessage.runtime.Hex.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {
  static String decode(String hex) throws WireFormatException {
    byte[] b = bytes(hex);
    return Utf8.decode(b, 0, b.length, "Text.s", 0);
  }

  static WireFormatException invalid(String hex, String what) {
    WireFormatException e = assertThrows(WireFormatException.class, () -> decode(hex), hex);
    assertEquals(ErrorCategory.MALFORMED, e.category());
    assertTrue(e.getMessage().contains(what), e.getMessage());
    return e;
  }

  @Test
  void validSequences() throws Exception {
    assertEquals("", decode(""));
    assertEquals("hello", decode("68656c6c6f"));
    assertEquals("h\u00e9llo \u20ac\ud834\udd1e", decode("68c3a96c6c6f20e282acf09d849e"));
    assertEquals("\u0080\u07ff\u0800\ud7ff\ue000\uffff", decode("c280 dfbf e0a080 ed9fbf ee8080 efbfbf"));
    assertEquals("\ud800\udc00\udbff\udfff", decode("f0908080 f48fbfbf"));
    assertEquals("\u0000\u007f", decode("007f"));
    // U+FFFD sent as such is text, not a decoding error (the JDK's decoder also writes it for bad input)
    assertEquals("a\ufffdb", decode("61efbfbd62"));
    assertEquals("\ufffd", decode("efbfbd"));
  }

  @Test
  void aRealReplacementCharacterDoesNotHideAnInvalidSequence() {
    WireFormatException e = invalid("efbfbd 61 ff", "code point above U+10FFFF");
    assertEquals(4, e.offset());
    assertEquals(1, invalid("61 80 efbfbd", "unexpected continuation byte").offset());
  }

  /**
   * putAscii copies exactly the ASCII prefix: at every length around the bulk threshold, with
   * one non-ASCII char at every position, Latin-1 ('\u00e9'), a char whose low byte is ASCII
   * ('\u0141', low byte 0x41: a UTF-16 string, where a low-byte copy alone would pass it) and
   * a surrogate pair.
   */
  @Test
  void putAsciiCopiesExactlyTheAsciiPrefix() {
    String[] others = {"\u00e9", "\u0141", "\u20ac", "\ud834\udd1e", "\u0080", "\u00ff"};
    for (int n = 0; n <= 40; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append((char) ('a' + i % 26));
      }
      String ascii = sb.toString();
      byte[] out = new byte[n + 8];
      assertEquals(n, Utf8.putAscii(ascii, out, 3), ascii);
      assertArrayEquals(ascii.getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOfRange(out, 3, 3 + n));
      for (int at = 0; at < n; at++) {
        for (String other : others) {
          String s = ascii.substring(0, at) + other + ascii.substring(at + 1);
          byte[] b = new byte[s.length() + 8];
          assertEquals(at, Utf8.putAscii(s, b, 2), s);
          assertArrayEquals(s.substring(0, at).getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOfRange(b, 2, 2 + at), s);
        }
      }
    }
  }

  @Test
  void eachInvalidClass() {
    invalid("c0af", "overlong");         // the overlong-utf8 vector: '/' in two bytes
    invalid("c180", "overlong");
    invalid("e08080", "overlong");
    invalid("e09fbf", "overlong");
    invalid("f08fbfbf", "overlong");
    invalid("eda080", "surrogate");      // U+D800
    invalid("edbfbf", "surrogate");      // U+DFFF
    invalid("f4908080", "above U+10FFFF");
    invalid("f5808080", "above U+10FFFF");
    invalid("ff", "above U+10FFFF");
    invalid("80", "continuation");
    invalid("41bf", "continuation");
    invalid("c3", "truncated");
    invalid("e282", "truncated");
    invalid("f09d84", "truncated");
    invalid("c341", "truncated");        // lead byte then ASCII
    invalid("e241", "truncated");
    WireFormatException e = invalid("6162c0af", "overlong");
    assertEquals(2, e.offset());
    assertEquals("malformed: Text.s: invalid UTF-8 (overlong form): C0 AF (at byte 2)", e.getMessage());
  }

  /** Agrees with the JDK's strict decoder on random bytes, biased towards multi-byte sequences. */
  @Test
  void agreesWithTheJdkDecoder() {
    CharsetDecoder jdk = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    Random random = new Random(42);
    int[] leads = {0x41, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF};
    int[] conts = {0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0x41};
    for (int round = 0; round < 60_000; round++) {
      byte[] b = new byte[random.nextInt(6)];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) (random.nextInt(3) == 0 ? leads[random.nextInt(leads.length)]
            : random.nextInt(2) == 0 ? conts[random.nextInt(conts.length)] : random.nextInt(256));
      }
      String expected;
      try {
        expected = jdk.decode(ByteBuffer.wrap(b)).toString();
      } catch (CharacterCodingException e) {
        expected = null;
      }
      String actual;
      try {
        actual = Utf8.decode(b, 0, b.length, "T.s", 0);
      } catch (WireFormatException e) {
        actual = null;
      }
      assertEquals(expected, actual, () -> dev.wiremessage.runtime.Hex.of(b));
    }
  }

  @Test
  void encodeRoundTripsEveryCodePointClass() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int cp = 0; cp <= 0x10FFFF; cp += 97) {
      if (cp < 0xD800 || cp > 0xDFFF) {
        sb.appendCodePoint(cp);
      }
    }
    String s = sb.toString();
    assertEquals(s.getBytes(StandardCharsets.UTF_8).length, Utf8.encodedLength(s, 0, "T.s"));
    byte[] out = new byte[(int) Utf8.encodedLength(s, 0, "T.s")];
    assertEquals(out.length, Utf8.encode(s, 0, out, 0));
    assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), out);
    assertEquals(s, Utf8.decode(out, 0, out.length, "T.s", 0));
  }
}
