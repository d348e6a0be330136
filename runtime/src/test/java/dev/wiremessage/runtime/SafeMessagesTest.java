package dev.wiremessage.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.runtime.TestCodecs.Data;
import dev.wiremessage.runtime.TestCodecs.DataCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a peer sent never reaches an exception message raw or unbounded. */
class SafeMessagesTest {
  static final String HOSTILE = "X\n2026-01-01 INFO admin logged in\u001b[2J" + "A".repeat(5000);

  @Test
  void peerTextInADetailIsEscapedAndCut() {
    // as generated code builds the unknown enum name error: in.malformed(field, "unknown name " + name)
    WireFormatException e = new WireFormatException(ErrorCategory.MALFORMED, "unknown name " + HOSTILE, "Order", "side", 3);
    String m = e.getMessage();
    assertFalse(m.contains("\n") || m.contains("\u001b"), m);
    assertTrue(m.startsWith("malformed: Order.side: unknown name X\\u000A2026-01-01 INFO admin logged in\\u001B[2JAAA"), m);
    assertTrue(m.endsWith("... (4860 more characters) (at byte 3)"), m);
    assertTrue(m.length() < 300, m.length() + ": " + m);
    assertEquals("malformed: T: caf\\u00E9 \\u202E (at byte 0)",
        new WireFormatException(ErrorCategory.MALFORMED, "caf\u00e9 \u202e", "T", null, 0).getMessage());
  }

  @Test
  void jsonErrorsQuotingPeerTextAreSafe() {
    String json = "{\"message\":5,\"value\":1,\"" + HOSTILE.replace("\n", "\\n").replace("\u001b", "\\u001b") + "\":1,\"message\":5}";
    byte[] text = json.getBytes(StandardCharsets.UTF_8);
    byte[] frame = ByteBuffer.allocate(4 + text.length).putInt(text.length).put(text).array();
    WireFormatException e = assertThrows(WireFormatException.class, () -> DataCodec.INSTANCE.fromFrame(frame));
    String m = e.getMessage();
    assertFalse(m.contains("\n") || m.contains("\u001b") || m.contains("REDACTED"), m);
    assertTrue(m.length() < 300, m);
    assertEquals(ErrorCategory.MALFORMED, e.category());
    assertEquals(Data.class.getSimpleName(), e.messageType());
  }
}
