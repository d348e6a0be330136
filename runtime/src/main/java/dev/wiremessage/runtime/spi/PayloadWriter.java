package dev.wiremessage.runtime.spi;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.JsonMapper;
import java.lang.reflect.Type;

/**
 * The output of generated {@code encodePayload} methods: a growable byte array. Every
 * {@code field} argument is {@code "Record.component"} and names the component in errors
 * ({@link dev.wiremessage.runtime.WireEncodeException}). Not thread-safe.
 */
public final class PayloadWriter {
  /** The JSON mapper of the codec that started this payload. */
  public JsonMapper json() { throw new UnsupportedOperationException(); }

  /** Throws an encode error "Record.component is null" unless {@code value} is non-null. */
  public static <V> V requireNonNull(V value, String field) { throw new UnsupportedOperationException(); }

  /** 0x00 or 0x01. */
  public void writeBoolean(boolean value) { throw new UnsupportedOperationException(); }

  /** 0x00 absent or 0x01 present. */
  public void writePresence(boolean present) { throw new UnsupportedOperationException(); }

  /** IEEE 754 bits, 4 bytes big-endian ({@code Float.floatToRawIntBits}). */
  public void writeFloat(float value) { throw new UnsupportedOperationException(); }

  /** IEEE 754 bits, 8 bytes big-endian ({@code Double.doubleToRawLongBits}). */
  public void writeDouble(double value) { throw new UnsupportedOperationException(); }

  /** The low {@code bytes} bytes of {@code value}, no range check (a field as wide as its type). */
  public void writeBits(long value, int bytes, Endian order) { throw new UnsupportedOperationException(); }

  /** {@code value} in {@code bytes} bytes, two's complement; fails outside -2^(8N-1)..2^(8N-1)-1. */
  public void writeSigned(long value, int bytes, Endian order, String field) { throw new UnsupportedOperationException(); }

  /** {@code value} in {@code bytes} bytes, unsigned; fails outside 0..2^(8N)-1 ({@code bytes} &lt; 8). */
  public void writeUnsigned(long value, int bytes, Endian order, String field) { throw new UnsupportedOperationException(); }

  /** A protocol tag (id), unsigned, as {@code tag} says (not REST). */
  public void writeTag(long id, Length tag, Endian order) { throw new UnsupportedOperationException(); }

  /** An element count for a list or array: as {@code length} says; REST writes nothing. */
  public void writeCount(int count, Length length, Endian order, String field) { throw new UnsupportedOperationException(); }

  /** Strict UTF-8 after its byte length; fails on an unpaired surrogate or a length that does not fit. */
  public void writeUtf8(String value, Length length, Endian order, String field) { throw new UnsupportedOperationException(); }

  /** Raw bytes after their count. */
  public void writeBytes(byte[] value, Length length, Endian order, String field) { throw new UnsupportedOperationException(); }

  /** {@code value} (may be null: {@code null}) as compact JSON via {@link #json()}, framed as a UTF-8 string. */
  public void writeJson(Object value, Type type, Length length, Endian order, String field) { throw new UnsupportedOperationException(); }
}
