package app;

import dev.wiremessage.runtime.FrameReader;
import dev.wiremessage.runtime.FrameWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HexFormat;

/** Sends a Quote and a Data over loopback and prints what arrived, from a named module. */
public final class Main {
  public static void main(String[] args) throws Exception {
    System.out.println("module " + Main.class.getModule().getName());
    System.out.println("frame " + HexFormat.of().formatHex(QuoteCodec.INSTANCE.toFrame(new Quote("AAPL", 18942, 300, "XNAS"))));
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        Socket accepted = server.accept()) {
      try (FrameWriter<Quote> quotes = QuoteCodec.INSTANCE.writer(client.getOutputStream())) {
        quotes.write(new Quote("AAPL", 18942, 300, "XNAS"));
        quotes.flush();
        FrameReader<Quote> in = QuoteCodec.INSTANCE.reader(accepted.getInputStream());
        System.out.println("received " + in.read());
        DataCodec.INSTANCE.write(client.getOutputStream(), new Data("hi", 7));
        System.out.println("received " + DataCodec.INSTANCE.read(accepted.getInputStream()));
      }
    }
  }
}
