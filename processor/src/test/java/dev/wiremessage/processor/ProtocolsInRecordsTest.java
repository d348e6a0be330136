package dev.wiremessage.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.wiremessage.runtime.ErrorCategory;
import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireFormatException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A {@code @WireProtocol} interface as a component, an {@code Optional} and a list element:
 * the member's tag, then the member nested as records are (an evolving member after its VARINT
 * byte length, so an older or newer member is still found). Bytes written by hand.
 */
class ProtocolsInRecordsTest {
  private static final HexFormat HEX = HexFormat.of();
  private static CompiledClasses classes;

  @BeforeAll
  static void compile() {
    classes = new CompiledClasses(Sources.compile(
        Sources.of("Cmd", "@WireProtocol public sealed interface Cmd permits Ping, Put, Note {}"),
        Sources.of("Ping", "@WireMessage(id = 1) public record Ping() implements Cmd {}"),
        Sources.of("Put", """
            @WireMessage(id = 2)
            public record Put(@Utf8(length = Length.U8) String key, @Since(2) Optional<Integer> ttl) implements Cmd {}
            """),
        Sources.of("Note", "@WireMessage(id = 300 % 256) public record Note(@Utf8(length = Length.REST) String text) implements Cmd {}"),
        Sources.of("Small", "@WireProtocol(tag = Length.U16) public sealed interface Small permits Ping2 {}"),
        Sources.of("Ping2", "@WireMessage(id = 7) public record Ping2(@FixedInt(bytes = 1) int n) implements Small {}"),
        Sources.of("Envelope", """
            @WireMessage
            public record Envelope(@FixedInt(bytes = 4) int seq, Small head, Optional<Small> reply, List<Small> batch,
                Cmd body) {}
            """)));
  }

  @Test
  void tagThenMemberInAllPlaces() throws Exception {
    Object ping7 = classes.record("Ping2", 5);
    Object envelope = classes.record("Envelope", 1, ping7, Optional.of(ping7), List.of(ping7, ping7),
        classes.record("Ping"));
    assertRoundTrip(classes.codec("Envelope"), envelope, "00000016" + "00000001" + "000705" + "01" + "000705"
        + "00000002" + "000705" + "000705" + "01");
    Object none = classes.record("Envelope", 2, ping7, Optional.empty(), List.of(), classes.record("Ping"));
    assertRoundTrip(classes.codec("Envelope"), none, "0000000d" + "00000002" + "000705" + "00" + "00000000" + "01");
  }

  @Test
  void anEvolvingMemberIsNestedAfterItsLength() throws Exception {
    Object ping7 = classes.record("Ping2", 5);
    Object put = classes.record("Put", "k", Optional.of(9));
    Object envelope = classes.record("Envelope", 3, ping7, Optional.empty(), List.of(), put);
    // 02 tag, 07 length, 01 'k' (U8 string), 01 00000009 (ttl present)
    assertRoundTrip(classes.codec("Envelope"), envelope, "00000015" + "00000003" + "000705" + "00" + "00000000"
        + "02" + "07" + "016b" + "0100000009");
    // a version-1 Put: its length says where it ends, ttl is absent
    Object old = classes.codec("Envelope").fromFrame(HEX.parseHex("00000010" + "00000003" + "000705" + "00" + "00000000"
        + "02" + "02" + "016b"));
    assertThat(old).isEqualTo(classes.record("Envelope", 3, ping7, Optional.empty(), List.of(),
        classes.record("Put", "k", Optional.empty())));
  }

  @Test
  void aMemberThatTakesTheRestMakesTheProtocolTakeIt() throws Exception {
    Object ping7 = classes.record("Ping2", 5);
    Object envelope = classes.record("Envelope", 4, ping7, Optional.empty(), List.of(), classes.record("Note", "hi"));
    assertRoundTrip(classes.codec("Envelope"), envelope, "0000000f" + "00000004" + "000705" + "00" + "00000000"
        + "2c" + "6869");
  }

  @Test
  void anUnknownTagIsMalformedAtTheComponent() throws Exception {
    WireFormatException e = assertThrows(WireFormatException.class, () -> classes.codec("Envelope")
        .fromFrame(HEX.parseHex("0000000d" + "00000002" + "000705" + "00" + "00000000" + "09")));
    assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED);
    assertThat(e.component()).isEqualTo("body");
    assertThat(e).hasMessageThat().contains("unknown tag 9 of Cmd");
    WireFormatException head = assertThrows(WireFormatException.class, () -> classes.codec("Envelope")
        .fromFrame(HEX.parseHex("0000000d" + "00000002" + "000805" + "00" + "00000000" + "01")));
    assertThat(head.component()).isEqualTo("head");
  }

  @Test
  void aProtocolThatTakesTheRestMustBeLast() {
    Compilation c = Sources.compile(
        Sources.of("Cmd", "@WireProtocol public sealed interface Cmd permits Note {}"),
        Sources.of("Note", "@WireMessage(id = 1) public record Note(@Utf8(length = Length.REST) String text) implements Cmd {}"),
        Sources.of("Bad", "@WireMessage public record Bad(Cmd body, int after) {}"),
        Sources.of("BadList", "@WireMessage public record BadList(List<Cmd> bodies) {}"));
    assertThat(c.errors().stream().map(d -> d.getMessage(null)).toList()).containsExactly(
        "[wiremessage:rest-not-last] the record Note (ending in @Utf8(length = Length.REST) on Note.text) on Bad.body, "
            + "which is not the last component: it takes every byte left in the payload. Move body to the end of the "
            + "record, or give Note.text a length, e.g. @Utf8(length = Length.U32)",
        "[wiremessage:rest-in-element] the record Note (ending in @Utf8(length = Length.REST) on Note.text) on the "
            + "elements of BadList.bodies: an element cannot take every byte left in the payload. Give Note.text a "
            + "length, e.g. @Utf8(length = Length.U32)");
  }

  private static void assertRoundTrip(WireCodec<Object> codec, Object value, String hex) throws WireFormatException {
    assertThat(HEX.formatHex(codec.toFrame(value))).isEqualTo(hex);
    assertThat(codec.fromFrame(HEX.parseHex(hex))).isEqualTo(value);
  }
}
