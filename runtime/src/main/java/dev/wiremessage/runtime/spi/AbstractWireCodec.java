package dev.wiremessage.runtime.spi;

import dev.wiremessage.runtime.FrameDecoder;
import dev.wiremessage.runtime.Framing;
import dev.wiremessage.runtime.JsonMapper;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * The base of every generated codec: framing, streams, buffers and limits live here, so a
 * generated class holds only {@link #encodePayload} and {@link #decodePayload}. Not for
 * hand-written codecs; its contract may change with the processor.
 */
public abstract class AbstractWireCodec<T> implements WireCodec<T> {
  protected AbstractWireCodec(Class<T> type, Framing framing, JsonMapper json) {
    throw new UnsupportedOperationException("runtime helper implements");
  }

  /** A copy of this codec with other settings (generated: {@code return new XCodec(framing, json);}). */
  protected abstract AbstractWireCodec<T> with(Framing framing, JsonMapper json);

  /** Writes the payload of a non-null {@code message}; nested codecs call it on the same writer. */
  public abstract void encodePayload(T message, PayloadWriter out);

  /** Reads one message's payload; the caller checks that the payload ends there. */
  public abstract T decodePayload(PayloadReader in) throws WireFormatException;
}
