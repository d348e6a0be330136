package dev.wiremessage.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Inputs for the seeded fuzz loop: random bytes, valid encodings, and mutations of them,
 * among them the tokens of the targets' dictionary ({@code wiremessage.dict}) written over,
 * inserted, or put in place of the tail.
 */
final class Mutator {
  private Mutator() {}

  static final List<byte[]> TOKENS = dictionary();

  /** The tokens of libFuzzer's dictionary format: {@code name="..."} with {@code \\xNN}, {@code \\"} and {@code \\\\}. */
  static List<byte[]> dictionary() {
    try (var in = Mutator.class.getResourceAsStream(DecoderFuzzTest.DICTIONARY)) {
      List<byte[]> tokens = new java.util.ArrayList<>();
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1).split("\n")) {
        int q = line.indexOf('"');
        if (line.startsWith("#") || q < 0) {
          continue;
        }
        ByteArrayOutputStream t = new ByteArrayOutputStream();
        for (int i = q + 1; i < line.lastIndexOf('"'); i++) {
          char c = line.charAt(i);
          if (c == '\\' && line.charAt(i + 1) == 'x') {
            t.write(Integer.parseInt(line.substring(i + 2, i + 4), 16));
            i += 3;
          } else if (c == '\\') {
            t.write(line.charAt(++i));
          } else {
            t.write(c);
          }
        }
        tokens.add(t.toByteArray());
      }
      return List.copyOf(tokens);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final byte[] INTERESTING = {0, 1, 2, 0x0A, 0x0D, 0x7D, 0x5D, 0x2A, 0x7F, (byte) 0x80, (byte) 0xFF, (byte) 0xFE};

  static byte[] input(SplittableRandom r, List<byte[]> valid) {
    int kind = r.nextInt(10);
    if (kind == 0 || valid.isEmpty()) {
      byte[] b = new byte[r.nextInt(300)];
      for (int i = 0; i < b.length; i++) {
        b[i] = r.nextInt(3) == 0 ? INTERESTING[r.nextInt(INTERESTING.length)] : (byte) r.nextInt(256);
      }
      return b;
    }
    // a few valid encodings back to back, then up to 4 mutations
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int n = 1 + r.nextInt(3); n > 0; n--) {
      out.writeBytes(valid.get(r.nextInt(valid.size())));
    }
    byte[] b = out.toByteArray();
    if (kind == 1) {
      return b;
    }
    for (int m = 1 + r.nextInt(4); m > 0 && b.length > 0; m--) {
      int at = r.nextInt(b.length);
      byte[] token = TOKENS.get(r.nextInt(TOKENS.size()));
      switch (r.nextInt(9)) {
        case 0 -> b[at] = (byte) r.nextInt(256);
        case 1 -> b[at] = INTERESTING[r.nextInt(INTERESTING.length)];
        case 2 -> b = Arrays.copyOf(b, at); // cut
        case 3 -> { // repeat a slice
          int len = 1 + r.nextInt(Math.min(16, b.length - at));
          byte[] longer = new byte[b.length + len * 8];
          System.arraycopy(b, 0, longer, 0, at + len);
          for (int k = 1; k <= 8; k++) {
            System.arraycopy(b, at, longer, at + k * len, len);
          }
          System.arraycopy(b, at + len, longer, at + 9 * len, b.length - at - len);
          b = longer;
        }
        case 4 -> Arrays.fill(b, at, Math.min(b.length, at + 1 + r.nextInt(8)), (byte) 0xFF); // huge lengths
        case 5 -> b[at] ^= (byte) (1 << r.nextInt(8));
        case 6 -> System.arraycopy(token, 0, b, at, Math.min(token.length, b.length - at)); // token over the bytes
        case 7 -> { // token inserted
          byte[] longer = new byte[b.length + token.length];
          System.arraycopy(b, 0, longer, 0, at);
          System.arraycopy(token, 0, longer, at, token.length);
          System.arraycopy(b, at, longer, at + token.length, b.length - at);
          b = longer;
        }
        default -> { // token in place of the tail
          b = Arrays.copyOf(b, at + token.length);
          System.arraycopy(token, 0, b, at, token.length);
        }
      }
    }
    return b;
  }
}
