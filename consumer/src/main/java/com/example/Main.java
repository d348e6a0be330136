package com.example;

import dev.wiremessage.runtime.FrameReader;
import dev.wiremessage.runtime.FrameWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HexFormat;

/**
 * Sends one Quote and one Data over a loopback socket and reads them back, printing the frame
 * bytes and what arrived; fails when anything differs from what the README promises.
 */
public final class Main {
  public static void main(String[] args) throws Exception {
    Quote quote = new Quote("AAPL", 18942, 300, "XNAS");
    Data data = new Data("hello", 42);
    String frame = HexFormat.of().formatHex(QuoteCodec.INSTANCE.toFrame(quote));
    System.out.println("Quote frame: " + frame);
    check(frame.equals("00000019" + "04" + "4141504c" + "00000000000049fe" + "0000012c" + "00000004" + "584e4153"),
        "the README's bytes");

    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        Socket peer = server.accept()) {
      OutputStream out = client.getOutputStream();
      QuoteCodec.INSTANCE.write(out, quote);
      try (FrameWriter<Data> writer = DataCodec.INSTANCE.writer(out)) {
        writer.write(data);
        writer.flush();
        InputStream in = peer.getInputStream();
        Quote gotQuote = QuoteCodec.INSTANCE.read(in);
        FrameReader<Data> reader = DataCodec.INSTANCE.reader(in);
        Data gotData = reader.read();
        System.out.println("received " + gotQuote);
        System.out.println("received " + gotData);
        check(quote.equals(gotQuote) && data.equals(gotData), "the messages sent");
      }
    }
    System.out.println("consumer OK");
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("MISMATCH: not " + what);
    }
  }
}
