package dev.wiremessage.runtime.spi;

import dev.wiremessage.runtime.WireCodec;
import java.nio.ByteBuffer;

/**
 * Encodes whole frames, for the runtime's writers and for integrations such as
 * wiremessage-netty's encoder: either into one array that it reuses (after
 * {@link #encode(Object)} the frame is {@code array()[offset(), offset() + length)} until the
 * next call), or straight into a caller's growable buffer ({@link #encode(Object, FrameTarget)}).
 * One per writer; not thread-safe.
 *
 * @param <T> the message type
 */
public interface FrameEncoder<T> {
  /**
   * Encodes the frame of {@code message} and returns its length. An encode error
   * ({@link dev.wiremessage.runtime.WireEncodeException}) leaves no frame behind.
   *
   * @param message the message, not null
   * @return the frame's length in bytes, header (or delimiter) included
   */
  int encode(T message);

  /**
   * Encodes the frame of {@code message} straight into {@code target}, from index 0 of the
   * buffers it returns, and returns its length: the frame is bytes {@code [0, length)} of the
   * last buffer {@code target} returned. A generated codec's encoder writes payload, header and
   * delimiter there with no array in between; this default encodes with {@link #encode(Object)}
   * and copies the frame once.
   *
   * <p>An encode error ({@link dev.wiremessage.runtime.WireEncodeException}: a null component, a
   * value out of range, a frame over {@code maxFrameBytes}, a delimiter inside an unescaped
   * payload) may come after some bytes were written: the caller discards them (the Netty
   * encoder puts the {@code ByteBuf}'s writer index back).
   *
   * @param message the message, not null
   * @param target where the frame goes
   * @return the frame's length in bytes, header (or delimiter) included
   */
  default int encode(T message, FrameTarget target) {
    int n = encode(message);
    ByteBuffer room = target.room(0, n);
    room.put(0, array(), offset(), n);
    return n;
  }

  /**
   * The array holding the last frame.
   *
   * @return the encoder's own array (not a copy), valid until the next {@link #encode}; it may
   *     hold other bytes around the frame
   */
  byte[] array();

  /**
   * Where the last frame starts in {@link #array()}.
   *
   * @return the index of the frame's first byte
   */
  int offset();

  /**
   * The reusing encoder of a generated codec; for any other codec, one built on
   * {@link WireCodec#toFrame} (a new array per frame).
   *
   * @param <T> the message type
   * @param codec the codec whose frames to encode
   * @return a new encoder, for one writer
   */
  static <T> FrameEncoder<T> of(WireCodec<T> codec) {
    if (codec instanceof AbstractWireCodec) {
      return ((AbstractWireCodec<T>) codec).newFrameEncoder();
    }
    return new FrameEncoder<>() {
      private byte[] frame = new byte[0];

      @Override
      public int encode(T message) {
        byte[] f = codec.toFrame(message);
        frame = f;
        return f.length;
      }

      @Override
      public byte[] array() {
        return frame;
      }

      @Override
      public int offset() {
        return 0;
      }
    };
  }
}
