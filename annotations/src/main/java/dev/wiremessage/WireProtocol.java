package dev.wiremessage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Several message types on one stream: a sealed interface whose permitted subtypes are
 * {@code @WireMessage(id = N)} records. The payload is the message's id, then its payload:
 *
 * <pre>
 * &#64;WireProtocol &#64;LengthPrefixed(length = Length.U16)
 * sealed interface Chat permits Join, Say {}
 * &#64;WireMessage(id = 2) record Say(String text) implements Chat {}
 *
 * new Say("hi"):
 * +-------+-----+-------------+-------+
 * | 00 07 |  02 | 00 00 00 02 | 68 69 |
 * +-------+-----+-------------+-------+
 *  header   tag   text length   "hi"
 * </pre>
 *
 * <p>The framing annotation on the interface holds for every message. An unknown tag is
 * malformed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WireProtocol {
  /** {@return how the tag is written; {@link Length#REST} is not allowed} */
  Length tag() default Length.U8;

  /** {@return the byte order of a multi-byte tag} */
  Endian order() default Endian.BIG;
}
