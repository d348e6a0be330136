package dev.wiremessage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the element count of a {@code List<T>} or array component is written; elements follow,
 * each in the encoding the component's other annotation gives (or the element type's
 * default).
 *
 * <pre>
 * &#64;Count(length = Length.U8) &#64;FixedInt(bytes = 2) List&lt;Integer&gt; ports = [80, 443]
 *   02 00 50 01 BB
 * List&lt;String&gt; names = ["a"]   (default: U32 count)
 *   00 00 00 01 00 00 00 01 61
 * </pre>
 *
 * <p>A count larger than the bytes left in the payload is malformed, before anything is
 * allocated. {@link #max()} caps the count further, below what the frame limit allows: a
 * larger count is malformed as soon as it is read, and a writer refuses to send one.
 *
 * <pre>
 * &#64;Count(length = Length.U16, max = 100) List&lt;String&gt; names
 *   00 64 ...    100 names follow
 *   00 65 ...    malformed: "count 101 is more than max = 100"
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Count {
  /** {@return how the count is written; {@link Length#REST} (elements to the end) on the last component only} */
  Length length() default Length.U32;

  /** {@return the byte order of a fixed-width count} */
  Endian order() default Endian.BIG;

  /**
   * {@return the most elements the list or array may hold, 0 or more; -1, the default, for no
   * limit other than the bytes left in the frame} Not more than {@link #length()} can carry
   * (255 for {@link Length#U8}). With {@link Length#REST}, a reader fails when element
   * {@code max + 1} would start.
   */
  int max() default -1;
}
