package dev.wiremessage.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.TestCodecs.Node;
import dev.wiremessage.runtime.TestCodecs.NodeCodec;
import dev.wiremessage.runtime.TestCodecs.Quote;
import dev.wiremessage.runtime.TestCodecs.QuoteCodec;
import dev.wiremessage.runtime.TestCodecs.Tree;
import dev.wiremessage.runtime.TestCodecs.TreeCodec;
import dev.wiremessage.runtime.spi.CodecSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The nesting-depth limit, and that every limit is validated and survives the other withX calls. */
class LimitsTest {

  /** A chain of {@code levels} Nodes, the top-level one included. */
  static Node chain(int levels) {
    Node n = new Node(levels, Optional.empty());
    for (int i = levels - 1; i >= 1; i--) {
      n = new Node(i, Optional.of(n));
    }
    return n;
  }

  /** Checks {@code n} is {@code chain(levels)} without a deep record equals (a stack frame chain of its own). */
  static void assertChain(int levels, Node n) {
    for (int i = 1; i < levels; i++) {
      assertEquals(i, n.v());
      n = n.next().orElseThrow();
    }
    assertEquals(new Node(levels, Optional.empty()), n);
  }

  /** The payload of a chain: {@code levels} times (v, presence), the last presence 00. */
  static byte[] chainPayload(int levels) {
    ByteBuffer b = ByteBuffer.allocate(levels * 5);
    for (int i = 1; i <= levels; i++) {
      b.putInt(i).put((byte) (i < levels ? 1 : 0));
    }
    return b.array();
  }

  static byte[] frame(byte[] payload) {
    return ByteBuffer.allocate(4 + payload.length).putInt(payload.length).put(payload).array();
  }

  @Test
  void defaultDepthIs64AndTheTopLevelMessageCounts() throws IOException {
    assertEquals(64, NodeCodec.INSTANCE.maxDepth());
    assertEquals(CodecSettings.DEFAULT_MAX_DEPTH, NodeCodec.INSTANCE.maxDepth());
    assertChain(64, NodeCodec.INSTANCE.decode(chainPayload(64)));
    WireFormatException e = assertThrows(WireFormatException.class, () -> NodeCodec.INSTANCE.decode(chainPayload(65)));
    assertEquals(ErrorCategory.MALFORMED, e.category());
    assertEquals("Node", e.messageType());
    assertEquals("next", e.component());
    assertEquals(64 * 5, e.offset()); // where the 65th message would start
    assertEquals("malformed: Node.next: messages nested deeper than 64 (maxDepth) (at byte 320)", e.getMessage());
  }

  @Test
  void hostileFrameOfPresenceBytesFailsAsMalformedNotStackOverflow() throws IOException {
    byte[] frame = frame(chainPayload(200_000)); // 1 MB: far past any thread's stack without the limit
    WireFormatException e = assertThrows(WireFormatException.class, () -> NodeCodec.INSTANCE.fromFrame(frame));
    assertEquals(ErrorCategory.MALFORMED, e.category());
    assertTrue(e.getMessage().contains("nested deeper than 64"), e.getMessage());
    assertThrows(WireFormatException.class, () -> NodeCodec.INSTANCE.read(new ByteArrayInputStream(frame)));
    FrameDecoder<Node> d = NodeCodec.INSTANCE.newDecoder();
    WireFormatException nb = assertThrows(WireFormatException.class, () -> d.decode(ByteBuffer.wrap(frame)));
    assertEquals(ErrorCategory.MALFORMED, nb.category());
    try (FrameReader<Node> r = NodeCodec.INSTANCE.reader(new ByteArrayInputStream(frame))) {
      assertThrows(WireFormatException.class, r::read);
    }
  }

  @Test
  void withMaxDepthRaisesAndLowersTheLimit() throws IOException {
    NodeCodec codec = NodeCodec.INSTANCE;
    assertLimit(codec.withMaxDepth(CodecSettings.MAX_MAX_DEPTH), CodecSettings.MAX_MAX_DEPTH);
    assertLimit(codec.withMaxDepth(1), 1);
    assertLimit(codec.withMaxDepth(5), 5);
    // a flat record is depth 1: any limit decodes it
    assertEquals(new Quote("A", 1, 2, "B"),
        QuoteCodec.INSTANCE.withMaxDepth(1).fromFrame(QuoteCodec.INSTANCE.toFrame(new Quote("A", 1, 2, "B"))));
  }

  @Test
  void theLargestDepthLimitFitsASmallThreadStack() throws Exception {
    // The bound of withMaxDepth exists so that a limit never becomes a StackOverflowError: at the
    // largest limit, decoding and encoding that deep run on a 512 KiB stack (-Xss512k).
    Throwable[] failure = new Throwable[1];
    Thread t = new Thread(null, () -> {
      try {
        assertLimit(NodeCodec.INSTANCE.withMaxDepth(CodecSettings.MAX_MAX_DEPTH), CodecSettings.MAX_MAX_DEPTH);
      } catch (Throwable e) {
        failure[0] = e;
      }
    }, "small-stack", 512 * 1024);
    t.start();
    t.join();
    if (failure[0] != null) {
      throw new AssertionError("at maxDepth " + CodecSettings.MAX_MAX_DEPTH + " on a 512 KiB stack", failure[0]);
    }
  }

  /** Decoding and encoding accept exactly {@code max} levels. */
  static void assertLimit(WireCodec<Node> codec, int max) throws IOException {
    assertEquals(max, codec.maxDepth());
    assertChain(max, codec.decode(chainPayload(max)));
    assertThrows(WireFormatException.class, () -> codec.decode(chainPayload(max + 1)));
    assertEquals(frame(chainPayload(max)).length, codec.toFrame(chain(max)).length);
    WireEncodeException e = assertThrows(WireEncodeException.class, () -> codec.encode(chain(max + 1)));
    assertEquals("Node", e.messageType());
    assertEquals("next", e.component());
    assertTrue(e.getMessage().contains("messages nested deeper than " + max + " (maxDepth)"), e.getMessage());
  }

  @Test
  void encodingTooDeepWritesNothing() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThrows(WireEncodeException.class, () -> NodeCodec.INSTANCE.write(out, chain(65)));
    assertEquals(0, out.size());
    try (FrameWriter<Node> w = NodeCodec.INSTANCE.writer(out)) {
      assertThrows(WireEncodeException.class, () -> w.write(chain(65)));
      w.write(chain(64)); // the writer's reused encoder starts again at depth 1
      w.write(chain(3));
    }
    try (FrameReader<Node> r = NodeCodec.INSTANCE.reader(new ByteArrayInputStream(out.toByteArray()))) {
      assertChain(64, r.read());
      assertChain(3, r.read());
      assertNull(r.read());
    }
  }

  @Test
  void aCyclicGraphIsAnEncodeErrorNotStackOverflow() {
    List<Tree> children = new ArrayList<>();
    Tree loop = new Tree(children);
    children.add(loop);
    WireEncodeException e = assertThrows(WireEncodeException.class, () -> TreeCodec.INSTANCE.toFrame(loop));
    assertEquals("children", e.component());
    // siblings do not add depth: a wide tree of depth 2 is fine with maxDepth 2
    Tree wide = new Tree(List.of(new Tree(List.of()), new Tree(List.of()), new Tree(List.of())));
    assertEquals(1 + 3, TreeCodec.INSTANCE.withMaxDepth(2).encode(wide).length);
  }

  @Test
  void siblingsDoNotAddDepthWhenDecoding() throws IOException {
    // 03 | 00 | 00 | 00: three empty children, depth 2
    assertEquals(3, TreeCodec.INSTANCE.withMaxDepth(2).decode(new byte[] {3, 0, 0, 0}).children().size());
    // 01 | 01 | 00: a child with a child, depth 3
    assertThrows(WireFormatException.class, () -> TreeCodec.INSTANCE.withMaxDepth(2).decode(new byte[] {1, 1, 0}));
    assertEquals(1, TreeCodec.INSTANCE.withMaxDepth(3).decode(new byte[] {1, 1, 0}).children().size());
  }

  @Test
  void deeplyNestedJsonIsMalformedNotStackOverflow() {
    // Config.settings is a U32-length JSON blob of Map<String, Object>: {"a":[[[[...
    String json = "{\"a\":" + "[".repeat(100_000);
    byte[] text = json.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] payload = ByteBuffer.allocate(2 + 4 + text.length).putShort((short) 1).putInt(text.length).put(text).array();
    WireFormatException e = assertThrows(WireFormatException.class, () -> TestCodecs.ConfigCodec.INSTANCE.decode(payload));
    assertEquals(ErrorCategory.MALFORMED, e.category());
    assertEquals("settings", e.component());
    assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
  }

  @Test
  void limitsAreValidatedWhenSet() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> NodeCodec.INSTANCE.withMaxDepth(0));
    assertEquals("maxDepth: 0 (expected: 1..256)", zero.getMessage());
    assertEquals("maxDepth: -3 (expected: 1..256)",
        assertThrows(IllegalArgumentException.class, () -> NodeCodec.INSTANCE.withMaxDepth(-3)).getMessage());
    // unbounded, 1 << 20 was a StackOverflowError on a 512 KiB stack instead of a malformed frame
    assertEquals("maxDepth: 1048576 (expected: 1..256)",
        assertThrows(IllegalArgumentException.class, () -> NodeCodec.INSTANCE.withMaxDepth(1 << 20)).getMessage());
    assertEquals(256, NodeCodec.INSTANCE.withMaxDepth(256).maxDepth());
    assertEquals("maxFrameBytes: 0 (expected: > 0)",
        assertThrows(IllegalArgumentException.class, () -> NodeCodec.INSTANCE.withMaxFrameBytes(0)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new CodecSettings(Framing.lengthPrefixed(Length.U8, Endian.BIG, 10), null, 0));
    assertThrows(NullPointerException.class, () -> CodecSettings.of(null));
  }

  @Test
  void eachWithKeepsTheOtherSettings() {
    JsonMapper mapper = JsonMapper.jackson();
    NodeCodec codec = NodeCodec.INSTANCE;
    var a = codec.withMaxDepth(7).withMaxFrameBytes(100).withJsonMapper(mapper);
    assertEquals(7, a.maxDepth());
    assertEquals(100, a.framing().maxFrameBytes());
    assertTrue(a.toString().contains(", json=" + mapper), a.toString());
    var b = codec.withJsonMapper(mapper).withMaxFrameBytes(100).withMaxDepth(7);
    assertEquals(a.toString(), b.toString());
    assertEquals(64, codec.maxDepth()); // the original is unchanged
    assertTrue(a.toString().contains("maxDepth=7"), a.toString());
  }
}
