package dev.wiremessage.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A channel that takes at most {@code perCall} bytes per write call, as a non-blocking socket
 * with a full send buffer does, and records what it took; {@link #gathering()} if it may.
 */
class FakeChannel implements GatheringByteChannel {
  final ByteArrayOutputStream taken = new ByteArrayOutputStream();
  int perCall;
  int writes;
  int gatheringWrites;
  private boolean open = true;

  FakeChannel(int perCall) {
    this.perCall = perCall;
  }

  /** A view that is only a WritableByteChannel (no gathering writes). */
  WritableByteChannel plain() {
    FakeChannel self = this;
    return new WritableByteChannel() {
      @Override
      public int write(ByteBuffer src) {
        return self.write(src);
      }

      @Override
      public boolean isOpen() {
        return self.isOpen();
      }

      @Override
      public void close() {
        self.close();
      }
    };
  }

  @Override
  public int write(ByteBuffer src) {
    writes++;
    int n = Math.min(perCall, src.remaining());
    for (int i = 0; i < n; i++) {
      taken.write(src.get());
    }
    return n;
  }

  @Override
  public long write(ByteBuffer[] srcs, int offset, int length) {
    gatheringWrites++;
    writes++;
    long left = perCall;
    long total = 0;
    for (int i = offset; i < offset + length && left > 0; i++) {
      int n = (int) Math.min(left, srcs[i].remaining());
      for (int k = 0; k < n; k++) {
        taken.write(srcs[i].get());
      }
      left -= n;
      total += n;
    }
    return total;
  }

  @Override
  public long write(ByteBuffer[] srcs) {
    return write(srcs, 0, srcs.length);
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() {
    open = false;
  }
}
