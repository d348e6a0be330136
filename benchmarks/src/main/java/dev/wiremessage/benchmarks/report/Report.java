package dev.wiremessage.benchmarks.report;

import dev.wiremessage.benchmarks.codec.BlobPeers;
import dev.wiremessage.benchmarks.codec.Data;
import dev.wiremessage.benchmarks.codec.OrderPeers;
import dev.wiremessage.benchmarks.codec.Peer;
import dev.wiremessage.benchmarks.codec.QuotePeers;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns JMH's JSON ({@code -rf json}) into {@code results.md} (ns/op, ratio to the hand-written
 * floor of the same run, B/op, encoded sizes, socket msg/s and latency, the targets)
 * and {@code results.png}: {@code java -cp benchmarks.jar dev.wiremessage.benchmarks.report.Report jmh.json outDir}.
 */
public final class Report {
  private static final String[] OPS = {"encode", "encodeArray", "decode", "roundTrip"};

  private final List<Result> results;
  private final StringBuilder md = new StringBuilder();

  private Report(List<Result> results) {
    this.results = results;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Report <jmh.json>... <output directory>");
      System.exit(2);
    }
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < args.length - 1; i++) {
      results.addAll(Result.read(new File(args[i])));
    }
    File dir = new File(args[args.length - 1]);
    dir.mkdirs();
    Report r = new Report(results);
    String text = r.render();
    Files.writeString(new File(dir, "results.md").toPath(), text, StandardCharsets.UTF_8);
    Plot.write(codec(results), new File(dir, "results.png"));
    System.out.print(text);
  }

  private static List<Result> codec(List<Result> all) {
    return all.stream().filter(r -> !r.bench().startsWith("Socket")).toList();
  }

  private String render() throws Exception {
    md.append("## Codecs: ns/op (× the hand-written floor of the same run) and B/op\n\n");
    Map<String, List<Result>> groups = byGroup(codec(results));
    for (Map.Entry<String, List<Result>> g : groups.entrySet()) {
      codecTable(g.getKey(), g.getValue());
    }
    sizes();
    sockets();
    targets();
    return md.toString();
  }

  private static Map<String, List<Result>> byGroup(List<Result> rs) {
    Map<String, List<Result>> m = new LinkedHashMap<>();
    for (Result r : rs) {
      m.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r);
    }
    return m;
  }

  private Result find(String group, String peer, String op) {
    for (Result r : results) {
      if (r.group().equals(group) && r.peer().equals(peer) && r.op().equals(op)) {
        return r;
      }
    }
    return null;
  }

  private void codecTable(String group, List<Result> rs) {
    Set<String> peers = new LinkedHashSet<>();
    rs.forEach(r -> peers.add(r.peer()));
    md.append("### ").append(group).append("\n\n| peer |");
    for (String op : OPS) {
      md.append(' ').append(op).append(" |");
    }
    md.append("\n|---|");
    md.append("---:|".repeat(OPS.length)).append('\n');
    for (String peer : peers) {
      md.append("| ").append(peer).append(" |");
      for (String op : OPS) {
        Result r = find(group, peer, op);
        Result floor = find(group, "handwritten", op);
        if (r == null) {
          md.append(" |");
          continue;
        }
        md.append(String.format(Locale.ROOT, " %s (%s×)", num(r.score()),
            floor == null ? "?" : String.format(Locale.ROOT, "%.2f", r.score() / floor.score())));
        if (!Double.isNaN(r.bytesPerOp())) {
          md.append(String.format(Locale.ROOT, ", %.0f B", r.bytesPerOp()));
        }
        md.append(" |");
      }
      md.append('\n');
    }
    md.append('\n');
  }

  private void sizes() throws Exception {
    md.append("### Encoded size per message (bytes, mean over the inputs; the floor and wiremessage include"
        + " the 4-byte length)\n\n| peer | Quote ascii | Quote nonAscii | Blob 256 | Blob 4096 | Order |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    Set<String> names = new LinkedHashSet<>();
    names.addAll(List.of(QuotePeers.NAMES));
    names.addAll(List.of(BlobPeers.NAMES));
    names.addAll(List.of(OrderPeers.NAMES));
    for (String n : names) {
      md.append("| ").append(n).append(" | ")
          .append(size(n, QuotePeers.NAMES, QuotePeers::create, Data.quotes(true))).append(" | ")
          .append(size(n, QuotePeers.NAMES, QuotePeers::create, Data.quotes(false))).append(" | ")
          .append(size(n, BlobPeers.NAMES, BlobPeers::create, Data.blobs(256, BlobPeers.parsed(n)))).append(" | ")
          .append(size(n, BlobPeers.NAMES, BlobPeers::create, Data.blobs(4096, BlobPeers.parsed(n)))).append(" | ")
          .append(size(n, OrderPeers.NAMES, OrderPeers::create, Data.orders())).append(" |\n");
    }
    md.append('\n');
  }

  @SuppressWarnings("unchecked")
  private static <T> String size(String name, String[] names, Function<String, Peer<T>> create, Object[] inputs) {
    if (!List.of(names).contains(name)) {
      return "";
    }
    Peer<T> p = create.apply(name);
    long total = 0;
    for (Object m : inputs) {
      total += p.encodeArray((T) m).length;
    }
    return String.format(Locale.ROOT, "%.1f", (double) total / inputs.length);
  }

  private void sockets() {
    List<Result> tp = results.stream().filter(r -> r.bench().equals("SocketThroughput")).toList();
    List<Result> lat = results.stream().filter(r -> r.bench().equals("SocketLatency")).toList();
    if (tp.isEmpty() && lat.isEmpty()) {
      return;
    }
    md.append("## Sockets: one loopback connection, sender and receiver threads\n\n");
    md.append("| link | frame | msg/s | × raw floor | × Netty | p50 µs | p99 µs |\n|---|---:|---:|---:|---:|---:|---:|\n");
    for (Result r : tp) {
      String frame = r.params().get("frameBytes");
      Result raw = socket(tp, "handwritten", "raw", frame);
      Result netty = socket(tp, "netty", "pipeline", frame);
      Result l = "1".equals(r.params().getOrDefault("flushEvery", "1")) || r.params().get("flushEvery") == null
          ? socket(lat, r.peer(), r.op(), frame) : null;
      md.append(String.format(Locale.ROOT, "| %s | %s B | %s | %s | %s | %s | %s |\n", r.socketName(), frame,
          num(r.score()), raw == null ? "" : String.format(Locale.ROOT, "%.2f", r.score() / raw.score()),
          netty == null ? "" : String.format(Locale.ROOT, "%.2f", r.score() / netty.score()),
          l == null ? "" : num(l.p50()), l == null ? "" : num(l.p99())));
    }
    md.append("\nLatency: one message on an idle connection, send + flush until the receiver has decoded it"
        + " (sample mode); buffered writers flush every frame there.\n\n");
  }

  private static Result socket(List<Result> rs, String peer, String op, String frame) {
    for (Result r : rs) {
      if (r.peer().equals(peer) && r.op().equals(op) && frame.equals(r.params().get("frameBytes"))) {
        return r;
      }
    }
    return null;
  }

  private Result socketFlush(String peer, String op, String frame, String flush) {
    for (Result r : results) {
      if (r.bench().equals("SocketThroughput") && r.peer().equals(peer) && r.op().equals(op)
          && frame.equals(r.params().get("frameBytes")) && flush.equals(r.params().get("flushEvery"))) {
        return r;
      }
    }
    return null;
  }

  private void targets() {
    md.append("## The issue's targets (Quote ascii unless noted)\n\n| target | measured | met |\n|---|---|---|\n");
    String q = "Quote ascii";
    Result wm = find(q, "wiremessage", "roundTrip");
    Result floor = find(q, "handwritten", "roundTrip");
    if (wm != null && floor != null) {
      ratio("round trip ≤ 1.10× the hand-written floor", wm.score() / floor.score(), wm.score() / floor.score() <= 1.10,
          "× floor");
      for (String[] t : new String[][] {{"fory", "1.5"}, {"protobuf", "3"}, {"jackson", "10"}}) {
        Result p = find(q, t[0], "roundTrip");
        if (p != null) {
          double x = p.score() / wm.score();
          ratio("round trip ≥ " + t[1] + "× faster than " + t[0], x, x >= Double.parseDouble(t[1]), "× faster");
        }
      }
    }
    for (String g : new String[] {"Quote ascii", "Quote nonAscii", "Blob 256", "Order"}) {
      Result e = find(g, "wiremessage", "encode");
      if (e != null && !Double.isNaN(e.bytesPerOp())) {
        md.append(String.format(Locale.ROOT, "| %s: 0 B/op encoding into a reused buffer | %.1f B/op | %s |\n", g,
            e.bytesPerOp(), e.bytesPerOp() < 1 ? "yes" : "no"));
      }
      Result d = find(g, "wiremessage", "decode");
      Result fd = find(g, "handwritten", "decode");
      if (d != null && fd != null && !Double.isNaN(d.bytesPerOp())) {
        md.append(String.format(Locale.ROOT, "| %s: decode allocates ≤ the floor | %.1f vs %.1f B/op | %s |\n", g,
            d.bytesPerOp(), fd.bytesPerOp(), d.bytesPerOp() <= fd.bytesPerOp() + 1 ? "yes" : "no"));
      }
    }
    for (String frame : new String[] {"32", "128"}) {
      Result b64 = socketFlush("wiremessage", "buffered", frame, "64");
      List<Result> tp = results.stream().filter(r -> r.bench().equals("SocketThroughput")).toList();
      Result nio = socket(tp, "wiremessage", "nio", frame);
      Result raw = socket(tp, "handwritten", "raw", frame);
      Result netty = socket(tp, "netty", "pipeline", frame);
      Result best = b64 == null || (nio != null && nio.score() > b64.score()) ? nio : b64;
      if (best != null && netty != null) {
        double x = best.score() / netty.score();
        ratio(frame + " B frames: ≥ 5× Netty's msg/s (" + best.socketName() + ")", x, x >= 5, "× Netty");
      }
      if (b64 != null && raw != null) {
        double x = b64.score() / raw.score();
        ratio(frame + " B frames: ≥ 0.8× the raw floor (buffered, flush 64)", x, x >= 0.8, "× raw");
      }
    }
    md.append('\n');
  }

  private void ratio(String target, double x, boolean met, String unit) {
    md.append(String.format(Locale.ROOT, "| %s | %.2f%s | %s |\n", target, x, unit, met ? "yes" : "**no**"));
  }

  private static String num(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (v >= 100_000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
  }

}
