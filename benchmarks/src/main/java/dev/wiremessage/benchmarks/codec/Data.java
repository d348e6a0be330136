package dev.wiremessage.benchmarks.codec;

import dev.wiremessage.benchmarks.model.BlobOpaque;
import dev.wiremessage.benchmarks.model.BlobParsed;
import dev.wiremessage.benchmarks.model.Cancel;
import dev.wiremessage.benchmarks.model.Fill;
import dev.wiremessage.benchmarks.model.NewOrder;
import dev.wiremessage.benchmarks.model.Order;
import dev.wiremessage.benchmarks.model.Quote;
import java.util.Map;
import java.util.Random;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The prebuilt inputs: {@link #COUNT} messages per benchmark, the same every run (fixed seeds). */
public final class Data {
  /** How many messages a benchmark rotates over (a power of two). */
  public static final int COUNT = 1024;

  private static final String[] SYMBOLS = {"AAPL", "MSFT", "NVDA", "AMZN", "GOOG", "META", "TSLA", "ORCL"};
  private static final String[] VENUES = {"XNAS", "XNYS", "BATS", "ARCX", "IEXG", "EDGX"};
  private static final String[] SYMBOLS_INTL = {"NESN", "Nestlé", "ÅBB", "トヨタ", "Siemens Ä", "Ørsted", "Société", "三菱"};
  private static final String[] VENUES_INTL = {"Börse Zürich", "東京証券取引所", "Nasdaq København", "Bolsa de Lisboa",
    "XNAS", "Wiener Börse"};

  private Data() {}

  public static Quote[] quotes(boolean ascii) {
    Random r = new Random(ascii ? 1 : 2);
    String[] symbols = ascii ? SYMBOLS : SYMBOLS_INTL;
    String[] venues = ascii ? VENUES : VENUES_INTL;
    Quote[] q = new Quote[COUNT];
    for (int i = 0; i < COUNT; i++) {
      q[i] = new Quote(symbols[r.nextInt(symbols.length)], 10_000 + r.nextInt(1_000_000), 1 + r.nextInt(10_000),
          venues[r.nextInt(venues.length)]);
    }
    return q;
  }

  /** Orders: half new orders, a quarter cancels, a quarter fills, in a random order. */
  public static Order[] orders() {
    Random r = new Random(3);
    Order[] o = new Order[COUNT];
    for (int i = 0; i < COUNT; i++) {
      long id = 1_000_000L + i;
      int k = r.nextInt(4);
      o[i] = switch (k) {
        case 0, 1 -> new NewOrder(id, SYMBOLS[r.nextInt(SYMBOLS.length)], 10_000 + r.nextInt(1_000_000),
            1 + r.nextInt(10_000), r.nextBoolean());
        case 2 -> new Cancel(id, r.nextBoolean() ? "user" : "risk limit");
        default -> new Fill(id, 10_000 + r.nextInt(1_000_000), 1 + r.nextInt(10_000));
      };
    }
    return o;
  }

  /** JSON-blob events whose document is about {@code size} bytes; parsed or as its compact text. */
  public static Object[] blobs(int size, boolean parsed) {
    JsonMapper mapper = JsonMapper.builder().build();
    Random r = new Random(size);
    Object[] b = new Object[COUNT];
    for (int i = 0; i < COUNT; i++) {
      String json = document(r, size);
      Map<String, Object> map = mapper.readValue(json, new TypeReference<Map<String, Object>>() {});
      byte[] text = mapper.writeValueAsBytes(map);
      b[i] = parsed ? new BlobParsed(i, "telemetry", map) : new BlobOpaque(i, "telemetry", text);
    }
    return b;
  }

  private static String document(Random r, int size) {
    StringBuilder s = new StringBuilder(size + 64);
    s.append("{\"device\":\"sensor-").append(r.nextInt(10_000)).append("\",\"seq\":").append(r.nextInt(1 << 20))
        .append(",\"ok\":").append(r.nextBoolean()).append(",\"temp\":").append(r.nextInt(400) / 10.0);
    for (int k = 0; s.length() < size - 40; k++) {
      s.append(",\"m").append(k).append("\":");
      if (k % 3 == 0) {
        s.append('"').append(Long.toHexString(r.nextLong())).append('"');
      } else if (k % 3 == 1) {
        s.append(r.nextInt(100_000));
      } else {
        s.append("[").append(r.nextInt(100)).append(',').append(r.nextInt(100)).append("]");
      }
    }
    return s.append('}').toString();
  }
}
