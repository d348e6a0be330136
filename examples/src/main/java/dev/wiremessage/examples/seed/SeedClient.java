package dev.wiremessage.examples.seed;

import dev.wiremessage.runtime.FrameWriter;
import dev.wiremessage.runtime.WireCodec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/** {@code seed-client PORT MESSAGE VALUE}: sends one {@link Data} to 127.0.0.1:PORT and closes. */
public final class SeedClient {
  static final int TIMEOUT_MILLIS = 10_000;

  private SeedClient() {}

  /** Connects, writes the frame of {@code data} (4-byte length, then the JSON), and closes. */
  public static void send(int port, Data data) throws IOException {
    WireCodec<Data> codec = DataCodec.INSTANCE;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
      try (FrameWriter<Data> out = codec.writer(socket.getOutputStream())) {
        out.write(data);
      } // close() flushes
    }
  }
}
