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
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Utf8 {
  /** {@return how the byte length is written; {@link Length#REST} on the last component only} */
  Length length() default Length.U32;

  /** {@return the byte order of a fixed-width length} */
  Endian order() default Endian.BIG;
}
