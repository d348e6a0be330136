package dev.wiremessage.runtime.internal;

/**
 * The bytes of a textual IP address, parsed without a name lookup: IPv4 as four decimal parts
 * 0..255 (no leading zeros, no other forms), IPv6 as eight groups of 1 to 4 hex digits, one
 * {@code ::} for a run of zero groups, and an IPv4 tail ({@code ::ffff:192.0.2.1}); no zone.
 */
public final class InetLiteral {
  private InetLiteral() {}

  /** The 4 or 16 bytes of {@code text}, or null when it is not an address literal. */
  public static byte[] parse(String text) {
    return text.indexOf(':') < 0 ? ipv4(text, new byte[4], 0) : ipv6(text);
  }

  private static byte[] ipv4(String text, byte[] out, int at) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    for (int i = 0; i < 4; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
        return null;
      }
      int v = 0;
      for (int k = 0; k < p.length(); k++) {
        char c = p.charAt(k);
        if (c < '0' || c > '9') {
          return null;
        }
        v = v * 10 + (c - '0');
      }
      if (v > 255) {
        return null;
      }
      out[at + i] = (byte) v;
    }
    return out;
  }

  private static byte[] ipv6(String text) {
    byte[] out = new byte[16];
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    String head = gap < 0 ? text : text.substring(0, gap);
    String tail = gap < 0 ? "" : text.substring(gap + 2);
    int[] headGroups = groups(head, out, 0, gap < 0);
    if (headGroups == null) {
      return null;
    }
    if (gap < 0) {
      return headGroups[0] == 16 ? out : null;
    }
    byte[] tailBytes = new byte[16];
    int[] tailGroups = groups(tail, tailBytes, 0, true);
    if (tailGroups == null || headGroups[0] + tailGroups[0] > 14) {
      return null;
    }
    System.arraycopy(tailBytes, 0, out, 16 - tailGroups[0], tailGroups[0]);
    return out;
  }

  /** Parses ':'-separated groups into {@code out}; {@code [bytes written]}, or null. An IPv4 tail only when {@code last}. */
  private static int[] groups(String s, byte[] out, int at, boolean last) {
    if (s.isEmpty()) {
      return new int[] {0};
    }
    String[] parts = s.split(":", -1);
    int n = at;
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (last && i == parts.length - 1 && p.indexOf('.') >= 0) {
        if (n + 4 > 16 || ipv4(p, out, n) == null) {
          return null;
        }
        n += 4;
        continue;
      }
      if (p.isEmpty() || p.length() > 4 || n + 2 > 16) {
        return null;
      }
      int v = 0;
      for (int k = 0; k < p.length(); k++) {
        int d = Character.digit(p.charAt(k), 16);
        if (d < 0) {
          return null;
        }
        v = v * 16 + d;
      }
      out[n++] = (byte) (v >> 8);
      out[n++] = (byte) v;
    }
    return new int[] {n - at};
  }
}
