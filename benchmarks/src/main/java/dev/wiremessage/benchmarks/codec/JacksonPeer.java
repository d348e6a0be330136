package dev.wiremessage.benchmarks.codec;

import java.io.OutputStream;
import java.util.Arrays;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Jackson 3 databind: one mapper, a reader and writer made once, a reused output array. */
public final class JacksonPeer<T> extends Peer<T> {
  private final ObjectReader reader;
  private final ObjectWriter writer;
  private final Sink sink = new Sink();

  public JacksonPeer(Class<T> type) {
    JsonMapper mapper = JsonMapper.builder().build();
    this.reader = mapper.readerFor(type);
    this.writer = mapper.writerFor(type);
  }

  @Override
  public int encode(T message) {
    sink.count = 0;
    writer.writeValue(sink, message);
    return sink.count;
  }

  @Override
  public byte[] encodeArray(T message) {
    return writer.writeValueAsBytes(message);
  }

  @Override
  public T decode(byte[] frame) {
    return reader.readValue(frame);
  }

  @Override
  public T decodeLast() {
    return reader.readValue(sink.buf, 0, sink.count);
  }

  /** A ByteArrayOutputStream without locks or copies, emptied by setting count. */
  private static final class Sink extends OutputStream {
    byte[] buf = new byte[64 * 1024];
    int count;

    @Override
    public void write(int b) {
      ensure(1);
      buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      ensure(len);
      System.arraycopy(b, off, buf, count, len);
      count += len;
    }

    private void ensure(int n) {
      if (buf.length - count < n) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + n));
      }
    }
  }
}
