package dev.wiremessage.runtime.internal;

import dev.wiremessage.runtime.WireFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 both ways (Unicode's table 3-7): no replacement characters, no overlong forms,
 * no encoded surrogates, nothing above U+10FFFF. ASCII takes a fast path both ways.
 */
public final class Utf8 {
  private static final char REPLACEMENT = '\uFFFD';

  private Utf8() {}

  /** Strings longer than this are checked for ASCII first and then copied in bulk. */
  private static final int BULK = 16;

  /**
   * Copies {@code s} to {@code b[start..]} while its chars are ASCII (each char is then its
   * UTF-8 byte); returns how many were copied: {@code s.length()} when all are, else the index
   * of the first char of 0x80 or above. Room for {@code s.length()} bytes is the caller's.
   *
   * <p>A string over {@value #BULK} chars is first checked in one pass that only ORs its chars
   * together (no branch per char, so the JIT unrolls it), then copied by the JDK's
   * {@code getBytes(begin, end, dst, dstBegin)}, whose "low 8 bits of each char" is the char
   * itself for ASCII, and which copies a Latin-1 string's array in one go. Shorter strings,
   * and strings that are not all ASCII, take the char loop.
   */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): exact for ASCII, which is checked first
  public static int putAscii(String s, byte[] b, int start) {
    int n = s.length();
    if (n > BULK) {
      int or = 0;
      for (int i = 0; i < n; i++) {
        or |= s.charAt(i);
      }
      if (or < 0x80) {
        s.getBytes(0, n, b, start);
        return n;
      }
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return i;
      }
      b[start + i] = (byte) c;
    }
    return n;
  }

  /** The UTF-8 byte length of {@code s[from..]}; an unpaired surrogate is an encode error for {@code field}. */
  public static long encodedLength(String s, int from, String field) {
    int n = s.length();
    long len = 0;
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        len++;
      } else if (c < 0x800) {
        len += 2;
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          len += 4;
          i++;
        } else {
          throw Fail.encode(field, String.format(
              "unpaired surrogate U+%04X at index %d; the string is not valid Unicode", (int) c, i));
        }
      } else {
        len += 3;
      }
    }
    return len;
  }

  /**
   * Writes {@code s[from..]} as UTF-8 at {@code buf[pos]} (room checked by the caller, surrogates by
   * {@link #encodedLength}); returns the position after it.
   */
  public static int encode(String s, int from, byte[] buf, int pos) {
    int n = s.length();
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        buf[pos++] = (byte) c;
      } else if (c < 0x800) {
        buf[pos++] = (byte) (0xC0 | (c >> 6));
        buf[pos++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        buf[pos++] = (byte) (0xF0 | (cp >> 18));
        buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[pos++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        buf[pos++] = (byte) (0xE0 | (c >> 12));
        buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buf[pos++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return pos;
  }

  /** {@link #encode(String, int, byte[], int)} into {@code buf} at index {@code pos} (absolute puts). */
  public static int encode(String s, int from, ByteBuffer buf, int pos) {
    int n = s.length();
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        buf.put(pos++, (byte) c);
      } else if (c < 0x800) {
        buf.put(pos++, (byte) (0xC0 | (c >> 6)));
        buf.put(pos++, (byte) (0x80 | (c & 0x3F)));
      } else if (Character.isSurrogate(c)) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        buf.put(pos++, (byte) (0xF0 | (cp >> 18)));
        buf.put(pos++, (byte) (0x80 | ((cp >> 12) & 0x3F)));
        buf.put(pos++, (byte) (0x80 | ((cp >> 6) & 0x3F)));
        buf.put(pos++, (byte) (0x80 | (cp & 0x3F)));
      } else {
        buf.put(pos++, (byte) (0xE0 | (c >> 12)));
        buf.put(pos++, (byte) (0x80 | ((c >> 6) & 0x3F)));
        buf.put(pos++, (byte) (0x80 | (c & 0x3F)));
      }
    }
    return pos;
  }

  /**
   * Decodes {@code b[off, off+len)}; invalid UTF-8 is malformed for {@code field}, at its offset
   * counted from {@code base}.
   *
   * <p>The JDK decodes first ({@code new String(bytes, UTF_8)}: a vectorized ASCII check and one
   * copy for ASCII text). Its decoder is strict in what it accepts (overlong forms, encoded
   * surrogates, code points above U+10FFFF and cut sequences are all malformed to it) but
   * replaces each malformed sequence with U+FFFD instead of failing. So a result without U+FFFD
   * came from valid UTF-8, and is checked with one {@code indexOf} (which returns at once for a
   * Latin-1 string: U+FFFD cannot be in one). Only a result holding U+FFFD, from invalid input
   * or from a U+FFFD that was really sent ({@code EF BF BD}), has its bytes checked here, to
   * fail on the first invalid sequence or to accept the text.
   */
  public static String decode(byte[] b, int off, int len, String field, int base) throws WireFormatException {
    String s = new String(b, off, len, StandardCharsets.UTF_8);
    if (s.indexOf(REPLACEMENT) >= 0) {
      validate(b, off, off + len, field, base);
    }
    return s;
  }

  /**
   * Checks that {@code b[off, off+len)} is valid UTF-8 without decoding it (a JSON text before
   * its parser sees it): the first invalid sequence is malformed, as in {@link #decode}.
   */
  public static void check(byte[] b, int off, int len, String field, int base) throws WireFormatException {
    validate(b, off, off + len, field, base);
  }

  /** Checks {@code b[i, end)} against Unicode's table 3-7; the first invalid sequence is malformed. */
  private static void validate(byte[] b, int i, int end, String field, int base) throws WireFormatException {
    while (i < end) {
      int b0 = b[i];
      if (b0 >= 0) {
        i++;
        continue;
      }
      b0 &= 0xFF;
      if (b0 < 0xC2) {
        throw invalid(field, b0 < 0xC0 ? "unexpected continuation byte" : "overlong form", b, i, end, base);
      } else if (b0 < 0xE0) {
        cont(b, i, 1, 0x80, 0xBF, "", field, end, base);
        i += 2;
      } else if (b0 < 0xF0) {
        int lo = b0 == 0xE0 ? 0xA0 : 0x80;
        int hi = b0 == 0xED ? 0x9F : 0xBF;
        cont(b, i, 1, lo, hi, b0 == 0xE0 ? "overlong form" : "encoded surrogate", field, end, base);
        cont(b, i, 2, 0x80, 0xBF, "", field, end, base);
        i += 3;
      } else if (b0 < 0xF5) {
        int lo = b0 == 0xF0 ? 0x90 : 0x80;
        int hi = b0 == 0xF4 ? 0x8F : 0xBF;
        cont(b, i, 1, lo, hi, b0 == 0xF0 ? "overlong form" : "code point above U+10FFFF", field, end, base);
        cont(b, i, 2, 0x80, 0xBF, "", field, end, base);
        cont(b, i, 3, 0x80, 0xBF, "", field, end, base);
        i += 4;
      } else {
        throw invalid(field, "code point above U+10FFFF", b, i, end, base);
      }
    }
  }

  /** Checks that the continuation byte {@code k} of the sequence at {@code i} lies in lo..hi. */
  private static void cont(byte[] b, int i, int k, int lo, int hi, String outOfRange, String field, int end, int base)
      throws WireFormatException {
    if (i + k >= end) {
      throw invalid(field, "truncated sequence", b, i, end, base);
    }
    int x = b[i + k] & 0xFF;
    if (x < lo || x > hi) {
      boolean isCont = x >= 0x80 && x <= 0xBF;
      throw invalid(field, isCont && !outOfRange.isEmpty() ? outOfRange : "truncated sequence", b, i, end, base);
    }
  }

  private static WireFormatException invalid(String field, String what, byte[] b, int i, int end, int base) {
    StringBuilder hex = new StringBuilder();
    for (int k = i; k < Math.min(end, i + 4); k++) {
      hex.append(hex.length() == 0 ? "" : " ").append(String.format("%02X", b[k] & 0xFF));
    }
    return Fail.malformed(field, "invalid UTF-8 (" + what + "): " + hex, i - base);
  }
}
