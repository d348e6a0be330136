/**
 * The wiremessage runtime: {@link dev.wiremessage.runtime.WireCodec} (implemented by the
 * generated codecs), {@link dev.wiremessage.runtime.Framing}, the categorized exceptions, and
 * the connection-side types:
 *
 * <ul>
 *   <li>blocking streams: {@link dev.wiremessage.runtime.FrameReader} (many frames per
 *       {@code read} call) and {@link dev.wiremessage.runtime.FrameWriter} (many frames per
 *       {@code write} call, sent on {@code flush()});
 *   <li>non-blocking channels: {@link dev.wiremessage.runtime.FrameDecoder} (bytes in chunks of
 *       any size) and {@link dev.wiremessage.runtime.ChannelFrameWriter} (a bounded queue,
 *       partial and gathering writes).
 * </ul>
 *
 * <p>Codecs and framings are immutable and thread-safe; readers, writers and decoders hold one
 * connection's state and are not thread-safe. Needs only the JDK; Jackson 3 when a record
 * uses JSON.
 */
package dev.wiremessage.runtime;
