package dev.wiremessage.tool.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.runtime.WireCodec;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated Python module and the generated Java codec talk over real loopback sockets:
 * 10,000 messages of the {@link Mix} protocol (every component type) each way, frames split
 * across reads and writes at random points.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class InteropTest {
  static final int COUNT = 10_000;
  static final WireCodec<Mix> CODEC = MixCodec.INSTANCE;

  @TempDir static Path dir;

  @BeforeAll
  static void generate() throws Exception {
    dev.wiremessage.tool.PythonTestSupport.generateMix(dir);
  }

  @Test
  void javaServerEchoesTenThousandMessagesOfAPythonClient() throws Exception {
    try (ServerSocket server = new ServerSocket()) {
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      AtomicInteger served = new AtomicInteger();
      CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> {
        try (Socket s = server.accept(); InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
          Random split = new Random(7);
          for (Mix m; (m = CODEC.read(in)) != null; ) {
            byte[] frame = CODEC.toFrame(m);
            int cut = split.nextInt(frame.length + 1);   // the reply in two writes: partial reads in Python
            out.write(frame, 0, cut);
            out.flush();
            out.write(frame, cut, frame.length - cut);
            out.flush();
            served.incrementAndGet();
          }
        } catch (Exception e) {
          throw new RuntimeException(e);
        }
      });
      String out = dev.wiremessage.tool.PythonTestSupport.run(dir, "interop_client.py",
          String.valueOf(server.getLocalPort()), String.valueOf(COUNT), "42");
      serving.get(60, TimeUnit.SECONDS);
      assertTrue(out.contains("python client: " + COUNT + " messages echoed by the Java server"), out);
      assertEquals(COUNT, served.get());
    }
  }

  @Test
  void pythonServerEchoesTenThousandMessagesOfAJavaClient() throws Exception {
    Process python = dev.wiremessage.tool.PythonTestSupport.start(dir, "interop_server.py");
    try {
      BufferedReader lines = new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8));
      String first = lines.readLine();
      assertTrue(first != null && first.startsWith("port "), "python server said " + first);
      int port = Integer.parseInt(first.substring(5).strip());
      Random rng = new Random(42);
      int[] kinds = new int[3];
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
        OutputStream out = s.getOutputStream();
        InputStream in = s.getInputStream();
        for (int sent = 0; sent < COUNT; ) {
          List<Mix> batch = new ArrayList<>();
          for (int k = 0; k < 100 && sent + k < COUNT; k++) {
            batch.add(message(rng, kinds));
          }
          for (Mix m : batch) {
            byte[] frame = CODEC.toFrame(m);
            int cut = rng.nextInt(frame.length + 1);    // each frame in two writes
            out.write(frame, 0, cut);
            out.flush();
            out.write(frame, cut, frame.length - cut);
            out.flush();
          }
          for (Mix m : batch) {
            Mix echo = CODEC.read(in);
            assertArrayEquals(CODEC.toFrame(m), echo == null ? null : CODEC.toFrame(echo), "message " + sent + ": " + m);
            sent++;
          }
        }
        s.shutdownOutput();
        assertEquals(null, CODEC.read(in), "a message after the last echo");
      }
      assertTrue(kinds[0] > 1000 && kinds[1] > 1000 && kinds[2] > 1000, "every member sent: " + java.util.Arrays.toString(kinds));
      assertEquals("python server: echoed " + COUNT + " messages", lines.readLine());
      assertTrue(python.waitFor(30, TimeUnit.SECONDS));
      assertEquals(0, python.exitValue());
    } finally {
      python.destroyForcibly();
    }
  }

  private static final String TEXT = "aé€😀 z";

  private static String text(Random rng, int n) {
    StringBuilder sb = new StringBuilder();
    int len = rng.nextInt(n);
    for (int i = 0; i < len; i++) {
      int at = rng.nextInt(TEXT.codePointCount(0, TEXT.length()));
      sb.appendCodePoint(TEXT.codePointAt(TEXT.offsetByCodePoints(0, at)));
    }
    return sb.toString();
  }

  private static Pos pos(Random rng) {
    return new Pos(rng.nextInt(), rng.nextInt(), rng.nextBoolean() ? Optional.empty() : Optional.of(rng.nextInt()));
  }

  static Mix message(Random rng, int[] kinds) {
    int kind = rng.nextInt(3);
    kinds[kind]++;
    if (kind == 0) {
      return new Ping(rng.nextLong() >>> 32);
    }
    if (kind == 1) {
      return new Note(text(rng, 20), rng.nextBoolean() ? Optional.empty() : Optional.of(text(rng, 5)));
    }
    byte[] data = new byte[rng.nextInt(50)];
    rng.nextBytes(data);
    List<String> tags = new ArrayList<>();
    for (int i = rng.nextInt(5); i > 0; i--) {
      tags.add(text(rng, 10));
    }
    List<Pos> path = new ArrayList<>();
    for (int i = rng.nextInt(4); i > 0; i--) {
      path.add(pos(rng));
    }
    float[] floats = {0f, 1.5f, -2.25f, 1024.5f};
    char[] chars = {'A', 'é', '€', '\uffff'};
    return new Sample(rng.nextBoolean(), (byte) rng.nextInt(), (short) rng.nextInt(), chars[rng.nextInt(4)],
        rng.nextInt(), rng.nextLong(), floats[rng.nextInt(4)], (rng.nextDouble() - 0.5) * 1e300,
        rng.nextInt(1 << 24), rng.nextLong() >>> 32, text(rng, 40), text(rng, 30), data,
        Map.of("k", rng.nextInt(1000)), new Point((short) rng.nextInt(), (short) rng.nextInt()),
        rng.nextBoolean() ? Optional.empty() : Optional.of(text(rng, 10)), rng.nextBoolean() ? Side.BUY : Side.SELL,
        Color.values()[rng.nextInt(3)], tags, new int[] {rng.nextInt(), rng.nextInt(), rng.nextInt()}, path,
        rng.nextBoolean() ? Optional.empty() : Optional.of(pos(rng)));
  }
}
