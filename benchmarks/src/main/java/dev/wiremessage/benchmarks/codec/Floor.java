package dev.wiremessage.benchmarks.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The hand-written floor's primitives: big-endian {@link VarHandle} views of a byte array and
 * strings as a length + UTF-8 (an ASCII loop, {@code getBytes} otherwise). It checks only what
 * keeps it from reading out of bounds; it decodes UTF-8 leniently (the JDK's decoder).
 */
final class Floor {
  static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private Floor() {}

  /** {@code s} after a length of {@code lengthBytes} (1 or 4); returns the position after it. */
  static int putString(byte[] b, int p, String s, int lengthBytes) {
    int n = s.length();
    int start = p + lengthBytes;
    int i = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        break;
      }
      b[start + i] = (byte) c;
    }
    if (i < n) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      n = utf8.length;
      System.arraycopy(utf8, 0, b, start, n);
    }
    if (lengthBytes == 1) {
      if (n > 255) {
        throw new IllegalArgumentException("string of " + n + " bytes does not fit a U8 length");
      }
      b[p] = (byte) n;
    } else {
      INT.set(b, p, n);
    }
    return start + n;
  }

  static int putBytes(byte[] b, int p, byte[] v) {
    INT.set(b, p, v.length);
    System.arraycopy(v, 0, b, p + 4, v.length);
    return p + 4 + v.length;
  }

  static int length(byte[] b, int p, int lengthBytes, int end) {
    int n = lengthBytes == 1 ? b[p] & 0xFF : (int) INT.get(b, p);
    if (n < 0 || n > end - p - lengthBytes) {
      throw new IllegalArgumentException("length " + n + " at " + p + " passes the end");
    }
    return n;
  }

  static String string(byte[] b, int p, int n) {
    return new String(b, p, n, StandardCharsets.UTF_8);
  }

  /** The frame's header must announce what follows it exactly. */
  static void checkFrame(byte[] b, int off, int len) {
    if (len < 4 || (int) INT.get(b, off) != len - 4) {
      throw new IllegalArgumentException("bad frame header");
    }
  }

  static void checkEnd(int p, int end) {
    if (p != end) {
      throw new IllegalArgumentException((end - p) + " bytes left after the message");
    }
  }
}
