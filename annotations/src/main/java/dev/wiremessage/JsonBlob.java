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
 *
 * <p>{@link #maxBytes()} caps the text's length below the frame limit. A reader refuses a
 * longer text as malformed from its length alone, before the mapper parses it; a writer
 * refuses to send one:
 *
 * <pre>
 * &#64;JsonBlob(maxBytes = 1024) Map&lt;String, Object&gt; meta
 *   00 00 04 01 ...     malformed: "JSON text of 1025 bytes is longer than maxBytes = 1024"
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface JsonBlob {
  /** {@return how the byte length is written; {@link Length#REST} on the last component only} */
  Length length() default Length.U32;

  /** {@return the byte order of a fixed-width length} */
  Endian order() default Endian.BIG;

  /**
   * {@return the most bytes the UTF-8 JSON text may take, 0 or more; -1, the default, for no
   * limit other than the frame's} Not more than {@link #length()} can carry (255 for
   * {@link Length#U8}). With {@link Length#REST}, the bytes left in the payload.
   */
  int maxBytes() default -1;
}
