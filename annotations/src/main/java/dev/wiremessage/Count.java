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
 * allocated.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Count {
  /** {@return how the count is written; {@link Length#REST} (elements to the end) on the last component only} */
  Length length() default Length.U32;

  /** {@return the byte order of a fixed-width count} */
  Endian order() default Endian.BIG;
}
