package dev.wiremessage.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.TestCodecs.Blob;
import dev.wiremessage.runtime.TestCodecs.BlobCodec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * What encoding allocates on the calling thread (HotSpot's per-thread counter), after a
 * warm-up: the frame a caller gets, and nothing a caller would see as churn on top of it.
 */
class AllocationTest {
  private static final int CALLS = 2_000;

  @Test
  void toFrameOfAFrameThatFillsTheScratchArrayAllocatesOnlyTheFrame() throws Exception {
    // A REST byte array is copied in one go, so the scratch array grows to exactly the frame's
    // size: the frame fills it. Handing that array out made the next call start again from a
    // 256-byte array (4096 + 272 B a call); the caller should pay for the frame only.
    BlobCodec codec = new BlobCodec(Framing.lengthPrefixed(Length.U32, Endian.BIG, 1 << 20));
    Blob blob = new Blob(new byte[4092]);
    Arrays.fill(blob.data(), (byte) 7);
    byte[][] keep = new byte[CALLS][];
    for (int i = 0; i < CALLS; i++) { // warm-up
      keep[i] = codec.toFrame(blob);
    }
    long before = Streams.allocated();
    for (int i = 0; i < CALLS; i++) {
      keep[i] = codec.toFrame(blob);
    }
    long perCall = (Streams.allocated() - before) / CALLS;
    assertEquals(4096, keep[CALLS - 1].length);
    assertEquals(blob, codec.fromFrame(keep[CALLS - 1]));
    assertTrue(perCall < 4096 + 64, "toFrame of a 4096-byte frame allocated " + perCall + " B a call");
  }
}
