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
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Bytes {
  /** {@return how the byte count is written; {@link Length#REST} on the last component only} */
  Length length() default Length.U32;

  /** {@return the byte order of a fixed-width count} */
  Endian order() default Endian.BIG;
}
