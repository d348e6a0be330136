package dev.wiremessage.examples.chat;

import dev.wiremessage.WireValue;

/** Written by code: every constant has a {@link WireValue}, so reordering them changes no byte. */
public enum Mood {
  @WireValue(1) CALM,
  @WireValue(2) HAPPY,
  @WireValue(3) GRUMPY
}
