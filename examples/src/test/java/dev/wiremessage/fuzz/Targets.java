package dev.wiremessage.fuzz;

import dev.wiremessage.examples.chat.ChatCodec;
import dev.wiremessage.examples.seed.DataCodec;
import dev.wiremessage.properties.Codecs;
import dev.wiremessage.runtime.WireCodec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fuzz targets, shared by the Jazzer fuzz tests, Jazzer's command line and the seeded
 * random-bytes loop. An input is {@code selector chunk bytes...} for the stream targets and
 * {@code selector bytes...} for the payload targets: the first byte picks the codec (its index
 * in the target's list, modulo the list's size: new codecs go at the end, so that the
 * regression inputs keep theirs), the stream targets' second byte the chunk sizes of the
 * non-blocking decoder ({@code 1 + (c & 15)} and {@code 1 + 5 * (c >>> 4)} in turn), the rest
 * is the stream or payload. Each applies {@link Oracle}.
 */
final class Targets {
  private Targets() {}

  static final List<String> NAMES = List.of("lengthPrefixedFrames", "delimitedFrames", "protocolStreams", "binaryPayloads",
      "jsonPayloads");

  static final List<WireCodec<?>> LENGTH_PREFIXED = List.of(
      Framings_U8Codec.INSTANCE, Framings_U16LeCodec.INSTANCE, Framings_U24Codec.INSTANCE,
      Framings_U32Codec.INSTANCE, Framings_U64LeCodec.INSTANCE, Framings_VarintCodec.INSTANCE);

  static final List<WireCodec<?>> DELIMITED = List.of(
      Framings_StrictCodec.INSTANCE, Framings_EscapedCodec.INSTANCE, Framings_SelfOverlappingCodec.INSTANCE);

  /**
   * Generated decoders of every field kind (the property tests' schemas), then issue 11's shapes,
   * then issue 12's evolving records: {@code Ext} (11), {@code Outer} (12), the protocol
   * {@code Evo} (13), and the older versions {@code ExtV1} (14), {@code ExtV2} (15),
   * {@code OuterV1} (16); then issue 15's {@code Types} (17): every built-in JDK type and a
   * protocol inside a record.
   */
  static final List<WireCodec<?>> BINARY = concat(Codecs.binary(),
      Shapes_Nested2Codec.INSTANCE, Shapes_Nested3Codec.INSTANCE, Shapes_OptBlobCodec.INSTANCE,
      Shapes_ExtCodec.INSTANCE, Shapes_OuterCodec.INSTANCE, Shapes_EvoCodec.INSTANCE,
      Shapes_ExtV1Codec.INSTANCE, Shapes_ExtV2Codec.INSTANCE, Shapes_OuterV1Codec.INSTANCE,
      Shapes_TypesCodec.INSTANCE);

  /** JSON bodies and blobs, then issue 11's: the seed protocol's body, JSON in an Optional and @Nullable. */
  static final List<WireCodec<?>> JSON = concat(Codecs.json(),
      DataCodec.INSTANCE, Shapes_OptJsonCodec.INSTANCE, Shapes_NullableJsonCodec.INSTANCE, Shapes_OptBlobCodec.INSTANCE);

  /**
   * The demo's protocol and the seed protocol, then a protocol with a JSON member, newline-delimited
   * JSON, and a protocol with evolving members ({@code Evo}, 4).
   */
  static final List<WireCodec<?>> PROTOCOLS = List.of(ChatCodec.INSTANCE, DataCodec.INSTANCE,
      Shapes_MixedCodec.INSTANCE, Shapes_JsonLineCodec.INSTANCE, Shapes_EvoCodec.INSTANCE);

  static {
    // the readers of earlier releases of the evolving records, oldest first
    Oracle.OLDER.put(Shapes_ExtCodec.INSTANCE, List.of(Shapes_ExtV1Codec.INSTANCE, Shapes_ExtV2Codec.INSTANCE));
    Oracle.OLDER.put(Shapes_ExtV2Codec.INSTANCE, List.of(Shapes_ExtV1Codec.INSTANCE));
    Oracle.OLDER.put(Shapes_OuterCodec.INSTANCE, List.of(Shapes_OuterV1Codec.INSTANCE));
    for (WireCodec<?> c : concat(BINARY)) {
      String n = c.type().getSimpleName();
      if (n.equals("Lists") || n.startsWith("Nested")) {
        Oracle.ZERO_WIDTH.add(c);
      }
    }
    for (WireCodec<?> c : concat(BINARY, JSON.toArray(new WireCodec<?>[0]))) {
      switch (c.type().getSimpleName()) {
        case "Holder", "Shape" -> Oracle.JSON_VALUES.put(c, 3);
        case "JsonBody", "JsonLine", "Data", "WithJsonTail", "OptJson", "NullableJson", "OptBlob", "Mixed" -> Oracle.JSON_VALUES.put(c, 1);
        default -> { }
      }
    }
    for (WireCodec<?> c : PROTOCOLS) {
      if (c != Shapes_EvoCodec.INSTANCE) {
        Oracle.JSON_VALUES.put(c, 1); // Chat's Say has a @JsonBlob, the others are JSON bodies
      }
    }
    for (WireCodec<?> c : JSON) {
      switch (c.type().getSimpleName()) {
        case "JsonBody", "JsonLine", "Data" -> Oracle.JSON_TEXT.put(c, p -> 0);
        case "WithJsonTail" -> Oracle.JSON_TEXT.put(c, p -> p.length > 1 ? 1 : -1);
        case "OptJson", "NullableJson" -> Oracle.JSON_TEXT.put(c, p -> p.length > 2 && p[1] == 1 ? 2 : -1);
        default -> { }
      }
    }
    try {
      Codecs.warmUp();
      for (List<WireCodec<?>> codecs : List.of(LENGTH_PREFIXED, DELIMITED, PROTOCOLS)) {
        for (WireCodec<?> codec : codecs) {
          for (byte[] frame : Samples.frames(codec)) {
            Oracle.stream(codec, frame, new int[] {1, 7});
            Oracle.stream(codec, Arrays.copyOf(frame, frame.length - 1), new int[] {3});
          }
        }
      }
      for (List<WireCodec<?>> codecs : List.of(BINARY, JSON)) {
        for (WireCodec<?> codec : codecs) {
          for (byte[] payload : Samples.payloads(codec)) {
            Oracle.payload(codec, payload);
            Oracle.payload(codec, Arrays.copyOf(payload, payload.length / 2));
          }
        }
      }
      Oracle.measuring = true;
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Runs {@code target} (one of {@link #NAMES}) on one input in the format above. */
  static void run(String target, byte[] data) throws Exception {
    int selector = data.length > 0 ? data[0] & 0xFF : 0;
    switch (target) {
      case "lengthPrefixedFrames" -> Oracle.stream(pick(LENGTH_PREFIXED, selector), rest(data, 2), chunks(data));
      case "delimitedFrames" -> Oracle.stream(pick(DELIMITED, selector), rest(data, 2), chunks(data));
      case "protocolStreams" -> Oracle.stream(pick(PROTOCOLS, selector), rest(data, 2), chunks(data));
      case "binaryPayloads" -> Oracle.payload(pick(BINARY, selector), rest(data, 1));
      case "jsonPayloads" -> Oracle.payload(pick(JSON, selector), rest(data, 1));
      default -> throw new IllegalArgumentException("no fuzz target " + target + " (expected one of " + NAMES + ")");
    }
  }

  /** The codecs of a target. */
  static List<WireCodec<?>> codecs(String target) {
    return switch (target) {
      case "lengthPrefixedFrames" -> LENGTH_PREFIXED;
      case "delimitedFrames" -> DELIMITED;
      case "protocolStreams" -> PROTOCOLS;
      case "binaryPayloads" -> BINARY;
      case "jsonPayloads" -> JSON;
      default -> throw new IllegalArgumentException(target);
    };
  }

  static boolean isStream(String target) {
    return !target.endsWith("Payloads");
  }

  private static int[] chunks(byte[] data) {
    int c = data.length > 1 ? data[1] & 0xFF : 0;
    return new int[] {c & 15, 5 * (c >>> 4)};
  }

  private static byte[] rest(byte[] data, int from) {
    return data.length <= from ? new byte[0] : Arrays.copyOfRange(data, from, data.length);
  }

  @SuppressWarnings("unchecked")
  private static WireCodec<Object> pick(List<WireCodec<?>> codecs, int selector) {
    return (WireCodec<Object>) codecs.get(Math.floorMod(selector, codecs.size()));
  }

  @SafeVarargs
  private static <T> List<T> concat(List<? extends T> first, T... more) {
    List<T> all = new ArrayList<>(first);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }
}
