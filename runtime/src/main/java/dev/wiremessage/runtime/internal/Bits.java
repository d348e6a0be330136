package dev.wiremessage.runtime.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Fixed-width integers in byte arrays and big-endian {@link ByteBuffer}s, in either order, and
 * LEB128 varints. No bounds checks beyond the JDK's.
 */
public final class Bits {
  private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Bits() {}

  /** Writes the low {@code bytes} (1..8) bytes of {@code v} at {@code buf[pos]}. */
  public static void put(byte[] buf, int pos, long v, int bytes, boolean big) {
    switch (bytes) {
      case 1 -> buf[pos] = (byte) v;
      case 2 -> {
        if (big) {
          SHORT_BE.set(buf, pos, (short) v);
        } else {
          SHORT_LE.set(buf, pos, (short) v);
        }
      }
      case 4 -> {
        if (big) {
          INT_BE.set(buf, pos, (int) v);
        } else {
          INT_LE.set(buf, pos, (int) v);
        }
      }
      case 8 -> {
        if (big) {
          LONG_BE.set(buf, pos, v);
        } else {
          LONG_LE.set(buf, pos, v);
        }
      }
      case 3, 5, 6, 7 -> {
        if (big) {
          for (int i = bytes - 1; i >= 0; i--, v >>>= 8) {
            buf[pos + i] = (byte) v;
          }
        } else {
          for (int i = 0; i < bytes; i++, v >>>= 8) {
            buf[pos + i] = (byte) v;
          }
        }
      }
      default -> throw new IllegalArgumentException("bytes: " + bytes + " (expected: 1..8)");
    }
  }

  /** Reads {@code bytes} (1..8) bytes at {@code buf[pos]}, zero-extended. */
  public static long getUnsigned(byte[] buf, int pos, int bytes, boolean big) {
    return switch (bytes) {
      case 1 -> buf[pos] & 0xFFL;
      case 2 -> (big ? (short) SHORT_BE.get(buf, pos) : (short) SHORT_LE.get(buf, pos)) & 0xFFFFL;
      case 4 -> (big ? (int) INT_BE.get(buf, pos) : (int) INT_LE.get(buf, pos)) & 0xFFFF_FFFFL;
      case 8 -> big ? (long) LONG_BE.get(buf, pos) : (long) LONG_LE.get(buf, pos);
      case 3, 5, 6, 7 -> {
        long v = 0;
        if (big) {
          for (int i = 0; i < bytes; i++) {
            v = (v << 8) | (buf[pos + i] & 0xFF);
          }
        } else {
          for (int i = bytes - 1; i >= 0; i--) {
            v = (v << 8) | (buf[pos + i] & 0xFF);
          }
        }
        yield v;
      }
      default -> throw new IllegalArgumentException("bytes: " + bytes + " (expected: 1..8)");
    };
  }

  /** Reads {@code bytes} (1..8) bytes at {@code buf[pos]}, sign-extended. */
  public static long getSigned(byte[] buf, int pos, int bytes, boolean big) {
    return switch (bytes) {
      case 1 -> buf[pos];
      case 2 -> big ? (short) SHORT_BE.get(buf, pos) : (short) SHORT_LE.get(buf, pos);
      case 4 -> big ? (int) INT_BE.get(buf, pos) : (int) INT_LE.get(buf, pos);
      case 8 -> big ? (long) LONG_BE.get(buf, pos) : (long) LONG_LE.get(buf, pos);
      default -> {
        int shift = 64 - 8 * bytes;
        yield (getUnsigned(buf, pos, bytes, big) << shift) >> shift;
      }
    };
  }

  /** 4 bytes big-endian. */
  public static void putIntBE(byte[] buf, int pos, int v) {
    INT_BE.set(buf, pos, v);
  }

  public static int getIntBE(byte[] buf, int pos) {
    return (int) INT_BE.get(buf, pos);
  }

  public static long getLongBE(byte[] buf, int pos) {
    return (long) LONG_BE.get(buf, pos);
  }

  /** Bytes of the unsigned LEB128 form of {@code v} (1..10). */
  public static int varintSize(long v) {
    int bits = 64 - Long.numberOfLeadingZeros(v | 1);
    return (bits + 6) / 7;
  }

  /** Writes {@code v} as unsigned LEB128 at {@code buf[pos]}; returns the position after it. */
  public static int putVarint(byte[] buf, int pos, long v) {
    while ((v & ~0x7FL) != 0) {
      buf[pos++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[pos++] = (byte) v;
    return pos;
  }

  /**
   * Writes the low {@code bytes} (1..8) bytes of {@code v} at {@code buf}'s index {@code pos};
   * {@code buf} is big-endian (little-endian values are byte-reversed, so that one view serves both).
   */
  public static void put(ByteBuffer buf, int pos, long v, int bytes, boolean big) {
    switch (bytes) {
      case 1 -> buf.put(pos, (byte) v);
      case 2 -> buf.putShort(pos, big ? (short) v : Short.reverseBytes((short) v));
      case 4 -> buf.putInt(pos, big ? (int) v : Integer.reverseBytes((int) v));
      case 8 -> buf.putLong(pos, big ? v : Long.reverseBytes(v));
      case 3, 5, 6, 7 -> {
        if (big) {
          for (int i = bytes - 1; i >= 0; i--, v >>>= 8) {
            buf.put(pos + i, (byte) v);
          }
        } else {
          for (int i = 0; i < bytes; i++, v >>>= 8) {
            buf.put(pos + i, (byte) v);
          }
        }
      }
      default -> throw new IllegalArgumentException("bytes: " + bytes + " (expected: 1..8)");
    }
  }

  /** Writes {@code v} as unsigned LEB128 at {@code buf}'s index {@code pos}; returns the index after it. */
  public static int putVarint(ByteBuffer buf, int pos, long v) {
    while ((v & ~0x7FL) != 0) {
      buf.put(pos++, (byte) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    buf.put(pos++, (byte) v);
    return pos;
  }
}
