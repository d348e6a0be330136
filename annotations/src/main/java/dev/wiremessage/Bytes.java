package dev.wiremessage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code byte[]} component as raw bytes after their count; an unannotated {@code byte[]}
 * is {@code @Bytes} with the defaults.
 *
 * <pre>
 * byte[] data = {0, 1, -2, -1}                      00 00 00 04 00 01 FE FF
 * &#64;Bytes(length = Length.VARINT) byte[] data       04 00 01 FE FF
 * </pre>
 *
 * <p>{@link #maxBytes()} caps the count below the frame limit. A reader refuses a larger count
 * as malformed before allocating the array; a writer refuses to send one:
 *
 * <pre>
 * &#64;Bytes(maxBytes = 16) byte[] nonce
 *   00 00 00 10 + 16 bytes    read
 *   7F FF FF FF ...           malformed: "byte array of 2147483647 bytes is longer than maxBytes = 16"
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Bytes {
  /** {@return how the byte count is written; {@link Length#REST} on the last component only} */
  Length length() default Length.U32;

  /** {@return the byte order of a fixed-width count} */
  Endian order() default Endian.BIG;

  /**
   * {@return the most bytes the array may hold, 0 or more; -1, the default, for no limit other
   * than the frame's} Not more than {@link #length()} can carry (255 for {@link Length#U8}).
   * With {@link Length#REST}, the bytes left in the payload.
   */
  int maxBytes() default -1;
}
