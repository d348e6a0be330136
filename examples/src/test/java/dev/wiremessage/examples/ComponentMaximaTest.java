package dev.wiremessage.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.FrameDecoder;
import dev.wiremessage.runtime.FrameReader;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireEncodeException;
import dev.wiremessage.runtime.WireFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Per-component maxima through the real processor ({@link Profile}): frames well under the
 * frame limit that hold every byte they announce, but break a component's maximum, are
 * malformed naming the component and its offset in the payload; a value over a maximum is
 * not sent.
 */
class ComponentMaximaTest {
  private static final WireCodec<Profile> CODEC = ProfileCodec.INSTANCE;

  /** A profile with every component exactly at its maximum. */
  static Profile atTheMaxima() {
    // {"theme":"xxx..."}: 12 bytes of JSON around 244 x = 256 bytes
    return new Profile("n".repeat(32), new byte[16], Collections.nCopies(8, "t".repeat(24)),
        new int[] {80, 443, 8080, 65535}, Map.of("theme", "x".repeat(244)));
  }

  static Profile small(String name) {
    return new Profile(name, new byte[] {1, 2}, List.of("a"), new int[] {22}, Map.of());
  }

  /**
   * A payload written by hand, component by component: the name's U8 length and its bytes, the
   * avatar hash's U16 count and bytes, the tags' U16 count and each tag (U8 length, bytes), the
   * ports' U8 count and each port (2 bytes), the settings' U32 length and JSON text.
   */
  static byte[] payload(int nameLength, int nameBytes, int hashBytes, int tags, String json) {
    byte[] text = json.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(1 + nameBytes + 2 + hashBytes + 2 + 2 * tags + 1 + 2 + 4 + text.length);
    b.put((byte) nameLength);
    for (int i = 0; i < nameBytes; i++) {
      b.put((byte) 'n');
    }
    b.putShort((short) hashBytes).put(new byte[hashBytes]);
    b.putShort((short) tags);
    for (int i = 0; i < tags; i++) {
      b.put((byte) 1).put((byte) 't');
    }
    b.put((byte) 1).putShort((short) 22);
    b.putInt(text.length).put(text);
    return b.array();
  }

  /** A frame: the U32 header, then {@code payload}. */
  static byte[] frame(byte[] payload) {
    return ByteBuffer.allocate(4 + payload.length).putInt(payload.length).put(payload).array();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void nameOverItsMaximumIsMalformedOnAStream() throws Exception {
    // the hand-written payload is what the codec writes, and decodes within the maxima
    Profile p = new Profile("nn", new byte[3], List.of("t", "t"), new int[] {22}, Map.of());
    assertArrayEquals(payload(2, 2, 3, 2, "{}"), CODEC.encode(p));
    assertEquals(32, CODEC.decode(payload(32, 32, 16, 8, "{}")).name().length());
    // 33 name bytes, all present, in a frame far below the 64 KiB limit: only maxBytes = 32 refuses it
    byte[] stream = concat(CODEC.toFrame(small("first")), frame(payload(33, 33, 0, 0, "{}")), CODEC.toFrame(small("next")));
    try (FrameReader<Profile> reader = CODEC.reader(new ByteArrayInputStream(stream))) {
      assertEquals("first", reader.read().name());
      WireFormatException e = assertThrows(WireFormatException.class, reader::read);
      assertEquals(ErrorCategory.MALFORMED, e.category(), e.getMessage());
      assertEquals("Profile", e.messageType());
      assertEquals("name", e.component());
      assertEquals(0, e.offset());
      assertEquals("malformed: Profile.name: string of 33 bytes is longer than maxBytes = 32 (at byte 0)", e.getMessage());
      // A reader refuses to go on after any WireFormatException (docs/exceptions.md): close the connection.
      assertThrows(IllegalStateException.class, reader::read);
    }
  }

  @Test
  void hostileCountsAndLengthsInANonBlockingDecoder() throws Exception {
    // each frame is complete and holds every byte it announces; each breaks one maximum
    record Case(byte[] payload, String message) {}
    List<Case> cases = List.of(
        new Case(payload(1, 1, 17, 0, "{}"),
            "malformed: Profile.avatarHash: byte array of 17 bytes is longer than maxBytes = 16 (at byte 2)"),
        new Case(payload(1, 1, 0, 9, "{}"),
            "malformed: Profile.tags: count 9 is more than max = 8 (at byte 4)"),
        new Case(payload(1, 1, 0, 0, "{\"theme\":\"" + "x".repeat(245) + "\"}"),
            "malformed: Profile.settings: JSON text of 257 bytes is longer than maxBytes = 256 (at byte 9)"));
    for (Case c : cases) {
      FrameDecoder<Profile> decoder = CODEC.newDecoder();
      List<Profile> got = new ArrayList<>();
      byte[] stream = concat(CODEC.toFrame(small("first")), frame(c.payload()));
      // in 7-byte chunks, as a socket might deliver them
      WireFormatException e = assertThrows(WireFormatException.class, () -> {
        for (int at = 0; at < stream.length; at += 7) {
          decoder.decodeAll(ByteBuffer.wrap(Arrays.copyOfRange(stream, at, Math.min(stream.length, at + 7))), got::add);
        }
      });
      assertEquals(c.message(), e.getMessage());
      assertEquals(ErrorCategory.MALFORMED, e.category());
      assertEquals(1, got.size(), "the frame before the hostile one was handed out");
    }
  }

  @Test
  void aValueAtItsMaximumIsSentOneMoreIsNot() throws Exception {
    Profile p = atTheMaxima();
    Profile back = CODEC.fromFrame(CODEC.toFrame(p));
    assertEquals(p.name(), back.name());
    assertArrayEquals(p.avatarHash(), back.avatarHash());
    assertEquals(p.tags(), back.tags());
    assertArrayEquals(p.ports(), back.ports());
    assertEquals(p.settings(), back.settings());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Profile longName = small("n".repeat(33));
    WireEncodeException e = assertThrows(WireEncodeException.class, () -> CODEC.write(out, longName));
    assertEquals("encode: Profile.name: string of 33 bytes is longer than maxBytes = 32", e.getMessage());
    assertEquals("Profile", e.messageType());
    assertEquals("name", e.component());
    assertEquals(0, out.size());
    // a multi-byte name is measured in bytes: 17 x "é" is 34 bytes
    assertThrows(WireEncodeException.class, () -> CODEC.toFrame(small("é".repeat(17))));
    Profile nineTags = new Profile("n", new byte[0], Collections.nCopies(9, "t"), new int[0], Map.of());
    WireEncodeException tags = assertThrows(WireEncodeException.class, () -> CODEC.toFrame(nineTags));
    assertEquals("encode: Profile.tags: count 9 is more than max = 8", tags.getMessage());
    Profile fivePorts = new Profile("n", new byte[0], List.of(), new int[5], Map.of());
    assertThrows(WireEncodeException.class, () -> CODEC.toFrame(fivePorts));
    Profile bigSettings = new Profile("n", new byte[0], List.of(), new int[0], Map.of("theme", "x".repeat(245)));
    WireEncodeException json = assertThrows(WireEncodeException.class, () -> CODEC.toFrame(bigSettings));
    assertEquals("encode: Profile.settings: JSON text of 257 bytes is longer than maxBytes = 256", json.getMessage());
  }
}
