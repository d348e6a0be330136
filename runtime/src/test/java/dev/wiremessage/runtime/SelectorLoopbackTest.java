package dev.wiremessage.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.runtime.TestCodecs.Line;
import dev.wiremessage.runtime.TestCodecs.LineCodec;
import dev.wiremessage.runtime.TestCodecs.Quote;
import dev.wiremessage.runtime.TestCodecs.QuoteCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A real loopback connection: a blocking client sends 10,000 frames in random chunk sizes with
 * random pauses; a selector loop decodes them with {@link FrameDecoder} from reads of random
 * sizes and echoes each through {@link ChannelFrameWriter} (small socket buffers and a client
 * that starts reading late, so the server sees partial writes and waits for OP_WRITE); the
 * client reads the echoes with {@link FrameReader}. Everything arrives, intact, in order.
 */
class SelectorLoopbackTest {
  private static final int COUNT = 10_000;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void lengthPrefixedQuotes() throws Exception {
    Random random = new Random(41);
    List<Quote> sent = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      sent.add(new Quote("S" + random.nextInt(100_000), random.nextLong(), i, "v".repeat(random.nextInt(40))));
    }
    echo(QuoteCodec.INSTANCE, sent, random);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void delimitedLines() throws Exception {
    Random random = new Random(42);
    LineCodec codec = new LineCodec(Framing.delimited("\n", false, 1 << 16));
    List<Line> sent = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      sent.add(new Line("line " + i + " é".repeat(random.nextInt(30))));
    }
    echo(codec, sent, random);
  }

  private static final class Conn<T> {
    final FrameDecoder<T> decoder;
    final ChannelFrameWriter<T> writer;
    final List<T> received = new ArrayList<>();
    boolean inputDone;

    Conn(WireCodec<T> codec, SocketChannel ch) {
      decoder = codec.newDecoder();
      writer = codec.channelWriter(ch);
    }
  }

  private static <T> void echo(WireCodec<T> codec, List<T> sent, Random random) throws Exception {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (T m : sent) {
      codec.write(all, m);
    }
    byte[] stream = all.toByteArray();
    long seed = random.nextLong();
    List<T> echoed = Collections.synchronizedList(new ArrayList<>());
    AtomicReference<Throwable> clientFailure = new AtomicReference<>();
    int partialFlushes = 0;
    Conn<T> conn = null;

    try (Selector selector = Selector.open(); ServerSocketChannel server = ServerSocketChannel.open()) {
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      server.configureBlocking(false);
      server.register(selector, SelectionKey.OP_ACCEPT);
      int port = ((InetSocketAddress) server.getLocalAddress()).getPort();

      Socket socket = new Socket();
      socket.setReceiveBufferSize(4096);
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
      Thread writerThread = new Thread(() -> {
        Random r = new Random(seed);
        try {
          OutputStream out = socket.getOutputStream();
          for (int p = 0; p < stream.length; ) {
            int n = Math.min(stream.length - p, 1 + r.nextInt(r.nextBoolean() ? 16 : 4000));
            out.write(stream, p, n);
            out.flush();
            p += n;
            if (r.nextInt(50) == 0) {
              Thread.sleep(1);
            }
          }
          socket.shutdownOutput();
        } catch (Throwable t) {
          clientFailure.compareAndSet(null, t);
        }
      }, "loopback-client-writer");
      Thread readerThread = new Thread(() -> {
        try {
          Thread.sleep(200); // let the server's queue build up
          FrameReader<T> reader = codec.reader(socket.getInputStream());
          for (T m; (m = reader.read()) != null; ) {
            echoed.add(m);
          }
        } catch (Throwable t) {
          clientFailure.compareAndSet(null, t);
        }
      }, "loopback-client-reader");
      writerThread.setDaemon(true);
      readerThread.setDaemon(true);
      writerThread.start();
      readerThread.start();

      ByteBuffer buf = ByteBuffer.allocate(8192); // shared by the loop, as a server would
      boolean closed = false;
      while (!closed) {
        assertTrue(clientFailure.get() == null, () -> "client failed: " + clientFailure.get());
        selector.select(1000);
        for (SelectionKey key : selector.selectedKeys()) {
          if (key.isAcceptable()) {
            SocketChannel ch = server.accept();
            if (ch == null) {
              continue;
            }
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.SO_SNDBUF, 4096);
            conn = new Conn<>(codec, ch);
            ch.register(selector, SelectionKey.OP_READ, conn);
            continue;
          }
          @SuppressWarnings("unchecked")
          Conn<T> c = (Conn<T>) key.attachment();
          SocketChannel ch = (SocketChannel) key.channel();
          if (key.isReadable()) {
            buf.clear().limit(1 + random.nextInt(buf.capacity())); // reads of random sizes
            int n = ch.read(buf);
            buf.flip();
            c.decoder.decodeAll(buf, m -> {
              c.received.add(m);
              assertTrue(c.writer.enqueue(m), "queue bound");
            });
            assertEquals(0, buf.remaining(), "decodeAll consumes everything");
            if (n < 0) {
              c.decoder.finish();
              c.inputDone = true;
            }
          }
          if (key.isValid() && (key.isReadable() || key.isWritable())) {
            if (c.writer.flush()) {
              if (c.inputDone) {
                ch.close();
                closed = true;
              } else {
                key.interestOps(SelectionKey.OP_READ);
              }
            } else {
              partialFlushes++;
              key.interestOps(c.inputDone ? SelectionKey.OP_WRITE : SelectionKey.OP_READ | SelectionKey.OP_WRITE);
            }
          }
        }
        selector.selectedKeys().clear();
      }
      writerThread.join(10_000);
      readerThread.join(10_000);
      socket.close();
    }
    assertTrue(clientFailure.get() == null, () -> "client failed: " + clientFailure.get());
    assertEquals(sent.size(), conn.received.size());
    assertEquals(sent, conn.received, "the server got every message, in order");
    assertEquals(sent, echoed, "the client got every echo, in order");
    assertTrue(partialFlushes > 0, "the test should have made the server wait for OP_WRITE");
  }
}
