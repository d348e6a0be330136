package dev.wiremessage.examples.strict;

import static dev.wiremessage.examples.strict.AllPaths.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.examples.strict.Shapes.Empty;
import dev.wiremessage.examples.strict.Shapes.Nested2;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.spi.PayloadReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Elements that take no bytes (empty records) are bounded by one budget per payload,
 * {@link PayloadReader#MAX_ZERO_WIDTH_COUNT}, across every count and nesting level: nested
 * counts cannot multiply it (issue 11, item 4: 1 KiB built 16.7 million objects).
 */
class ZeroWidthBudgetTest {
  static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** A Nested2 frame: {@code counts.length} inner lists (U32 counts), announcing {@code counts[i]} Empty each. */
  static byte[] frame(int... counts) {
    ByteBuffer b = ByteBuffer.allocate(8 + 4 * counts.length).putInt(4 + 4 * counts.length).putInt(counts.length);
    for (int c : counts) {
      b.putInt(c);
    }
    return b.array();
  }

  @Test
  void aKibibyteOfNestedCountsIsMalformedAndAllocatesLittle() throws IOException {
    int[] counts = new int[255];
    java.util.Arrays.fill(counts, 1 << 16); // 255 x 65,536 = 16.7 million Empty records in 1 KiB
    byte[] frame = frame(counts);
    assertEquals(1028, frame.length);
    long before = THREADS.getCurrentThreadAllocatedBytes();
    WireFormatException e = assertThrows(WireFormatException.class, () -> Shapes_Nested2Codec.INSTANCE.fromFrame(frame));
    long used = THREADS.getCurrentThreadAllocatedBytes() - before;
    assertEquals(ErrorCategory.MALFORMED, e.category());
    assertTrue(e.getMessage().contains("elements that take no bytes, 0 left of the payload's 65536"), e.getMessage());
    // the first inner list spends the budget (65,536 Empty records and a list): about 2 MiB, not 400 MiB
    assertTrue(used < 4L << 20, "allocated " + used + " bytes for a " + frame.length + "-byte frame");
    rejects(Shapes_Nested2Codec.INSTANCE, ErrorCategory.MALFORMED, List.of(new Nested2(List.of(List.of(new Empty())))), frame);
  }

  @Test
  void theBudgetIsForThePayloadNotForEachCount() throws IOException {
    Nested2 n = Shapes_Nested2Codec.INSTANCE.fromFrame(frame(1 << 15, 1 << 15));
    assertEquals(PayloadReader.MAX_ZERO_WIDTH_COUNT, n.xs().stream().mapToInt(List::size).sum());
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> Shapes_Nested2Codec.INSTANCE.fromFrame(frame(1 << 15, 1 << 15, 1)));
    assertEquals(ErrorCategory.MALFORMED, e.category());
    assertEquals("xs", e.component());
    assertEquals(12, e.offset(), "the third count, which the budget cannot cover");
    // each payload has its own budget: the same frame decodes again, and on a stream of many
    assertEquals(2, Shapes_Nested2Codec.INSTANCE.fromFrame(frame(1 << 15, 1 << 15)).xs().size());
  }
}
