package dev.wiremessage.runtime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;

/** Streams that misbehave the ways real sockets do, and an allocation meter. */
final class Streams {
  private Streams() {}

  /** Gives at most one byte per read call. */
  static InputStream oneByteAtATime(byte[] b) {
    return new FilterInputStream(new ByteArrayInputStream(b)) {
      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        return super.read(buf, off, Math.min(len, 1));
      }
    };
  }

  /** Counts read calls that asked for bytes. */
  static final class CountingIn extends FilterInputStream {
    int reads;

    CountingIn(byte[] b) {
      super(new ByteArrayInputStream(b));
    }

    @Override
    public int read() throws IOException {
      reads++;
      return super.read();
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      reads++;
      return super.read(buf, off, len);
    }
  }

  /** Counts write calls. */
  static final class CountingOut extends ByteArrayOutputStream {
    int writes;

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      writes++;
      super.write(b, off, len);
    }

    @Override
    public synchronized void write(int b) {
      writes++;
      super.write(b);
    }
  }

  /** Bytes this thread allocated so far (HotSpot). */
  static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getThreadAllocatedBytes(Thread.currentThread().getId());
  }
}
