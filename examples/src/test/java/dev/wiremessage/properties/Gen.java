package dev.wiremessage.properties;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Value generators for the wire format's field kinds, each covering its whole range and its edges. */
final class Gen {
  private Gen() {}

  /** Signed values of {@code bytes} bytes: -2^(8N-1)..2^(8N-1)-1. */
  static Arbitrary<Long> signed(int bytes) {
    long max = bytes == 8 ? Long.MAX_VALUE : (1L << (8 * bytes - 1)) - 1;
    return Arbitraries.longs().between(-max - 1, max);
  }

  /** Unsigned values of {@code bytes} (&lt; 8) bytes: 0..2^(8N)-1. */
  static Arbitrary<Long> unsigned(int bytes) {
    return Arbitraries.longs().between(0, (1L << (8 * bytes)) - 1);
  }

  static Arbitrary<Integer> signedInt(int bytes) {
    return signed(bytes).map(Long::intValue);
  }

  static Arbitrary<Integer> unsignedInt(int bytes) {
    return unsigned(bytes).map(Long::intValue);
  }

  /** Any bit pattern, NaN payloads and negative zero included. */
  static Arbitrary<Float> floats() {
    return Arbitraries.oneOf(Arbitraries.integers().map(Float::intBitsToFloat),
        Arbitraries.of(0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.MIN_VALUE));
  }

  static Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(Arbitraries.longs().map(Double::longBitsToDouble),
        Arbitraries.of(0d, -0d, Double.NaN, Double.NEGATIVE_INFINITY, Double.MIN_VALUE));
  }

  static Arbitrary<Character> chars() {
    return Arbitraries.chars().all();
  }

  /**
   * Valid Unicode strings of at most {@code maxCodePoints} code points: ASCII, two- and
   * three-byte characters, supplementary (four-byte) ones, NUL and the delimiter bytes.
   */
  static Arbitrary<String> text(int maxCodePoints) {
    Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 0x7F)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x80, 0x7FF)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x800, 0xFFFF).filter(c -> c < 0xD800 || c > 0xDFFF)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(0, 0x0A, 0x0D, 0x7D, 0x5D, 0xFFFF, 0x10FFFF)));
    return codePoint.list().ofMaxSize(maxCodePoints)
        .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
  }

  static Arbitrary<byte[]> bytes(int maxSize) {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(maxSize);
  }

  static <T> Arbitrary<Optional<T>> optional(Arbitrary<T> value) {
    return value.optional(0.5);
  }

  /** A record of {@code type} from one arbitrary per component, in declaration order. */
  @SuppressWarnings("unchecked")
  static <R extends Record> Arbitrary<R> record(Class<R> type, Arbitrary<?>... components) {
    RecordComponent[] rc = type.getRecordComponents();
    if (rc.length != components.length) {
      throw new IllegalArgumentException(type.getSimpleName() + " has " + rc.length + " components, got " + components.length);
    }
    Class<?>[] types = Arrays.stream(rc).map(RecordComponent::getType).toArray(Class<?>[]::new);
    Constructor<R> ctor;
    try {
      ctor = type.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
    ctor.setAccessible(true);
    List<Arbitrary<Object>> list = new ArrayList<>();
    for (Arbitrary<?> a : components) {
      list.add((Arbitrary<Object>) a);
    }
    if (list.isEmpty()) {
      return Arbitraries.ofSuppliers(() -> construct(ctor, List.of()));
    }
    return Combinators.combine(list).as(args -> construct(ctor, args));
  }

  private static <R> R construct(Constructor<R> ctor, List<Object> args) {
    try {
      return ctor.newInstance(args.toArray());
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(e);
    }
  }
}
