package dev.wiremessage.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

/** A PNG of ns/op per peer per operation, one panel per message group, log scale; java.awt, headless. */
final class Plot {
  private static final String[] OPS = {"encode", "encodeArray", "decode", "roundTrip"};
  private static final Color[] COLORS = {
    new Color(0x4D4D4D), new Color(0x999999), new Color(0xD62728), new Color(0xFF9896), new Color(0x1F77B4),
    new Color(0x2CA02C), new Color(0xFF7F0E), new Color(0xFFBB78), new Color(0x9467BD), new Color(0x17BECF),
    new Color(0x8C564B)
  };
  private static final int W = 1200;
  private static final int PANEL = 300;

  private Plot() {}

  static void write(List<Result> rs, File png) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Map<String, List<Result>> groups = new LinkedHashMap<>();
    rs.forEach(r -> groups.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r));
    Set<String> peers = new LinkedHashSet<>();
    rs.forEach(r -> peers.add(r.peer()));
    List<String> peerList = new ArrayList<>(peers);
    int h = 40 + groups.size() * PANEL + 60;
    BufferedImage img = new BufferedImage(W, Math.max(h, 200), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, img.getHeight());
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString("ns/op per peer and operation (log scale; lower is faster)", 20, 26);
    int y = 40;
    for (Map.Entry<String, List<Result>> e : groups.entrySet()) {
      panel(g, e.getKey(), e.getValue(), peerList, y);
      y += PANEL;
    }
    // legend
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    int x = 20;
    for (int i = 0; i < peerList.size(); i++) {
      g.setColor(COLORS[i % COLORS.length]);
      g.fillRect(x, y + 15, 12, 12);
      g.setColor(Color.BLACK);
      g.drawString(peerList.get(i), x + 16, y + 26);
      x += 20 + g.getFontMetrics().stringWidth(peerList.get(i)) + 14;
    }
    g.dispose();
    ImageIO.write(img, "png", png);
  }

  private static void panel(Graphics2D g, String title, List<Result> rs, List<String> peers, int top) {
    int left = 70;
    int right = W - 20;
    int plotTop = top + 28;
    int bottom = top + PANEL - 40;
    double max = rs.stream().mapToDouble(Result::score).max().orElse(1);
    double min = rs.stream().mapToDouble(Result::score).min().orElse(1);
    double lo = Math.pow(10, Math.floor(Math.log10(Math.max(min, 1e-3))));
    double hi = Math.pow(10, Math.ceil(Math.log10(Math.max(max, lo * 10))));
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    g.drawString(title, left, top + 18);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    // decade grid
    for (double v = lo; v <= hi * 1.0001; v *= 10) {
      int yy = yOf(v, lo, hi, plotTop, bottom);
      g.setColor(new Color(0xDDDDDD));
      g.setStroke(new BasicStroke(1));
      g.drawLine(left, yy, right, yy);
      g.setColor(Color.DARK_GRAY);
      String label = v >= 1 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
      g.drawString(label, left - 8 - g.getFontMetrics().stringWidth(label), yy + 4);
    }
    int slot = (right - left) / OPS.length;
    int bar = Math.max(4, (slot - 30) / Math.max(1, peers.size()));
    for (int o = 0; o < OPS.length; o++) {
      int x0 = left + o * slot + 15;
      g.setColor(Color.BLACK);
      g.drawString(OPS[o], x0 + (slot - 30) / 2 - g.getFontMetrics().stringWidth(OPS[o]) / 2, bottom + 16);
      for (int p = 0; p < peers.size(); p++) {
        for (Result r : rs) {
          if (r.peer().equals(peers.get(p)) && r.op().equals(OPS[o])) {
            int yy = yOf(r.score(), lo, hi, plotTop, bottom);
            g.setColor(COLORS[p % COLORS.length]);
            g.fillRect(x0 + p * bar, yy, bar - 1, bottom - yy);
          }
        }
      }
    }
    g.setColor(Color.BLACK);
    g.drawLine(left, bottom, right, bottom);
  }

  private static int yOf(double v, double lo, double hi, int top, int bottom) {
    double f = (Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
    return (int) Math.round(bottom - f * (bottom - top));
  }
}
