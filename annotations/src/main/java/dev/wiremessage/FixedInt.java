package dev.wiremessage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integer in exactly {@link #bytes()} bytes, two's complement when signed.
 *
 * <pre>
 * &#64;FixedInt(bytes = 3) int c = -2                         FF FF FE
 * &#64;FixedInt(bytes = 2, order = Endian.LITTLE) short b = -2   FE FF
 * &#64;FixedInt(bytes = 4, unsigned = true) long d = 4e9        EE 6B 28 00
 * </pre>
 *
 * <p>Encoding a value outside the range of {@code bytes} fails; nothing is truncated. On
 * {@code byte short int long char} and their boxes, and on the elements of a list or array
 * and an enum's {@link WireValue} code.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface FixedInt {
  /** {@return the width in bytes, 1..8, at most the Java type's width} */
  int bytes();

  /** {@return the byte order} */
  Endian order() default Endian.BIG;

  /** {@return whether to zero-extend instead of sign-extend; {@code char} is always unsigned} */
  boolean unsigned() default false;
}
