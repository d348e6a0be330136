/**
 * Netty 4.2 handlers for any wiremessage codec: {@link dev.wiremessage.netty.WireMessageDecoder}
 * (bytes to messages, every framing, the frame limit, categorized errors through
 * {@code exceptionCaught}) and {@link dev.wiremessage.netty.WireMessageEncoder} (messages to
 * frames, written straight into the outbound {@code ByteBuf}).
 */
package dev.wiremessage.netty;
