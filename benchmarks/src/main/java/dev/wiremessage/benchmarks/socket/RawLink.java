package dev.wiremessage.benchmarks.socket;

import dev.wiremessage.benchmarks.model.Quote;
import dev.wiremessage.benchmarks.model.QuoteCodec;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;

/**
 * The raw floor: frames encoded before the benchmark, copied through a 64 KiB
 * {@link BufferedOutputStream}, read back with a {@link DataInputStream} (length, then the
 * bytes into one reused array; nothing is decoded).
 */
final class RawLink extends Link {
  private final Socket sender;
  private final Socket receiver;
  private final BufferedOutputStream out;
  private final byte[][] frames;
  private final Thread thread;

  RawLink(Quote[] messages) throws IOException {
    super(messages);
    frames = new byte[messages.length][];
    for (int i = 0; i < messages.length; i++) {
      frames[i] = QuoteCodec.INSTANCE.toFrame(messages[i]);
    }
    Socket[] s = Loopback.sockets();
    sender = s[0];
    receiver = s[1];
    out = new BufferedOutputStream(sender.getOutputStream(), 64 * 1024);
    DataInputStream in = new DataInputStream(new BufferedInputStream(receiver.getInputStream(), 64 * 1024));
    thread = startReceiver("raw-receiver", () -> {
      byte[] buf = new byte[64 * 1024];
      try {
        while (true) {
          int n = in.readInt();
          in.readFully(buf, 0, n);
          count();
        }
      } catch (EOFException end) {
        // the sender closed
      }
    });
  }

  @Override
  protected void write(int index, boolean flush) throws IOException {
    out.write(frames[index]);
    if (flush) {
      out.flush();
    }
  }

  @Override
  public void close() throws Exception {
    out.flush();
    sender.close();
    thread.join(10_000);
    receiver.close();
    checkReceiver();
  }
}
