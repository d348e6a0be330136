package dev.wiremessage.examples.line;

import dev.wiremessage.Delimited;
import dev.wiremessage.Length;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;

/**
 * One line of UTF-8 text ended by {@code \n}, the delimiter protocol of the classic Python
 * tutorial ({@code data.split(b'\n')}): {@code new Line("hi")} is {@code 68 69 0A}. The text
 * takes the whole payload ({@code REST}), so it has no length of its own; a text that holds a
 * {@code \n} cannot be encoded.
 */
@WireMessage
@Delimited
public record Line(@Utf8(length = Length.REST) String text) {}
