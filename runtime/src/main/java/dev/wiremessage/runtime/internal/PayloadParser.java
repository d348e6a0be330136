package dev.wiremessage.runtime.internal;

import dev.wiremessage.runtime.WireFormatException;

/** Decodes one complete payload for the framing code; implemented by the codec base class. */
public interface PayloadParser<T> {
  /** The message in {@code buf[offset, offset+length)}, which must be consumed exactly. */
  T parse(byte[] buf, int offset, int length) throws WireFormatException;
}
