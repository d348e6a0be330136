package dev.wiremessage.runtime.spi;

import static dev.wiremessage.runtime.Hex.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.Framing;
import dev.wiremessage.runtime.Hex;
import dev.wiremessage.runtime.TestCodecs.Blob;
import dev.wiremessage.runtime.TestCodecs.BlobCodec;
import dev.wiremessage.runtime.WireEncodeException;
import dev.wiremessage.runtime.WireFormatException;
import dev.wiremessage.runtime.spi.FrameTargetTest.Growing;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A nested evolving message (evolution.md section 3): written after its payload's byte length
 * as a VARINT by both writers, whatever the length's width; read inside exactly that many bytes,
 * then on after them; every way the length can lie is malformed.
 */
class NestedLengthTest {
  private static final Framing FRAMING = Framing.lengthPrefixed(Length.U32, Endian.BIG, 1 << 22);
  private static final BlobCodec BLOB = new BlobCodec(FRAMING);

  /** {@code Box(Blob blob, int after)}: an evolving record (Blob, whose payload is its bytes) nested with its length. */
  record Box(Blob blob, int after) {}

  static final class BoxCodec extends AbstractWireCodec<Box> {
    static final BoxCodec INSTANCE = new BoxCodec(CodecSettings.of(FRAMING));

    private BoxCodec(CodecSettings settings) {
      super(Box.class, settings);
    }

    @Override
    protected BoxCodec with(CodecSettings settings) {
      return new BoxCodec(settings);
    }

    @Override
    public void encodePayload(Box message, PayloadWriter out) {
      out.writeMessageWithLength(BLOB, message.blob(), "Box.blob");
      out.writeSigned(message.after(), 4, Endian.BIG, "Box.after");
    }

    @Override
    public Box decodePayload(PayloadReader in) throws WireFormatException {
      Blob blob = in.readMessageWithLength(BLOB, "Box.blob");
      int after = (int) in.readSigned(4, Endian.BIG, "Box.after");
      return new Box(blob, after);
    }
  }

  /** {@code Two(byte a)} read from a nested payload of any length: not extensible, or extensible (skips the rest). */
  static final class ByteCodec extends AbstractWireCodec<Byte> {
    final boolean extensible;

    ByteCodec(boolean extensible) {
      super(Byte.class, CodecSettings.of(FRAMING));
      this.extensible = extensible;
    }

    @Override
    protected ByteCodec with(CodecSettings settings) {
      return this;
    }

    @Override
    public void encodePayload(Byte message, PayloadWriter out) {
      out.writeSigned(message, 1, Endian.BIG, "B.a");
    }

    @Override
    public Byte decodePayload(PayloadReader in) throws WireFormatException {
      byte a = (byte) in.readSigned(1, Endian.BIG, "B.a");
      if (extensible) {
        in.skipLaterVersions();
      }
      return a;
    }
  }

  static PayloadReader reader(String hex) {
    byte[] b = bytes(hex);
    return new PayloadReader(PayloadReaderTest.SETTINGS, b, 0, b.length);
  }

  static WireFormatException malformed(String hex, PayloadReaderTest.Read read) {
    WireFormatException e = assertThrows(WireFormatException.class, () -> read.run(reader(hex)));
    assertEquals(ErrorCategory.MALFORMED, e.category());
    return e;
  }

  @Test
  void lengthOfEveryVarintWidthFromBothWriters() throws Exception {
    Random random = new Random(12);
    FrameEncoder<Box> encoder = FrameEncoder.of(BoxCodec.INSTANCE);
    Growing heap = new Growing(false);
    Growing direct = new Growing(true);
    for (int size : new int[] {0, 1, 127, 128, 300, 16_383, 16_384, 70_000, 2_097_151, 2_097_152}) {
      byte[] data = new byte[size];
      random.nextBytes(data);
      Box box = new Box(new Blob(data), 0x01020304);
      byte[] frame = BoxCodec.INSTANCE.toFrame(box);
      byte[] varint = varint(size);
      assertEquals(4 + varint.length + size + 4, frame.length, "frame of a " + size + "-byte blob");
      assertArrayEquals(varint, Arrays.copyOfRange(frame, 4, 4 + varint.length), "length of " + size);
      assertArrayEquals(data, Arrays.copyOfRange(frame, 4 + varint.length, 4 + varint.length + size));
      assertEquals("01020304", Hex.of(Arrays.copyOfRange(frame, frame.length - 4, frame.length)));
      assertEquals(box, BoxCodec.INSTANCE.fromFrame(frame));
      for (Growing target : new Growing[] {heap, direct}) {
        int n = encoder.encode(box, target);
        assertArrayEquals(frame, target.frame(n), "FrameEncoder into " + (target.direct ? "direct" : "heap"));
      }
    }
  }

  @Test
  void lengthsNestInsideLengths() throws Exception {
    // Blob inside a length inside a length: the outer length counts the inner one's bytes
    ArrayPayloadWriter out = new ArrayPayloadWriter(null, 0, 0);
    BoxCodec box = BoxCodec.INSTANCE;
    out.writeMessageWithLength(box, new Box(new Blob(new byte[200]), 7), "T.box");
    byte[] b = out.toArray(0);
    // 200 bytes of blob + its 2-byte length + 4 = 206 = CE 01
    assertEquals("ce01c801", Hex.of(Arrays.copyOf(b, 4)));
    assertEquals(2 + 206, b.length);
    PayloadReader in = new PayloadReader(PayloadReaderTest.SETTINGS, b, 0, b.length);
    assertEquals(new Box(new Blob(new byte[200]), 7), in.readMessageWithLength(box, "T.box"));
    in.expectEnd("T");
  }

  @Test
  void readingGoesOnAfterTheNestedBytes() throws Exception {
    PayloadReader in = reader("02 41 42 00000009");
    assertEquals(new Blob(bytes("4142")), in.readMessageWithLength(BLOB, "Box.blob"));
    assertEquals(9, in.readSigned(4, Endian.BIG, "Box.after"));
    in.expectEnd("Box");
  }

  @Test
  void anExtensibleNestedMessageSkipsWhatItDoesNotKnow() throws Exception {
    PayloadReader in = reader("04 05 ffffff 09");
    assertEquals((byte) 5, in.readMessageWithLength(new ByteCodec(true), "T.b"));
    assertEquals(9, in.readSigned(1, Endian.BIG, "T.after"));
    in.expectEnd("T");
  }

  @Test
  void bytesLeftInANestedMessageThatIsNotExtensibleAreMalformed() {
    WireFormatException e = malformed("03 05 ffff 09", r -> r.readMessageWithLength(new ByteCodec(false), "T.b"));
    assertEquals("malformed: T.b: 2 bytes left after the last component of a 3-byte nested message (at byte 2)", e.getMessage());
  }

  @Test
  void aLengthLargerThanWhatIsLeftIsMalformedBeforeReading() {
    WireFormatException e = malformed("05 0102", r -> r.readMessageWithLength(BLOB, "Box.blob"));
    assertEquals("malformed: Box.blob: message of 5 bytes but 2 left (at byte 0)", e.getMessage());
    // 2^62 bytes announced in a 10-byte payload: refused from the length alone
    WireFormatException huge = malformed("808080808080808040 00", r -> r.readMessageWithLength(BLOB, "Box.blob"));
    assertEquals("malformed: Box.blob: message of 4611686018427387904 bytes but 1 left (at byte 0)", huge.getMessage());
  }

  @Test
  void aVarintLengthCutShortIsMalformed() {
    WireFormatException e = malformed("8080", r -> r.readMessageWithLength(BLOB, "Box.blob"));
    assertEquals(0, e.offset());
    malformed("", r -> r.readMessageWithLength(BLOB, "Box.blob"));
    malformed("ffffffffffffffffffff01", r -> r.readMessageWithLength(BLOB, "Box.blob"));
  }

  @Test
  void aNestedPayloadEndingInsideAComponentIsMalformed() {
    // the nested length says 0: the byte after it belongs to the enclosing message
    WireFormatException e = malformed("00 05", r -> r.readMessageWithLength(new ByteCodec(false), "T.b"));
    assertEquals(ErrorCategory.MALFORMED, e.category());
    assertEquals(1, e.offset());
  }

  @Test
  void depthIsCountedAsForInlineMessages() {
    CodecSettings shallow = PayloadReaderTest.SETTINGS.withMaxDepth(1);
    byte[] b = bytes("01 05");
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> new PayloadReader(shallow, b, 0, b.length).readMessageWithLength(new ByteCodec(false), "T.b"));
    assertEquals("malformed: T.b: messages nested deeper than 1 (maxDepth) (at byte 0)", e.getMessage());
    ArrayPayloadWriter out = new ArrayPayloadWriter(null, 1, 16, 0);
    WireEncodeException w = assertThrows(WireEncodeException.class,
        () -> out.writeMessageWithLength(new ByteCodec(false), (byte) 5, "T.b"));
    assertEquals(0, out.position());
    assertEquals("encode: T.b: messages nested deeper than 1 (maxDepth)", w.getMessage());
  }

  private static byte[] varint(long v) {
    byte[] b = new byte[10];
    int n = dev.wiremessage.runtime.internal.Bits.putVarint(b, 0, v);
    return Arrays.copyOf(b, n);
  }
}
