package dev.wiremessage.examples.chat;

/** Written by name (no {@code @WireValue}): {@code OK} is {@code 02 4F 4B} with a 1-byte length. */
public enum Status {
  OK,
  REJECTED
}
