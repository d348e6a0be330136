package dev.wiremessage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A string as strict UTF-8, after its length in bytes.
 *
 * <pre>
 * &#64;Utf8 String s = "hé"                      00 00 00 03 68 C3 A9
 * &#64;Utf8(length = Length.U8) String s = "hé"  03 68 C3 A9
 * &#64;Utf8(length = Length.REST) String s       68 C3 A9   (to the end of the payload)
 * </pre>
 *
 * <p>An unpaired surrogate cannot be encoded, and invalid UTF-8 (overlong forms, encoded
 * surrogates, code points above U+10FFFF, truncated sequences) is malformed: no replacement
 * characters either way. An unannotated {@code String} is {@code @Utf8}. On an enum
 * component, the length of the constant's name.
 *
 * <p>{@link #maxBytes()} caps the byte length below the frame limit. A reader refuses a longer
 * string as malformed from its length alone, before copying or decoding a byte; a writer
 * refuses to send one:
 *
 * <pre>
 * &#64;Utf8(length = Length.U16, maxBytes = 64) String user
 *   00 40 + 64 bytes     read
 *   7F FF ...            malformed: "string of 32767 bytes is longer than maxBytes = 64"
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Utf8 {
  /** {@return how the byte length is written; {@link Length#REST} on the last component only} */
  Length length() default Length.U32;

  /** {@return the byte order of a fixed-width length} */
  Endian order() default Endian.BIG;

  /**
   * {@return the most UTF-8 bytes the string may take (not characters: {@code "hé"} is 3
   * bytes), 0 or more; -1, the default, for no limit other than the frame's} Not more than
   * {@link #length()} can carry (255 for {@link Length#U8}). With {@link Length#REST}, the
   * bytes left in the payload.
   */
  int maxBytes() default -1;
}
