package dev.wiremessage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record whose codec the processor generates: {@code LoginCodec} for {@code Login},
 * {@code Outer_LoginCodec} for a record nested in {@code Outer}.
 *
 * <p>A binary payload ({@link Format#BINARY}) is the components in declaration order:
 *
 * <pre>
 * &#64;WireMessage
 * record Quote(&#64;Utf8(length = Length.U8) String symbol, &#64;FixedInt(bytes = 4) int qty) {}
 *
 * new Quote("AAPL", 300), framed with the default 4-byte big-endian length:
 * +-------------+----+-------------+-------------+
 * | 00 00 00 09 | 04 | 41 41 50 4C | 00 00 01 2C |
 * +-------------+----+-------------+-------------+
 *   frame header  len   "AAPL"        qty = 300
 * </pre>
 *
 * <p>The framing is {@link LengthPrefixed} unless the record carries {@link Delimited}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WireMessage {
  /**
   * {@return the tag of this message inside a {@link WireProtocol}}: required (0 or more)
   * there, and {@code -1} (none) for a message used on its own.
   */
  int id() default -1;

  /** {@return the payload: binary components (the default) or one JSON object} */
  Format format() default Format.BINARY;
}
