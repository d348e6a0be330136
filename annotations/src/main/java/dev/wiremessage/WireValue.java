package dev.wiremessage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The code of an enum constant on the wire. When every constant of an enum has one, the enum
 * is written as its code, like an {@code int} (4 bytes big-endian unless the component has
 * {@link FixedInt}); otherwise it is written by name, as a {@link Utf8} string. Never by
 * ordinal: reordering constants must not change the bytes.
 *
 * <pre>
 * enum Side { &#64;WireValue(1) BUY, &#64;WireValue(2) SELL }
 * &#64;FixedInt(bytes = 1) Side side = SELL      02
 * enum Color { RED, GREEN }
 * &#64;Utf8(length = Length.U8) Color c = RED   03 52 45 44
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface WireValue {
  /** {@return the code; unique within the enum} */
  int value();
}
