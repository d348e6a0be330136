package dev.wiremessage.benchmarks.socket;

import dev.wiremessage.benchmarks.model.Quote;
import dev.wiremessage.benchmarks.model.QuoteCodec;
import dev.wiremessage.runtime.FrameReader;
import dev.wiremessage.runtime.FrameWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/**
 * wiremessage over blocking socket streams; the receiver is a {@link FrameReader} (64 KiB).
 * {@code buffered}: a {@link FrameWriter} (64 KiB) flushed as told; otherwise
 * {@code QuoteCodec.write(out, m)}, one {@code write} call per frame.
 */
final class StreamLink extends Link {
  private final Socket sender;
  private final Socket receiver;
  private final OutputStream out;
  private final FrameWriter<Quote> writer; // null: one write per frame
  private final Thread thread;

  StreamLink(Quote[] messages, boolean buffered) throws IOException {
    super(messages);
    Socket[] s = Loopback.sockets();
    sender = s[0];
    receiver = s[1];
    out = sender.getOutputStream();
    writer = buffered ? QuoteCodec.INSTANCE.writer(out) : null;
    FrameReader<Quote> reader = QuoteCodec.INSTANCE.reader(receiver.getInputStream());
    thread = startReceiver("wiremessage-stream-receiver", () -> {
      while (reader.read() != null) {
        count();
      }
    });
  }

  @Override
  protected void write(int index, boolean flush) throws IOException {
    if (writer == null) {
      QuoteCodec.INSTANCE.write(out, messages[index]);
    } else {
      writer.write(messages[index]);
      if (flush) {
        writer.flush();
      }
    }
  }

  @Override
  public void close() throws Exception {
    if (writer != null) {
      writer.close();
    }
    sender.close();
    thread.join(10_000);
    receiver.close();
    checkReceiver();
  }
}
