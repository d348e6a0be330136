package dev.wiremessage.runtime;

import java.util.HexFormat;

/** Hex strings in tests, as the conformance vectors write them. */
public final class Hex {
  private Hex() {}

  public static byte[] bytes(String hex) {
    return HexFormat.of().parseHex(hex.replace(" ", ""));
  }

  public static String of(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
