package dev.wiremessage.benchmarks.report;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One row of JMH's JSON result: class, peer, operation, params, score, B/op, percentiles. */
record Result(String bench, String peer, String op, Map<String, String> params, double score, double error,
    String unit, double bytesPerOp, double p50, double p99) {

  static List<Result> read(File json) {
    JsonNode root = JsonMapper.builder().build().readTree(json);
    List<Result> out = new ArrayList<>();
    for (JsonNode r : root) {
      String full = r.get("benchmark").asString();
      String method = full.substring(full.lastIndexOf('.') + 1);
      String cls = full.substring(0, full.lastIndexOf('.'));
      cls = cls.substring(cls.lastIndexOf('.') + 1).replace("Benchmark", "");
      int u = method.indexOf('_');
      Map<String, String> params = new TreeMap<>();
      JsonNode p = r.get("params");
      if (p != null) {
        for (Map.Entry<String, JsonNode> e : p.properties()) {
          params.put(e.getKey(), e.getValue().asString());
        }
      }
      JsonNode pm = r.get("primaryMetric");
      double bytes = Double.NaN;
      JsonNode sec = r.get("secondaryMetrics");
      if (sec != null) {
        for (Map.Entry<String, JsonNode> e : sec.properties()) {
          if (e.getKey().endsWith("gc.alloc.rate.norm")) {
            bytes = e.getValue().get("score").asDouble();
          }
        }
      }
      JsonNode pct = pm.get("scorePercentiles");
      double p50 = pct != null && pct.has("50.0") ? pct.get("50.0").asDouble() : Double.NaN;
      double p99 = pct != null && pct.has("99.0") ? pct.get("99.0").asDouble() : Double.NaN;
      JsonNode err = pm.get("scoreError");
      out.add(new Result(cls, method.substring(0, u), method.substring(u + 1), params, pm.get("score").asDouble(),
          err == null || !err.isNumber() ? Double.NaN : err.asDouble(), pm.get("scoreUnit").asString(), bytes, p50,
          p99));
    }
    return out;
  }

  /** "Quote ascii", "Blob 4096", "Order", "SocketThroughput 32" ... */
  String group() {
    StringBuilder s = new StringBuilder(bench);
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (!e.getKey().equals("flushEvery")) {
        s.append(' ').append(e.getValue());
      }
    }
    return s.toString();
  }

  /** The peer with a socket variant's flush setting: "wiremessage_buffered/64". */
  String socketName() {
    String f = params.get("flushEvery");
    return peer + "_" + op + (f == null ? "" : " (flush " + f + ")");
  }
}
