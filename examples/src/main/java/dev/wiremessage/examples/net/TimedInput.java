package dev.wiremessage.examples.net;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * A socket's input stream with the two deadlines of {@link ServerLimits}: before every read it
 * sets the socket's read timeout to what is left of the current deadline, so a blocking read
 * never outlives it. Between frames the deadline is the idle timeout after the last message;
 * once a byte of the next frame has arrived it is the frame timeout after that byte, so a peer
 * that drips one byte at a time cannot keep the connection forever.
 */
final class TimedInput extends FilterInputStream {
  private final Socket socket;
  private final ServerLimits limits;
  private long lastMessageAt = System.nanoTime();
  /** When the first byte of the frame under way arrived; 0 between frames. */
  private long frameStartedAt;

  TimedInput(Socket socket, ServerLimits limits) throws IOException {
    super(socket.getInputStream());
    this.socket = socket;
    this.limits = limits;
  }

  /** A message was completed; {@code more} says whether bytes of the next one are already here. */
  void messageDone(boolean more) {
    lastMessageAt = System.nanoTime();
    frameStartedAt = more ? lastMessageAt : 0;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    long now = System.nanoTime();
    long remainingMillis = (deadline() - now) / 1_000_000;
    if (remainingMillis <= 0) {
      throw timeout();
    }
    socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remainingMillis));
    int n;
    try {
      n = super.read(b, off, len);
    } catch (SocketTimeoutException e) {
      throw timeout();
    }
    if (n > 0 && frameStartedAt == 0) {
      frameStartedAt = System.nanoTime();
    }
    return n;
  }

  private long deadline() {
    return frameStartedAt != 0
        ? frameStartedAt + limits.frameTimeoutMillis() * 1_000_000L
        : lastMessageAt + limits.idleTimeoutMillis() * 1_000_000L;
  }

  private SocketTimeoutException timeout() {
    return frameStartedAt != 0
        ? new SocketTimeoutException("frame-timeout: frame not complete after " + limits.frameTimeoutMillis() + " ms")
        : new SocketTimeoutException("idle-timeout: no message for " + limits.idleTimeoutMillis() + " ms");
  }
}
