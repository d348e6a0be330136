package dev.wiremessage.examples.net;

/**
 * How a connection ended.
 *
 * @param peer the peer's address, {@code 127.0.0.1:54321}
 * @param messages the messages it delivered
 * @param error null for a clean end (the peer closed between frames, or the server closed),
 *     otherwise the one-line reason it was dropped: {@code malformed: ...},
 *     {@code frame-too-long: ...}, {@code truncated: ...}, {@code idle-timeout: ...},
 *     {@code frame-timeout: ...}, {@code write-queue-full: ...}, {@code io: ...}, and on a TLS
 *     server {@code handshake: ...}, {@code handshake-timeout: ...} or (Netty) {@code tls: ...}
 * @param allocatedBytes the bytes the blocking server's connection thread allocated while
 *     serving it, or -1 when unknown (the NIO server, or a virtual thread)
 */
public record Closed(String peer, long messages, String error, long allocatedBytes) {
  public boolean clean() {
    return error == null;
  }
}
