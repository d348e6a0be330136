package dev.wiremessage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends a component through a {@link WireConverter}: its value is converted to the
 * converter's wire type, which is encoded as a component of that type would be (the
 * component's encoding annotation applies to the wire side). In a {@code List<T>},
 * {@code Optional<T>} or array, the converter applies to each element.
 *
 * <pre>
 * &#64;WireAs(converter = InstantMillis.class) &#64;FixedInt(bytes = 8) Instant at     8 bytes: epoch milliseconds
 * </pre>
 *
 * <p>Overrides a built-in encoding ({@code Instant}, {@code UUID}...). The layout descriptor
 * records the wire side only.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface WireAs {
  /**
   * {@return the converter: a class implementing {@code WireConverter<J, W>} for the
   * component's type {@code J}, not generic, with a no-argument constructor the record's
   * package can call}
   */
  Class<? extends WireConverter<?, ?>> converter();
}
