package dev.wiremessage.runtime.internal;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The bytes of one unfinished frame, kept as they arrive. Its capacity never exceeds the bytes
 * held plus one 64 KiB segment, whatever a header announced: the first segment doubles up to
 * 64 KiB (and is reused for the next frame), later ones are 64 KiB each and are joined once,
 * when the frame is complete.
 */
final class FrameBuffer {
  static final int SEGMENT = 64 * 1024;
  private static final int INITIAL = 64;

  private byte[] cur = new byte[INITIAL];
  private int curLen;
  private byte[][] full = new byte[0][];
  private int fullCount;
  private int size;

  int size() {
    return size;
  }

  /** Moves {@code len} bytes from {@code src}'s position. */
  void append(ByteBuffer src, int len) {
    while (len > 0) {
      if (curLen == cur.length) {
        makeRoom();
      }
      int k = Math.min(len, cur.length - curLen);
      src.get(cur, curLen, k);
      curLen += k;
      size += k;
      len -= k;
    }
  }

  private void makeRoom() {
    if (fullCount == 0 && cur.length < SEGMENT) {
      cur = Arrays.copyOf(cur, Math.min(SEGMENT, cur.length * 2));
      return;
    }
    if (fullCount == full.length) {
      full = Arrays.copyOf(full, Math.max(4, fullCount * 2));
    }
    full[fullCount++] = cur;
    cur = new byte[SEGMENT];
    curLen = 0;
  }

  /** The bytes held, contiguous from index 0 (the buffer itself while it is one segment); ours to modify. */
  byte[] array() {
    if (fullCount == 0) {
      return cur;
    }
    byte[] all = new byte[size];
    int p = 0;
    for (int i = 0; i < fullCount; i++) {
      System.arraycopy(full[i], 0, all, p, full[i].length);
      p += full[i].length;
    }
    System.arraycopy(cur, 0, all, p, curLen);
    return all;
  }

  /** Empties the buffer, keeping the first segment for the next frame. */
  void reset() {
    if (fullCount > 0) {
      cur = full[0];
      Arrays.fill(full, 0, fullCount, null);
      fullCount = 0;
    }
    curLen = 0;
    size = 0;
  }
}
