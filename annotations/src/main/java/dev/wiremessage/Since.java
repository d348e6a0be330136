package dev.wiremessage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The version of its message in which a record component was added: components without it
 * are version 1. {@code @Since} components come after every component without it, in
 * non-decreasing version, and have a value a reader gives them when the frame predates them
 * (their <em>absent value</em>): {@code Optional.empty()}, {@code null} for a
 * {@code @Nullable} reference, an empty list or array, {@code 0} or {@code false} for a
 * primitive.
 *
 * <pre>
 * &#64;WireMessage
 * record Reading(&#64;FixedInt(bytes = 4) int sensor, double value,
 *                &#64;Since(2) Optional&lt;String&gt; unit, &#64;Since(2) int scale) {}
 *
 * a version-2 writer: new Reading(7, 21.5, Optional.of("C"), 3)
 * +-------------+-------------+-------------------------+----+-------------+----+-------------+
 * | 00 00 00 16 | 00 00 00 07 | 40 35 80 00 00 00 00 00 | 01 | 00 00 00 01 | 43 | 00 00 00 03 |
 * +-------------+-------------+-------------------------+----+-------------+----+-------------+
 *   frame header   sensor = 7     value = 21.5            unit = "C"             scale = 3
 *
 * a version-1 writer's frame, read as Reading[7, 21.5, Optional.empty, 0]:
 * | 00 00 00 0C | 00 00 00 07 | 40 35 80 00 00 00 00 00 |
 * </pre>
 *
 * <p>A version's components are absent only all together, at the end of the payload: a payload
 * that ends after {@code unit} but before {@code scale} is malformed. A message with a
 * {@code @Since} component is <em>evolving</em> (so is one that is
 * {@link WireMessage#extensible()}): nested in another message, it is written after its
 * payload's byte length as a {@link Length#VARINT}, so that its end stays findable.
 *
 * <p>An older reader rejects a newer writer's frame (bytes after its last component are
 * malformed) unless the message is {@link WireMessage#extensible()}: so, without
 * {@code extensible}, deploy the readers first.
 *
 * <p>In a {@link Format#JSON} body, a {@code @Since} component whose key is missing (or
 * {@code null}) takes its absent value. This annotation alone is kept at run time
 * ({@link RetentionPolicy#RUNTIME}): a JSON mapper binds the record by reflection, and must see
 * which components a peer of an older version leaves out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Since {
  /** {@return the version of the message that added the component, 2 or more} */
  int value();
}
