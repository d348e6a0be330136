package dev.wiremessage.fuzz;

import dev.wiremessage.examples.chat.ChatCodec;
import dev.wiremessage.examples.seed.DataCodec;
import dev.wiremessage.properties.Codecs;
import dev.wiremessage.runtime.WireCodec;
import java.util.List;

/**
 * The fuzz targets, shared by the Jazzer fuzz tests and the seeded random-bytes loop: each
 * takes a selector, chunk sizes and the bytes, and applies {@link Oracle}.
 */
final class Targets {
  private Targets() {}

  static final List<WireCodec<?>> LENGTH_PREFIXED = List.of(
      Framings_U8Codec.INSTANCE, Framings_U16LeCodec.INSTANCE, Framings_U24Codec.INSTANCE,
      Framings_U32Codec.INSTANCE, Framings_U64LeCodec.INSTANCE, Framings_VarintCodec.INSTANCE);

  static final List<WireCodec<?>> DELIMITED = List.of(
      Framings_StrictCodec.INSTANCE, Framings_EscapedCodec.INSTANCE, Framings_SelfOverlappingCodec.INSTANCE);

  /** Generated decoders of every field kind (the property tests' schemas) and the examples' protocols. */
  static final List<WireCodec<?>> BINARY = Codecs.binary();

  static final List<WireCodec<?>> JSON = Codecs.json();

  /** The demo's protocol, a stream of frames. */
  static final List<WireCodec<?>> PROTOCOLS = List.of(ChatCodec.INSTANCE, DataCodec.INSTANCE);

  static {
    try {
      Codecs.warmUp();
      for (List<WireCodec<?>> codecs : List.of(LENGTH_PREFIXED, DELIMITED, PROTOCOLS)) {
        for (WireCodec<?> codec : codecs) {
          for (byte[] frame : Samples.frames(codec)) {
            Oracle.stream(codec, frame, new int[] {1, 7});
            Oracle.stream(codec, java.util.Arrays.copyOf(frame, frame.length - 1), new int[] {3});
          }
        }
      }
      Oracle.measuring = true;
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  static void lengthPrefixed(int selector, int[] chunks, byte[] input) throws Exception {
    Oracle.stream(pick(LENGTH_PREFIXED, selector), input, chunks);
  }

  static void delimited(int selector, int[] chunks, byte[] input) throws Exception {
    Oracle.stream(pick(DELIMITED, selector), input, chunks);
  }

  static void protocolStreams(int selector, int[] chunks, byte[] input) throws Exception {
    Oracle.stream(pick(PROTOCOLS, selector), input, chunks);
  }

  static void binaryPayloads(int selector, byte[] input) throws Exception {
    Oracle.payload(pick(BINARY, selector), input);
  }

  static void jsonPayloads(int selector, byte[] input) throws Exception {
    Oracle.payload(pick(JSON, selector), input);
  }

  @SuppressWarnings("unchecked")
  private static WireCodec<Object> pick(List<WireCodec<?>> codecs, int selector) {
    return (WireCodec<Object>) codecs.get(Math.floorMod(selector, codecs.size()));
  }
}
