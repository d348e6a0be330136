package dev.wiremessage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Ends each payload with a delimiter, one byte per character of {@link #value()} (each
 * U+0000..U+00FF).
 *
 * <pre>
 * &#64;Delimited("\r\n"), payload "PING":   &#64;Delimited(value = "\n", escape = true),
 * +-------------+-------+                 payload 0A 7D 41:
 * | 50 49 4E 47 | 0D 0A |                 +-------+-------+----+----+
 * +-------------+-------+                 | 7D 2A | 7D 5D | 41 | 0A |
 *                                         +-------+-------+----+----+
 * </pre>
 *
 * <p>Without escaping, a payload that holds the delimiter cannot be sent (the encoder fails).
 * With escaping, every payload byte equal to the delimiter's first byte or to {@code 0x7D} is
 * sent as {@code 0x7D, b ^ 0x20} (RFC 1662 octet stuffing).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Delimited {
  /** {@return the delimiter; not empty, each character U+0000..U+00FF} */
  String value() default "\n";

  /** {@return whether the payload is octet-stuffed, so that any bytes can travel} */
  boolean escape() default false;

  /** {@return the largest (escaped) payload a reader buffers before it fails, in bytes; at least 1} */
  int maxFrameBytes() default LengthPrefixed.DEFAULT_MAX_FRAME_BYTES;
}
