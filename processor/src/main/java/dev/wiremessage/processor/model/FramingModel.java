package dev.wiremessage.processor.model;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;

/** The framing of a message or protocol, from {@code @LengthPrefixed} or {@code @Delimited}. */
public sealed interface FramingModel {
  /** The default: {@code @LengthPrefixed} with its defaults. */
  FramingModel DEFAULT = new LengthPrefixed(Length.U32, Endian.BIG, dev.wiremessage.LengthPrefixed.DEFAULT_MAX_FRAME_BYTES);

  record LengthPrefixed(Length length, Endian order, int maxFrameBytes) implements FramingModel {}

  record Delimited(String delimiter, boolean escape, int maxFrameBytes) implements FramingModel {}
}
