/**
 * Netty 4.2 handlers for wiremessage codecs: {@code WireMessageDecoder} and
 * {@code WireMessageEncoder}. Netty itself is the application's to bring.
 */
module dev.wiremessage.netty {
  requires transitive dev.wiremessage.runtime;
  requires transitive io.netty.codec;
  requires transitive io.netty.transport;
  requires transitive io.netty.buffer;

  exports dev.wiremessage.netty;
}
