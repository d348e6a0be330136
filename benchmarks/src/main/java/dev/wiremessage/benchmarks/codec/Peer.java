package dev.wiremessage.benchmarks.codec;

/**
 * One way to put messages of type {@code T} on the wire: the four operations every codec
 * benchmark measures. A "frame" is what the peer sends for one message: for wiremessage and the
 * hand-written floor a length-prefixed frame (4-byte header + payload), for the others their
 * serialized form as it comes (no length prefix: this favours them by the header's cost).
 */
public abstract class Peer<T> {
  /** Encodes into this peer's reused buffer; returns the bytes written. Allocation here is the peer's own. */
  public abstract int encode(T message);

  /** A fresh array holding one frame. */
  public abstract byte[] encodeArray(T message);

  /** Decodes a frame made by {@link #encodeArray}. */
  public abstract T decode(byte[] frame) throws Exception;

  /** Decodes what the last {@link #encode} left in the reused buffer. */
  public abstract T decodeLast() throws Exception;

  /** Encode into the reused buffer, then decode from it. */
  public final T roundTrip(T message) throws Exception {
    encode(message);
    return decodeLast();
  }

  /**
   * The {@code @Setup} check: every operation must give back a message equal to the one given,
   * over all the benchmark's inputs; throws with the peer and the message otherwise.
   */
  public final void check(String name, T[] messages) throws Exception {
    for (T m : messages) {
      expectEqual(name, "encodeArray/decode", m, decode(encodeArray(m)));
      expectEqual(name, "roundTrip", m, roundTrip(m));
    }
  }

  private static void expectEqual(String name, String op, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(name + " " + op + " does not round-trip: " + expected + " came back as " + actual);
    }
  }
}
