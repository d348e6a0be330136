package dev.wiremessage.runtime.spi;

import dev.wiremessage.runtime.FrameDecoder;
import dev.wiremessage.runtime.Framing;
import dev.wiremessage.runtime.JsonMapper;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.internal.Fail;
import dev.wiremessage.runtime.internal.Framer;
import dev.wiremessage.runtime.internal.PayloadParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The base of every generated codec: framing, streams, buffers and limits live here, so a
 * generated class holds only {@link #encodePayload} and {@link #decodePayload}. Not for
 * hand-written codecs; its contract may change with the processor.
 *
 * @param <T> the message type: a record, or a protocol's sealed interface
 */
public abstract class AbstractWireCodec<T> implements WireCodec<T> {
  private final Class<T> type;
  private final String typeName;
  private final CodecSettings settings;
  private final Framing framing;
  private final JsonMapper json; // null: the default, resolved on first use
  private final int maxDepth;
  private final Framer framer;
  private final PayloadParser<T> parser;
  /**
   * One writer per thread for {@link #encode(Object, ByteBuffer)}, {@link #encode(Object)},
   * {@link #toFrame} and {@link #write}: the payload is written there, then copied into the
   * caller's buffer or a new array of its exact size (a message too large for a caller's
   * buffer leaves it untouched), or written to the stream. Its array is kept up to {@link ArrayPayloadWriter#KEEP} bytes. Per codec, not
   * static: the writer carries this codec's JSON mapper and depth limit.
   */
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<ArrayPayloadWriter> scratch = new ThreadLocal<>();

  /**
   * Called by the generated constructor ({@code super(Quote.class, settings)}).
   *
   * @param type the message type; its simple name is the type named in errors
   * @param settings the framing, JSON mapper and limits
   */
  protected AbstractWireCodec(Class<T> type, CodecSettings settings) {
    this.type = Objects.requireNonNull(type, "type");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.framing = settings.framing();
    this.json = settings.json();
    this.maxDepth = settings.maxDepth();
    this.typeName = type.getSimpleName();
    this.framer = Framer.of(framing, typeName);
    this.parser = new Parser();
  }

  /**
   * A copy of this codec with other settings (generated: {@code return new XCodec(settings);}).
   *
   * @param settings the copy's settings
   * @return a new codec of the same class
   */
  protected abstract AbstractWireCodec<T> with(CodecSettings settings);

  /**
   * Writes the payload of a non-null {@code message}; the writer calls it for nested messages
   * and protocol members ({@link PayloadWriter#writeMessage}, {@link PayloadWriter#writeMember}).
   * Protected: not part of what a codec offers its users.
   *
   * @param message the message, not null
   * @param out the writer, positioned where the payload (or the nested message) starts
   */
  protected abstract void encodePayload(T message, PayloadWriter out);

  /**
   * Reads one message's payload; the caller checks that the payload ends there.
   *
   * @param in the reader, positioned where the payload (or the nested message) starts
   * @return the message
   * @throws WireFormatException malformed: the bytes break the wire format
   */
  protected abstract T decodePayload(PayloadReader in) throws WireFormatException;

  @Override
  public final Class<T> type() {
    return type;
  }

  @Override
  public final Framing framing() {
    return framing;
  }

  @Override
  public final int maxDepth() {
    return maxDepth;
  }

  @Override
  public AbstractWireCodec<T> withMaxFrameBytes(int maxFrameBytes) {
    return with(settings.withFraming(framing.withMaxFrameBytes(maxFrameBytes)));
  }

  @Override
  public AbstractWireCodec<T> withMaxDepth(int maxDepth) {
    return with(settings.withMaxDepth(maxDepth));
  }

  @Override
  public AbstractWireCodec<T> withJsonMapper(JsonMapper mapper) {
    return with(settings.withJson(Objects.requireNonNull(mapper, "mapper")));
  }

  // ---- payloads -------------------------------------------------------------------------

  /**
   * Claims this thread's scratch writer and encodes {@code message} into it after
   * {@code reserve} free bytes, with {@code trailer} more free after the payload. The caller
   * releases it ({@code claimed = false}) when done with its buffer.
   */
  private ArrayPayloadWriter encodeScratch(T message, int reserve, int trailer) {
    if (message == null) {
      throw Fail.encode(typeName, "the message is null");
    }
    ArrayPayloadWriter w = scratch();
    w.claimed = true;
    try {
      w.reset(reserve);
      encodePayload(message, w);
      if (trailer > 0) {
        w.reserveAfter(trailer);
      }
    } catch (RuntimeException | Error e) {
      w.claimed = false;
      throw e;
    }
    return w;
  }

  /**
   * {@code bytes}, for the caller. When it is the writer's own array (the frame filled it
   * exactly), a copy, unless the array is larger than the writer keeps anyway: handing out a
   * kept array would only make the next message allocate and grow a new one (a 4 KiB frame
   * then costs 256 + 512 + 1024 + 2048 + 4096 more bytes instead of 4096).
   */
  private static byte[] handOut(ArrayPayloadWriter w, byte[] bytes) {
    if (bytes == w.buffer()) {
      if (bytes.length <= ArrayPayloadWriter.KEEP) {
        return bytes.clone();
      }
      w.detach();
    }
    return bytes;
  }

  @Override
  public final byte[] encode(T message) {
    ArrayPayloadWriter w = encodeScratch(message, 0, 0);
    try {
      return handOut(w, w.toArray(0));
    } finally {
      w.claimed = false;
    }
  }

  @Override
  public final void encode(T message, ByteBuffer out) {
    ArrayPayloadWriter w = encodeScratch(message, 0, 0);
    try {
      int n = w.position();
      if (out.remaining() < n) {
        throw new BufferOverflowException();
      }
      out.put(w.buffer(), 0, n);
    } finally {
      w.claimed = false;
    }
  }

  /**
   * This thread's scratch writer, or a new one when it
   * is in use further up the stack (a JSON mapper that encodes with the same codec).
   */
  private ArrayPayloadWriter scratch() {
    ArrayPayloadWriter w = scratch.get();
    if (w == null) {
      w = new ArrayPayloadWriter(json, maxDepth, 256, 0);
      scratch.set(w);
    } else if (w.claimed) {
      w = new ArrayPayloadWriter(json, maxDepth, 256, 0);
    }
    return w;
  }

  @Override
  public final T decode(byte[] payload) throws WireFormatException {
    return parser.parse(payload, 0, payload.length);
  }

  @Override
  public final T decode(ByteBuffer payload) throws WireFormatException {
    int p = payload.position();
    int n = payload.remaining();
    T message;
    if (payload.hasArray()) {
      message = parser.parse(payload.array(), payload.arrayOffset() + p, n);
    } else {
      byte[] copy = new byte[n];
      payload.get(p, copy);
      message = parser.parse(copy, 0, n);
    }
    payload.position(p + n);
    return message;
  }

  /** A record constructor's exception on decoded values, as malformed at the payload's start. */
  private WireFormatException rejected(RuntimeException e) {
    WireFormatException f = Fail.malformed(typeName,
        "a record constructor rejected the values read: " + e.getClass().getSimpleName() + ": " + e.getMessage(), 0);
    f.initCause(e);
    return f;
  }

  private final class Parser implements PayloadParser<T> {
    @Override
    public T parse(byte[] buf, int offset, int length) throws WireFormatException {
      PayloadReader r = new PayloadReader(settings, buf, offset, length);
      T message;
      try {
        message = decodePayload(r);
      } catch (RuntimeException e) {
        // A record's (compact) constructor that validates its values, run on values a peer sent:
        // its rejection is this payload's fault, and a server must see a WireFormatException.
        // The handler must not touch r: a reader live in it is no longer scalar-replaced, and
        // every message then allocates one (48 B; QuoteBenchmark decode 176 vs 128 B/op).
        throw rejected(e);
      }
      if (message == null) {
        // Every path (fromFrame, read, decoders) parses here: a null would read as "clean end of
        // stream" or "no frame yet" to its caller. Generated code rejects the JSON text null
        // itself, with the component; this is the guard for any other way to produce one.
        throw Fail.malformed(typeName, "the payload decodes to no message (null)", 0);
      }
      r.expectEnd(typeName);
      return message;
    }
  }

  // ---- frames ---------------------------------------------------------------------------

  @Override
  public final byte[] toFrame(T message) {
    int reserve = framer.headerReserve();
    ArrayPayloadWriter w = encodeScratch(message, reserve, framer.trailerReserve());
    try {
      return handOut(w, framer.toFrame(w.buffer(), reserve, w.position()));
    } finally {
      w.claimed = false;
    }
  }

  @Override
  public final T fromFrame(byte[] frame) throws WireFormatException {
    return framer.fromFrame(frame, 0, frame.length, parser);
  }

  @Override
  public final T fromFrame(byte[] buf, int offset, int length) throws WireFormatException {
    Objects.checkFromIndexSize(offset, length, buf.length);
    return framer.fromFrame(buf, offset, length, parser);
  }

  @Override
  public final void write(OutputStream out, T message) throws IOException {
    Objects.requireNonNull(out, "out");
    int reserve = framer.headerReserve();
    ArrayPayloadWriter w = encodeScratch(message, reserve, framer.trailerReserve());
    try {
      framer.write(out, w.buffer(), reserve, w.position());
    } finally {
      w.claimed = false;
    }
  }

  @Override
  public final T read(InputStream in) throws IOException {
    return framer.read(Objects.requireNonNull(in, "in"), parser);
  }

  @Override
  public final FrameDecoder<T> newDecoder() {
    return framer.newDecoder(parser);
  }

  /**
   * An encoder of whole frames into one buffer it reuses (no allocation per message beyond
   * what encoding needs), for {@link dev.wiremessage.runtime.FrameWriter} and
   * {@link dev.wiremessage.runtime.ChannelFrameWriter}, or straight into a caller's buffer
   * ({@link FrameEncoder#encode(Object, FrameTarget)}, for wiremessage-netty's encoder). One per
   * writer; not thread-safe. Not part of the generated code's contract.
   *
   * @return a new encoder
   */
  final FrameEncoder<T> newFrameEncoder() {
    return new Encoder();
  }

  private final class Encoder implements FrameEncoder<T> {
    private final int reserve = framer.headerReserve();
    private final ArrayPayloadWriter w = new ArrayPayloadWriter(json, maxDepth, 256, reserve);
    private int offset;
    /** For {@link #encode(Object, FrameTarget)}; made on its first use. */
    private BufferPayloadWriter target;

    @Override
    public int encode(T message) {
      if (message == null) {
        throw Fail.encode(typeName, "the message is null");
      }
      w.reset(reserve);
      encodePayload(message, w);
      int end = w.position();
      int room = framer.sealRoom(w.buffer(), reserve, end);
      if (room > 0) {
        w.reserveAfter(room);
      }
      long frame = framer.sealInPlace(w.buffer(), reserve, end, room);
      offset = Framer.offset(frame);
      return Framer.length(frame);
    }

    @Override
    public int encode(T message, FrameTarget out) {
      if (message == null) {
        throw Fail.encode(typeName, "the message is null");
      }
      Objects.requireNonNull(out, "out");
      BufferPayloadWriter b = target;
      if (b == null) {
        target = b = new BufferPayloadWriter(json, maxDepth, framer);
      }
      return b.encodeFrame(AbstractWireCodec.this, message, out);
    }

    @Override
    public byte[] array() {
      return w.buffer();
    }

    @Override
    public int offset() {
      return offset;
    }
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + typeName + ", " + framing
        + (json == null ? "" : ", json=" + json)
        + (maxDepth == CodecSettings.DEFAULT_MAX_DEPTH ? "" : ", maxDepth=" + maxDepth) + "]";
  }
}
