package dev.wiremessage.benchmarks.socket;

import dev.wiremessage.benchmarks.model.Quote;
import dev.wiremessage.benchmarks.model.QuoteCodec;
import dev.wiremessage.runtime.ChannelFrameWriter;
import dev.wiremessage.runtime.FrameDecoder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.function.Consumer;

/**
 * wiremessage over non-blocking channels: a {@link ChannelFrameWriter} whose flush waits on a
 * selector for {@code OP_WRITE} when the socket is full, and a receiver in a selector loop
 * feeding a {@link FrameDecoder} from one 64 KiB heap buffer.
 */
final class NioLink extends Link {
  private final SocketChannel sender;
  private final SocketChannel receiver;
  private final ChannelFrameWriter<Quote> writer;
  private final Selector writeSelector;
  private final Selector readSelector;
  private final Thread thread;

  NioLink(Quote[] messages) throws IOException {
    super(messages);
    SocketChannel[] c = Loopback.channels();
    sender = c[0];
    receiver = c[1];
    sender.configureBlocking(false);
    receiver.configureBlocking(false);
    writer = QuoteCodec.INSTANCE.channelWriter(sender);
    writeSelector = Selector.open();
    sender.register(writeSelector, SelectionKey.OP_WRITE);
    readSelector = Selector.open();
    receiver.register(readSelector, SelectionKey.OP_READ);
    FrameDecoder<Quote> decoder = QuoteCodec.INSTANCE.newDecoder();
    Consumer<Quote> handler = m -> count();
    thread = startReceiver("wiremessage-nio-receiver", () -> {
      ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
      while (true) {
        readSelector.select();
        readSelector.selectedKeys().clear();
        int n;
        while ((n = receiver.read(buf)) > 0) {
          buf.flip();
          decoder.decodeAll(buf, handler);
          buf.clear();
        }
        if (n < 0) {
          decoder.finish();
          return;
        }
      }
    });
  }

  @Override
  protected void write(int index, boolean flush) throws IOException {
    while (!writer.enqueue(messages[index])) {
      drain(); // the queue bound (4 MiB) is full: wait until the socket takes some
    }
    if (flush) {
      drain();
    }
  }

  private void drain() throws IOException {
    while (!writer.flush()) {
      writeSelector.select();
      writeSelector.selectedKeys().clear();
    }
  }

  @Override
  public void close() throws Exception {
    drain();
    sender.close();
    writeSelector.close();
    thread.join(10_000);
    readSelector.close();
    receiver.close();
    checkReceiver();
  }
}
