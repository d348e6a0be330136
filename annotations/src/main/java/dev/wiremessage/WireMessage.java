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
 *
 * <p>A message changes over time by appending {@link Since} components; {@link #extensible()}
 * lets a reader of an older version skip what a newer writer appended.
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

  /**
   * {@return whether a reader skips the bytes a later version of the message appended after
   * the components it knows} With {@code false}, the default, such bytes are malformed, and
   * the readers of a message must be deployed before its writers add a {@link Since}
   * component. Declare {@code extensible = true} from a message's first release and both
   * sides upgrade in any order. It changes nothing a writer writes:
   *
   * <pre>
   * &#64;WireMessage(extensible = true)
   * record Ping(&#64;FixedInt(bytes = 2) int seq) {}
   *
   * written:           00 00 00 02 | 00 05
   * read as Ping[5]:   00 00 00 0B | 00 05 | 01 00 00 00 04 61 62 63 64
   *                                          a later version's component, skipped
   * </pre>
   *
   * <p>An extensible message nested in another is written after its payload's byte length, a
   * {@link Length#VARINT}, and no component of it may be {@link Length#REST}.
   */
  boolean extensible() default false;
}
