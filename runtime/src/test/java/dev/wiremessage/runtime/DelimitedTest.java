package dev.wiremessage.runtime;

import static dev.wiremessage.runtime.CodecTest.assertDecodes;
import static dev.wiremessage.runtime.CodecTest.assertEncodeFails;
import static dev.wiremessage.runtime.CodecTest.assertEncodes;
import static dev.wiremessage.runtime.CodecTest.assertFails;
import static dev.wiremessage.runtime.Hex.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.runtime.TestCodecs.Blob;
import dev.wiremessage.runtime.TestCodecs.BlobCodec;
import dev.wiremessage.runtime.TestCodecs.Line;
import dev.wiremessage.runtime.TestCodecs.LineCodec;
import dev.wiremessage.runtime.spi.AbstractWireCodec;
import dev.wiremessage.runtime.spi.CodecSettings;
import dev.wiremessage.runtime.spi.PayloadReader;
import dev.wiremessage.runtime.spi.PayloadWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DelimitedTest {
  static final int MAX = dev.wiremessage.LengthPrefixed.DEFAULT_MAX_FRAME_BYTES;

  /** The delimited-escape vector's record. */
  record Bin(int x, byte[] raw) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Bin b && b.x == x && Arrays.equals(b.raw, raw);
    }

    @Override
    public int hashCode() {
      return x;
    }
  }

  static final class BinCodec extends AbstractWireCodec<Bin> {
    static final BinCodec INSTANCE = new BinCodec(CodecSettings.of(Framing.delimited("\n", true, MAX)));

    private BinCodec(CodecSettings settings) {
      super(Bin.class, settings);
    }

    @Override
    protected BinCodec with(CodecSettings settings) {
      return new BinCodec(settings);
    }

    @Override
    public void encodePayload(Bin message, PayloadWriter out) {
      out.writeSigned(message.x(), 4, Endian.BIG, "Bin.x");
      out.writeBytes(PayloadWriter.requireNonNull(message.raw(), "Bin.raw"), Length.U32, Endian.BIG, "Bin.raw");
    }

    @Override
    public Bin decodePayload(PayloadReader in) throws WireFormatException {
      int x = (int) in.readSigned(4, Endian.BIG, "Bin.x");
      byte[] raw = in.readBytes(Length.U32, Endian.BIG, "Bin.raw");
      return new Bin(x, raw);
    }
  }

  static Blob blob(String hex) {
    return new Blob(bytes(hex));
  }

  static BlobCodec blobs(String delimiter, boolean escape) {
    return new BlobCodec(Framing.delimited(delimiter, escape, MAX));
  }

  @Test
  void vectors() throws IOException {
    LineCodec line = new LineCodec(Framing.delimited("\n", false, MAX));
    String frame = Hex.of("Hello, this is message one.\n".getBytes(StandardCharsets.US_ASCII));
    assertEncodes(line, new Line("Hello, this is message one."), frame);
    assertDecodes(line, frame, new Line("Hello, this is message one."));
    LineCodec crlf = new LineCodec(Framing.delimited("\r\n", false, MAX));
    assertEncodes(crlf, new Line("PING"), "50494e470d0a");
    assertDecodes(crlf, "50494e470d0a", new Line("PING"));
    Bin bin = new Bin(175966976, bytes("0a7d00"));
    assertEncodes(BinCodec.INSTANCE, bin, "7d2a7d5d0b00000000037d2a7d5d000a");
    assertDecodes(BinCodec.INSTANCE, "7d2a7d5d0b00000000037d2a7d5d000a", bin);
    assertEquals("malformed: Bin: bad escape 7D 41 (expected 7D 2A or 7D 5D) (at byte 0)",
        assertFails(BinCodec.INSTANCE, "7d410a", ErrorCategory.MALFORMED).getMessage());
    assertEncodeFails(line, new Line("a\nb"));
  }

  @Test
  void strictRejectsDelimiterAndJoins() throws IOException {
    BlobCodec crlf = blobs("\r\n", false);
    assertEquals("encode: Blob: payload holds the delimiter \"\\r\\n\" at byte 1; use @Delimited(escape = true) or another delimiter",
        assertEncodeFails(crlf, blob("610d0a62")).getMessage());
    // "a\r" + "\r\n": the first \r\n starts at len(payload): fine, and it decodes back
    assertEncodes(crlf, blob("610d"), "610d0d0a");
    assertDecodes(crlf, "610d0d0a", blob("610d"));
    assertEncodes(crlf, blob("0a0a"), "0a0a0d0a"); // the second byte alone is no delimiter
    // "\r\n\r\n": a payload ending in "\r\n" would join the delimiter into an earlier match
    BlobCodec blank = blobs("\r\n\r\n", false);
    assertEncodeFails(blank, blob("780d0a"));
    assertEncodeFails(blank, blob("0d0a"));
    assertEncodes(blank, blob("0d0a0d"), "0d0a0d0d0a0d0a");
    assertEncodes(blank, blob("780d"), "780d0d0a0d0a");
    assertDecodes(blank, "780d0d0a0d0a", blob("780d"));
    assertEncodes(blank, blob("780d0a0d"), "780d0a0d0d0a0d0a");
    assertDecodes(blank, "780d0a0d0d0a0d0a", blob("780d0a0d"));
    // "abab": payload "ab" gives "ababab", whose first "abab" is at 0
    BlobCodec abab = blobs("abab", false);
    assertEquals("encode: Blob: the payload's last 2 bytes and the delimiter \"abab\" form an earlier delimiter; use @Delimited(escape = true)",
        assertEncodeFails(abab, new Blob("ab".getBytes(StandardCharsets.US_ASCII))).getMessage());
    assertEncodeFails(abab, new Blob("xab".getBytes(StandardCharsets.US_ASCII)));
    assertEncodes(abab, new Blob("aba_".getBytes(StandardCharsets.US_ASCII)), Hex.of("aba_abab".getBytes(StandardCharsets.US_ASCII)));
    // decoding takes the bytes before the FIRST occurrence
    assertEquals(blob("78"), readLeavingTwo(abab, "78" + "61626162" + "6162"));
  }

  private static Blob readLeavingTwo(BlobCodec codec, String hexFrameWithTail) throws IOException {
    InputStream in = new ByteArrayInputStream(bytes(hexFrameWithTail));
    Blob b = codec.read(in);
    assertEquals(2, in.available());
    return b;
  }

  @Test
  void escapedAnyPayloadTravels() throws IOException {
    for (String delim : new String[] {"\n", "\r\n", "\u0000", "\u00ff\u00fe", "ab"}) {
      BlobCodec codec = blobs(delim, true);
      byte[] all = new byte[512];
      for (int i = 0; i < all.length; i++) {
        all[i] = (byte) i;
      }
      byte[] frame = codec.toFrame(new Blob(all));
      assertArrayEquals(all, codec.fromFrame(frame).data());
      assertArrayEquals(all, codec.read(Streams.oneByteAtATime(frame)).data());
      byte[] withDelims = (delim + delim + "}}" + delim).getBytes(StandardCharsets.ISO_8859_1);
      assertArrayEquals(withDelims, codec.fromFrame(codec.toFrame(new Blob(withDelims))).data());
    }
    // 7D and the delimiter's first byte are stuffed; nothing else
    assertEncodes(blobs("\r\n", true), blob("0d0a7d41"), "7d2d0a7d5d41" + "0d0a");
    assertDecodes(blobs("\r\n", true), "7d2d0a7d5d410d0a", blob("0d0a7d41"));
  }

  @Test
  void badEscapes() {
    BlobCodec codec = blobs("\n", true);
    assertEquals("malformed: Blob: escape byte 0x7D ends the frame (at byte 1)",
        assertFails(codec, "417d0a", ErrorCategory.MALFORMED).getMessage());
    assertFails(codec, "7d0a0a", ErrorCategory.MALFORMED); // 7D 0A: 0A^20 = 2A, neither D nor E
    assertFails(codec, "7d7d0a", ErrorCategory.MALFORMED);
  }

  @Test
  void truncatedAndCleanEnd() throws IOException {
    LineCodec line = new LineCodec(Framing.delimited("\r\n", false, MAX));
    assertFails(line, "61620d", ErrorCategory.TRUNCATED);
    assertNull(line.read(new ByteArrayInputStream(new byte[0])));
    WireFormatException extra = assertThrows(WireFormatException.class, () -> line.fromFrame(bytes("610d0a62")));
    assertEquals(ErrorCategory.MALFORMED, extra.category());
  }

  @Test
  void limitCountsEscapedBytes() throws IOException {
    BlobCodec four = new BlobCodec(Framing.delimited("\n", false, 4));
    assertEncodes(four, blob("61626364"), "616263640a");
    assertDecodes(four, "616263640a", blob("61626364"));
    assertEquals("encode: Blob: payload of 5 bytes is over maxFrameBytes 4", assertEncodeFails(four, blob("6162636465")).getMessage());
    assertFails(four, "61626364650a", ErrorCategory.FRAME_TOO_LONG);
    BlobCodec escaped = new BlobCodec(Framing.delimited("\n", true, 4));
    assertEncodes(escaped, blob("0a0a"), "7d2a7d2a0a");
    assertEquals("encode: Blob: escaped payload of 5 bytes is over maxFrameBytes 4",
        assertEncodeFails(escaped, blob("0a0a61")).getMessage());
    // a partial multi-byte delimiter at the tail is not yet payload
    BlobCodec crlf = new BlobCodec(Framing.delimited("\r\n", false, 4));
    assertDecodes(crlf, "616263640d0a", blob("61626364"));
    assertFails(crlf, "61626364650d0a", ErrorCategory.FRAME_TOO_LONG);
  }

  /** An endless stream without a delimiter fails as soon as the limit is passed. */
  @Test
  void endlessStreamFailsAtTheLimit() {
    int[] served = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served[0]++;
        return 'a';
      }
    };
    LineCodec line = new LineCodec(Framing.delimited("\n", false, 1000));
    WireFormatException e = assertThrows(WireFormatException.class, () -> line.read(endless));
    assertEquals(ErrorCategory.FRAME_TOO_LONG, e.category());
    assertEquals(1001, served[0]);
    LineCodec crlf = new LineCodec(Framing.delimited("\r\n", false, 1000));
    served[0] = 0;
    assertThrows(WireFormatException.class, () -> crlf.read(endless));
    assertEquals(1001, served[0]);
  }
}
