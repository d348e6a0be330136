/**
 * The wiremessage runtime: {@link dev.wiremessage.runtime.WireCodec} (implemented by the
 * generated codecs), {@link dev.wiremessage.runtime.Framing}, the non-blocking
 * {@link dev.wiremessage.runtime.FrameDecoder}, and the categorized exceptions. Needs only
 * the JDK; Jackson 3 when a record uses JSON.
 */
package dev.wiremessage.runtime;
