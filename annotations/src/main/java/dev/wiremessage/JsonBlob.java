package dev.wiremessage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The component's value as compact JSON text (UTF-8), framed as a {@link Utf8} string.
 *
 * <pre>
 * &#64;JsonBlob Map&lt;String, Object&gt; m = {"a": 1}     00 00 00 07 7B 22 61 22 3A 31 7D
 * &#64;JsonBlob Map&lt;String, Object&gt; m = null         00 00 00 04 6E 75 6C 6C   ("null")
 * </pre>
 *
 * <p>Any type the JSON mapper can bind, generic arguments included
 * ({@code Map<String, List<Integer>>}). JSON that is invalid or does not fit the type is
 * malformed. Needs a JSON mapper at run time: Jackson 3 by default, or your own.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface JsonBlob {
  /** {@return how the byte length is written; {@link Length#REST} on the last component only} */
  Length length() default Length.U32;

  /** {@return the byte order of a fixed-width length} */
  Endian order() default Endian.BIG;
}
