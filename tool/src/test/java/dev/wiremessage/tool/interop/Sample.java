package dev.wiremessage.tool.interop;

import dev.wiremessage.Bytes;
import dev.wiremessage.Count;
import dev.wiremessage.Endian;
import dev.wiremessage.FixedInt;
import dev.wiremessage.JsonBlob;
import dev.wiremessage.Length;
import dev.wiremessage.Utf8;
import dev.wiremessage.WireMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every component type: integers of every width and order, text, bytes, JSON, nested, optional, enums, lists. */
@WireMessage(id = 1)
public record Sample(
    boolean flag,
    byte b,
    short s,
    char c,
    int i,
    long l,
    float f,
    double d,
    @FixedInt(bytes = 3, order = Endian.LITTLE, unsigned = true) int u24,
    @FixedInt(bytes = 4, unsigned = true) long u32,
    String text,
    @Utf8(length = Length.VARINT, maxBytes = 200) String name,
    @Bytes(length = Length.U16, order = Endian.LITTLE) byte[] data,
    @JsonBlob Map<String, Object> meta,
    Point point,
    Optional<String> note,
    Side side,
    @Utf8(length = Length.U8) Color color,
    @Count(length = Length.U8) @Utf8(length = Length.U8) List<String> tags,
    int[] ints,
    List<Pos> path,
    Optional<Pos> pos)
    implements Mix {}
