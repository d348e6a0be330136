package dev.wiremessage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Frames each payload with its length in front; the default framing, as if every
 * {@link WireMessage} carried {@code @LengthPrefixed}.
 *
 * <pre>
 * default (U32, BIG), payload "hi":       VARINT, 300-byte payload:
 * +-------------+-------+                 +-------+-------------+
 * | 00 00 00 02 | 68 69 |                 | AC 02 | 300 bytes   |
 * +-------------+-------+                 +-------+-------------+
 * </pre>
 *
 * <p>A header larger than {@link #maxFrameBytes()} is rejected as frame-too-long before any
 * payload byte is read.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface LengthPrefixed {
  /** The frame limit of both framings when {@code maxFrameBytes} is not given: 16 MiB. */
  int DEFAULT_MAX_FRAME_BYTES = 16 << 20;

  /** {@return how the header is written; {@link Length#REST} is not allowed} */
  Length length() default Length.U32;

  /** {@return the byte order of a fixed-width header} */
  Endian order() default Endian.BIG;

  /** {@return the largest payload a reader accepts (and a writer writes), in bytes; at least 1} */
  int maxFrameBytes() default DEFAULT_MAX_FRAME_BYTES;
}
