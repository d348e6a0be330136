package dev.wiremessage.benchmarks.model;

import dev.wiremessage.WireMessage;
import java.util.Arrays;
import java.util.Objects;

/** An event whose JSON document travels as opaque bytes (U32 count + the UTF-8 text). */
@WireMessage
public record BlobOpaque(long id, String kind, byte[] data) {
  @Override
  public boolean equals(Object o) {
    return o instanceof BlobOpaque b && id == b.id && kind.equals(b.kind) && Arrays.equals(data, b.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind, Arrays.hashCode(data));
  }

  @Override
  public String toString() {
    return "BlobOpaque[id=" + id + ", kind=" + kind + ", data=" + data.length + " bytes]";
  }
}
