package dev.wiremessage.runtime.spi;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.JsonMapper;
import dev.wiremessage.runtime.WireFormatException;
import java.lang.reflect.Type;

/**
 * The input of generated {@code decodePayload} methods: a bounded view of one payload. Every
 * read that would pass the end, and every invalid value, throws a {@code malformed}
 * {@link WireFormatException} naming {@code field} ("Record.component") and the offset.
 * Not thread-safe.
 */
public final class PayloadReader {
  /** The JSON mapper of the codec that started this payload. */
  public JsonMapper json() { throw new UnsupportedOperationException(); }

  /** Bytes left in the payload. */
  public int remaining() { throw new UnsupportedOperationException(); }

  /** 0x00 false, 0x01 true, anything else malformed. */
  public boolean readBoolean(String field) throws WireFormatException { throw new UnsupportedOperationException(); }

  /** 0x00 absent, 0x01 present, anything else malformed. */
  public boolean readPresence(String field) throws WireFormatException { throw new UnsupportedOperationException(); }

  public float readFloat(String field) throws WireFormatException { throw new UnsupportedOperationException(); }

  public double readDouble(String field) throws WireFormatException { throw new UnsupportedOperationException(); }

  /** {@code bytes} bytes, sign-extended. */
  public long readSigned(int bytes, Endian order, String field) throws WireFormatException { throw new UnsupportedOperationException(); }

  /** {@code bytes} bytes, zero-extended (for 8 bytes: the bit pattern). */
  public long readUnsigned(int bytes, Endian order, String field) throws WireFormatException { throw new UnsupportedOperationException(); }

  /** A protocol tag; the caller reports an unknown one with {@link #malformed}. */
  public long readTag(Length tag, Endian order, String field) throws WireFormatException { throw new UnsupportedOperationException(); }

  /**
   * An element count; malformed when {@code count * minElementBytes} exceeds the bytes left
   * (checked before the caller allocates). REST returns -1: read elements while
   * {@link #remaining()} &gt; 0.
   */
  public int readCount(Length length, Endian order, int minElementBytes, String field) throws WireFormatException { throw new UnsupportedOperationException(); }

  /** Strict UTF-8 after its byte length (REST: the rest of the payload). */
  public String readUtf8(Length length, Endian order, String field) throws WireFormatException { throw new UnsupportedOperationException(); }

  /** Raw bytes after their count (REST: the rest of the payload). */
  public byte[] readBytes(Length length, Endian order, String field) throws WireFormatException { throw new UnsupportedOperationException(); }

  /** A JSON text framed as a UTF-8 string, bound to {@code type}; invalid or ill-typed JSON is malformed. */
  public <V> V readJson(Type type, Length length, Endian order, String field) throws WireFormatException { throw new UnsupportedOperationException(); }

  /** A malformed error at the current offset, for the caller to throw (unknown tag, enum code). */
  public WireFormatException malformed(String field, String detail) { throw new UnsupportedOperationException(); }
}
