package dev.wiremessage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiremessage.examples.net.BlockingServer;
import dev.wiremessage.examples.net.Capture;
import dev.wiremessage.examples.net.Closed;
import dev.wiremessage.examples.net.Recorder;
import dev.wiremessage.examples.net.ServerLimits;
import dev.wiremessage.runtime.WireCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Peers built from different versions of one record (examples/.../evolution) over real
 * loopback sockets: a server echoes each message back as its own version sees it. An
 * {@code extensible} message lets either side upgrade first; a message that is not
 * extensible lets readers upgrade first, and an old reader drops a new writer as malformed
 * while it keeps serving everyone else.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EvolutionOverSocketTest {
  private static final int WAIT_MILLIS = 10_000;

  private static final WireCodec<dev.wiremessage.examples.evolution.v1.Reading> READING_V1 =
      dev.wiremessage.examples.evolution.v1.ReadingCodec.INSTANCE;
  private static final WireCodec<dev.wiremessage.examples.evolution.v2.Reading> READING_V2 =
      dev.wiremessage.examples.evolution.v2.ReadingCodec.INSTANCE;
  private static final WireCodec<dev.wiremessage.examples.evolution.v3.Reading> READING_V3 =
      dev.wiremessage.examples.evolution.v3.ReadingCodec.INSTANCE;
  private static final WireCodec<dev.wiremessage.examples.evolution.v1.Sample> SAMPLE_V1 =
      dev.wiremessage.examples.evolution.v1.SampleCodec.INSTANCE;
  private static final WireCodec<dev.wiremessage.examples.evolution.v2.Sample> SAMPLE_V2 =
      dev.wiremessage.examples.evolution.v2.SampleCodec.INSTANCE;

  /** A server of {@code codec} that sends every message back as it read it. */
  private static <T> BlockingServer<T> echo(WireCodec<T> codec, Recorder<T> recorder, Capture log) throws IOException {
    return BlockingServer.start(codec, 0, ServerLimits.DEFAULT, recorder, log.stream);
  }

  private static <T> Recorder<T> echoing() {
    return new Recorder<>((from, message) -> from.send(message));
  }

  /** A client connection speaking {@code codec}. */
  private static final class Client<T> implements AutoCloseable {
    final Socket socket;
    final WireCodec<T> codec;
    final OutputStream out;
    final InputStream in;

    Client(int port, WireCodec<T> codec) throws IOException {
      this.socket = new Socket(InetAddress.getLoopbackAddress(), port);
      this.codec = codec;
      this.out = socket.getOutputStream();
      this.in = socket.getInputStream();
    }

    /** Sends {@code message} and returns the echo, read as this client's version. */
    T exchange(T message) throws IOException {
      codec.write(out, message);
      return codec.read(in);
    }

    String name() {
      return "127.0.0.1:" + socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  @Test
  void extensibleWritersFirstANewClientTalksToAnOldServer() throws Exception {
    Capture log = new Capture();
    Recorder<dev.wiremessage.examples.evolution.v1.Reading> recorder = echoing();
    try (BlockingServer<dev.wiremessage.examples.evolution.v1.Reading> server = echo(READING_V1, recorder, log);
        Client<dev.wiremessage.examples.evolution.v2.Reading> client = new Client<>(server.port(), READING_V2)) {
      // the old server skips unit; its echo is a version-1 frame, which the new client reads with unit empty
      assertEquals(new dev.wiremessage.examples.evolution.v2.Reading(7, 21.5, Optional.empty()),
          client.exchange(new dev.wiremessage.examples.evolution.v2.Reading(7, 21.5, Optional.of("C"))));
      assertEquals(List.of(new dev.wiremessage.examples.evolution.v1.Reading(7, 21.5)), recorder.received(client.name()));
    }
    assertTrue(log.lines().isEmpty(), log.toString());
  }

  @Test
  void extensibleReadersFirstAnOldClientTalksToANewServer() throws Exception {
    Capture log = new Capture();
    Recorder<dev.wiremessage.examples.evolution.v2.Reading> recorder = new Recorder<>(
        (from, m) -> from.send(new dev.wiremessage.examples.evolution.v2.Reading(m.sensor(), m.value() * 2,
            Optional.of("kW"))));
    try (BlockingServer<dev.wiremessage.examples.evolution.v2.Reading> server = echo(READING_V2, recorder, log);
        Client<dev.wiremessage.examples.evolution.v1.Reading> client = new Client<>(server.port(), READING_V1)) {
      // the new server reads the old frame with unit empty; the old client skips the unit of the reply
      assertEquals(new dev.wiremessage.examples.evolution.v1.Reading(7, 43.0),
          client.exchange(new dev.wiremessage.examples.evolution.v1.Reading(7, 21.5)));
      assertEquals(List.of(new dev.wiremessage.examples.evolution.v2.Reading(7, 21.5, Optional.empty())),
          recorder.received(client.name()));
    }
    assertTrue(log.lines().isEmpty(), log.toString());
  }

  @Test
  void versionsOneTwoAndThreeOnOneServer() throws Exception {
    Capture log = new Capture();
    Recorder<dev.wiremessage.examples.evolution.v2.Reading> recorder = echoing();
    try (BlockingServer<dev.wiremessage.examples.evolution.v2.Reading> server = echo(READING_V2, recorder, log);
        Client<dev.wiremessage.examples.evolution.v1.Reading> v1 = new Client<>(server.port(), READING_V1);
        Client<dev.wiremessage.examples.evolution.v3.Reading> v3 = new Client<>(server.port(), READING_V3)) {
      assertEquals(new dev.wiremessage.examples.evolution.v3.Reading(3, 1.5, Optional.of("C"), List.of()),
          v3.exchange(new dev.wiremessage.examples.evolution.v3.Reading(3, 1.5, Optional.of("C"), List.of("a", "b"))));
      assertEquals(new dev.wiremessage.examples.evolution.v1.Reading(1, 0.5),
          v1.exchange(new dev.wiremessage.examples.evolution.v1.Reading(1, 0.5)));
      assertEquals(List.of(new dev.wiremessage.examples.evolution.v2.Reading(3, 1.5, Optional.of("C"))),
          recorder.received(v3.name()));
      assertEquals(List.of(new dev.wiremessage.examples.evolution.v2.Reading(1, 0.5, Optional.empty())),
          recorder.received(v1.name()));
    }
    assertTrue(log.lines().isEmpty(), log.toString());
  }

  @Test
  void notExtensibleReadersFirstANewServerReadsOldClients() throws Exception {
    Capture log = new Capture();
    Recorder<dev.wiremessage.examples.evolution.v2.Sample> recorder = echoing();
    try (BlockingServer<dev.wiremessage.examples.evolution.v2.Sample> server = echo(SAMPLE_V2, recorder, log);
        Client<dev.wiremessage.examples.evolution.v1.Sample> client = new Client<>(server.port(), SAMPLE_V1)) {
      client.codec.write(client.out, new dev.wiremessage.examples.evolution.v1.Sample(9));
      recorder.awaitReceived(client.name(), 1, WAIT_MILLIS);
      assertEquals(List.of(new dev.wiremessage.examples.evolution.v2.Sample(9, Optional.empty())),
          recorder.received(client.name()));
    }
    assertTrue(log.lines().isEmpty(), log.toString());
  }

  @Test
  void notExtensibleWritersFirstAnOldServerDropsTheNewClientAndServesTheOthers() throws Exception {
    Capture log = new Capture();
    Recorder<dev.wiremessage.examples.evolution.v1.Sample> recorder = echoing();
    try (BlockingServer<dev.wiremessage.examples.evolution.v1.Sample> server = echo(SAMPLE_V1, recorder, log);
        Client<dev.wiremessage.examples.evolution.v1.Sample> old = new Client<>(server.port(), SAMPLE_V1);
        Client<dev.wiremessage.examples.evolution.v2.Sample> fresh = new Client<>(server.port(), SAMPLE_V2)) {
      assertEquals(new dev.wiremessage.examples.evolution.v1.Sample(1), old.exchange(new dev.wiremessage.examples.evolution.v1.Sample(1)));
      // a version-2 frame: 7 bytes after id that version 1 does not know
      fresh.codec.write(fresh.out, new dev.wiremessage.examples.evolution.v2.Sample(9, Optional.of("hi")));
      assertNull(fresh.codec.read(fresh.in), "the server closes the connection without a reply");
      Closed closed = recorder.awaitClosed(fresh.name(), WAIT_MILLIS);
      assertEquals("malformed: Sample: 7 bytes left after Sample (at byte 4)", closed.error());
      assertEquals(List.of("dropped " + fresh.name() + ": malformed: Sample: 7 bytes left after Sample (at byte 4)"),
          log.lines());
      // the old client's connection is still served
      assertEquals(new dev.wiremessage.examples.evolution.v1.Sample(2), old.exchange(new dev.wiremessage.examples.evolution.v1.Sample(2)));
      assertEquals(2, recorder.received(old.name()).size());
      assertTrue(recorder.received(fresh.name()).isEmpty());
    }
  }
}
