/**
 * Netty 4.2 handlers for any wiremessage codec: {@link dev.wiremessage.netty.WireMessageDecoder}
 * (bytes to messages, every framing, the frame limit, categorized errors through
 * {@code exceptionCaught}) and {@link dev.wiremessage.netty.WireMessageEncoder} (messages to
 * frames, one exact-size {@code ByteBuf} each).
 */
package dev.wiremessage.netty;
