package dev.wiremessage.runtime.spi;

import dev.wiremessage.runtime.WireCodec;

/**
 * Encodes whole frames into one buffer that it reuses, for the runtime's writers and for
 * integrations such as wiremessage-netty's encoder: after {@link #encode} the frame is
 * {@code array()[offset(), offset() + length)} until the next call. One per writer; not
 * thread-safe.
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
