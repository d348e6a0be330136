package dev.wiremessage;

/**
 * Maps a Java type the processor does not encode (or encodes otherwise) onto one it does: the
 * <em>wire side</em> {@code W}, written and read as a component of that type would be, so
 * {@code @FixedInt}, {@code @Utf8}, {@code @Bytes} and the rest apply to it, and a
 * {@code @WireMessage} record as {@code W} gives a form of several fields. Named on a component
 * with {@link WireAs}; the generated codec holds one instance, made with the public no-argument
 * constructor, and calls it directly (no reflection).
 *
 * <pre>
 * public final class InstantMillis implements WireConverter&lt;Instant, Long&gt; {
 *   public Long toWire(Instant value) { return value.toEpochMilli(); }
 *   public Instant fromWire(Long wire) { return Instant.ofEpochMilli(wire); }
 * }
 *
 * &#64;WireMessage
 * record Tick(&#64;WireAs(converter = InstantMillis.class) &#64;FixedInt(bytes = 8) Instant at) {}
 * </pre>
 *
 * <p>A converter is called with non-null values only (an absent {@code Optional} or
 * {@code @Nullable} value is a presence byte and never reaches it), must return non-null, and
 * must be stateless or thread-safe: one instance serves every thread. An exception it throws
 * while encoding becomes a {@code WireEncodeException} naming the component; while decoding,
 * a {@code malformed} {@code WireFormatException} naming the component and its offset.
 *
 * @param <J> the component's Java type
 * @param <W> the type on the wire
 */
public interface WireConverter<J, W> {
  /**
   * {@return the wire form of {@code value}, never null}
   *
   * @param value the component's value, never null
   */
  W toWire(J value);

  /**
   * {@return the Java value of {@code wire}, never null}; throw (any runtime exception) to
   * reject a wire value as malformed
   *
   * @param wire the value read from the wire, never null
   */
  J fromWire(W wire);
}
