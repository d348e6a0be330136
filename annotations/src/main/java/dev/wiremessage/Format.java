package dev.wiremessage;

/** What a message's payload is made of. */
public enum Format {
  /**
   * The components in declaration order, each in its encoding, with no tags and no padding.
   * {@code record P(@FixedInt(bytes = 2) int x, boolean b)} with {@code (258, true)} is
   * {@code 01 02 01}.
   */
  BINARY,
  /**
   * One compact JSON object (UTF-8) with the components by name, in declaration order:
   * {@code {"message":"hi","value":42}}. Decoding accepts any key order and white space and
   * ignores unknown keys.
   */
  JSON
}
