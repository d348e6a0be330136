package dev.wiremessage.properties;

import dev.wiremessage.runtime.WireCodec;
import dev.wiremessage.runtime.WireFormatException;
import java.util.List;
import net.jqwik.api.Arbitrary;

/** The generated codecs of {@link Schemas}, for the fuzz targets in another package. */
public final class Codecs {
  private Codecs() {}

  /** Binary payloads: every field kind, nested, recursive, protocols. */
  public static List<WireCodec<?>> binary() {
    return List.of(Schemas_IntsCodec.INSTANCE, Schemas_TextsCodec.INSTANCE, Schemas_ListsCodec.INSTANCE,
        Schemas_HolderCodec.INSTANCE, Schemas_TreeCodec.INSTANCE, Schemas_ShapeCodec.INSTANCE,
        Schemas_EscapedCodec.INSTANCE, Schemas_CrLfCodec.INSTANCE);
  }

  /** JSON bodies, and a binary record whose last component is one. */
  public static List<WireCodec<?>> json() {
    return List.of(Schemas_JsonBodyCodec.INSTANCE, Schemas_WithJsonTailCodec.INSTANCE, Schemas_JsonLineCodec.INSTANCE,
        Schemas_HolderCodec.INSTANCE);
  }

  /** Random payloads of each codec's type (codecs of other types get none). */
  public static List<List<byte[]>> samplePayloads(List<WireCodec<?>> codecs) {
    List<List<byte[]>> out = new java.util.ArrayList<>();
    for (WireCodec<?> c : codecs) {
      out.add(samples(c, 30).stream().map(v -> encode(c, v, false)).toList());
    }
    return out;
  }

  /** Random frames of the codec's type, or none if it is not one of {@link Schemas}. */
  public static List<byte[]> sampleFrames(WireCodec<?> codec) {
    return samples(codec, 30).stream().map(v -> encode(codec, v, true)).toList();
  }

  @SuppressWarnings("unchecked")
  private static byte[] encode(WireCodec<?> codec, Object value, boolean frame) {
    WireCodec<Object> c = (WireCodec<Object>) codec;
    return frame ? c.toFrame(value) : c.encode(value);
  }

  /** {@code n} random values of the codec's type: a schema of this package, or a record of one byte[]. */
  public static List<Object> samples(WireCodec<?> codec, int n) {
    Arbitrary<?> a = arbitraries().get(codec.type());
    if (a == null) {
      return List.of();
    }
    return a.sampleStream().limit(n).map(v -> (Object) v).filter(v -> encodes(codec, v)).toList();
  }

  private static boolean encodes(WireCodec<?> codec, Object v) {
    try {
      encode(codec, v, true);
      return true;
    } catch (IllegalArgumentException e) {
      return false; // CrLf text holding the delimiter
    }
  }

  private static java.util.Map<Class<?>, Arbitrary<?>> arbitraries() {
    RoundTripPropertiesTest p = new RoundTripPropertiesTest();
    java.util.Map<Class<?>, Arbitrary<?>> m = new java.util.HashMap<>();
    m.put(Schemas.Ints.class, p.ints());
    m.put(Schemas.Texts.class, p.texts());
    m.put(Schemas.Lists.class, p.lists());
    m.put(Schemas.Holder.class, p.holders());
    m.put(Schemas.Tree.class, p.trees());
    m.put(Schemas.Shape.class, p.shapes());
    m.put(Schemas.Escaped.class, p.escaped());
    m.put(Schemas.CrLf.class, p.crlfText().map(Schemas.CrLf::new));
    m.put(Schemas.JsonBody.class, p.jsonBodies());
    m.put(Schemas.WithJsonTail.class, p.jsonTails());
    m.put(Schemas.JsonLine.class, p.jsonTails().map(Schemas.WithJsonTail::body));
    return m;
  }

  /**
   * Encodes and decodes a few random values of every schema, so that one-time work (class
   * loading, Jackson's readers and writers per type) is done before anything is measured.
   */
  public static void warmUp() throws WireFormatException {
    for (WireCodec<?> c : binary()) {
      for (byte[] p : samplePayloads(List.of(c)).get(0)) {
        c.decode(p);
      }
    }
    for (WireCodec<?> c : json()) {
      for (byte[] p : samplePayloads(List.of(c)).get(0)) {
        c.decode(p);
      }
    }
  }
}
