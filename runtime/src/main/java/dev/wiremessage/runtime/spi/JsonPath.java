package dev.wiremessage.runtime.spi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON path ({@code $.rows[2].value}) of a byte of a body, found only when an error is
 * reported: a second walk over the text up to that byte, so that reading keeps no path.
 */
final class JsonPath {
  private JsonPath() {}

  /** The path of the value or key at {@code at} in the text {@code start..end}; {@code closing}: at an object's '}'. */
  static String at(byte[] buf, int start, int at, int end, boolean closing) {
    // one entry per open container: a key ("name") for objects, an index for arrays
    List<Object> path = new ArrayList<>();
    List<Boolean> objects = new ArrayList<>();
    boolean expectKey = false;
    int p = start;
    while (p < at && p < end) {
      byte b = buf[p];
      switch (b) {
        case '{' -> {
          objects.add(true);
          path.add(null);
          expectKey = true;
          p++;
        }
        case '[' -> {
          objects.add(false);
          path.add(0);
          p++;
        }
        case '}', ']' -> {
          if (!objects.isEmpty()) {
            objects.remove(objects.size() - 1);
            path.remove(path.size() - 1);
          }
          p++;
        }
        case ',' -> {
          int top = objects.size() - 1;
          if (top >= 0 && objects.get(top)) {
            expectKey = true;
          } else if (top >= 0) {
            path.set(top, (Integer) path.get(top) + 1);
          }
          p++;
        }
        case '"' -> {
          int q = p + 1;
          while (q < end && buf[q] != '"') {
            q += buf[q] == '\\' ? 2 : 1;
          }
          if (expectKey && !objects.isEmpty()) {
            path.set(path.size() - 1, new String(buf, p + 1, Math.min(q, end) - p - 1, StandardCharsets.UTF_8));
            expectKey = false;
          }
          p = q + 1;
        }
        default -> p++;
      }
    }
    if (closing && !objects.isEmpty() && objects.get(objects.size() - 1)) {
      path.set(path.size() - 1, null); // at an object's '}': the object's own path
    }
    StringBuilder sb = new StringBuilder("$");
    for (int i = 0; i < path.size(); i++) {
      Object o = path.get(i);
      if (o instanceof String k) {
        sb.append('.').append(k);
      } else if (o instanceof Integer n) {
        sb.append('[').append(n).append(']');
      }
    }
    return sb.toString();
  }
}
