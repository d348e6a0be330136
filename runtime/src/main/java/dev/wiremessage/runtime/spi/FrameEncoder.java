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
   */
  int encode(T message);

  /** The array holding the last frame. */
  byte[] array();

  /** Where the last frame starts in {@link #array()}. */
  int offset();

  /** The reusing encoder of a generated codec; for any other codec, one built on {@link WireCodec#toFrame}. */
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
