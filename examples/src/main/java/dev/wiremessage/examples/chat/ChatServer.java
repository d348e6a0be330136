package dev.wiremessage.examples.chat;

import dev.wiremessage.examples.net.Closed;
import dev.wiremessage.examples.net.Connection;
import dev.wiremessage.examples.net.Handler;
import dev.wiremessage.examples.net.NioServer;
import dev.wiremessage.examples.net.ServerLimits;
import dev.wiremessage.runtime.WireCodec;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code chat-server PORT}: a small multi-user chat on the {@link Chat} protocol, served by
 * {@link NioServer} (one selector thread). A client sends {@link Join} first (answered by an
 * {@link Ack} "welcome to room N"), then {@link Say}s, each passed on to every other member of
 * its room with {@code "from": name} added to its {@code meta}; {@link Leave} is answered
 * "bye" and the connection closed. Anything else is answered with a {@code REJECTED} ack.
 * Prints one line per join, leave and line of chat.
 */
public final class ChatServer implements Handler<Chat> {
  private final PrintStream out;
  /** Selector thread only, like every handler call. */
  private final Map<Connection<Chat>, Member> members = new HashMap<>();

  private record Member(String name, int room) {}

  public ChatServer(PrintStream out) {
    this.out = out;
  }

  /** Serves {@code codec} (normally {@code ChatCodec.INSTANCE}) on 127.0.0.1:{@code port}. */
  public static NioServer<Chat> start(WireCodec<Chat> codec, int port, ServerLimits limits, Handler<Chat> handler,
      PrintStream log) throws IOException {
    return NioServer.start(codec, port, limits, handler, log);
  }

  @Override
  public void onMessage(Connection<Chat> from, Chat message) {
    Member me = members.get(from);
    if (message instanceof Join join) {
      if (me != null) {
        reject(from, "already joined as " + me.name());
        return;
      }
      members.put(from, new Member(join.name(), join.room()));
      from.send(new Ack(from.received(), Status.OK, Optional.of("welcome to room " + join.room())));
      out.println(join.name() + " joined room " + join.room());
    } else if (message instanceof Say say) {
      if (me == null) {
        reject(from, "join first");
        return;
      }
      Map<String, Object> meta = new LinkedHashMap<>(say.meta());
      meta.put("from", me.name());
      Say relayed = new Say(say.text(), say.sentAtMillis(), say.mood(), say.tags(), say.from(), meta);
      List<Connection<Chat>> room = new ArrayList<>();
      for (Map.Entry<Connection<Chat>, Member> e : members.entrySet()) {
        if (e.getKey() != from && e.getValue().room() == me.room()) {
          room.add(e.getKey());
        }
      }
      for (Connection<Chat> c : room) { // send() may drop a member that does not read: not while iterating members
        c.send(relayed);
      }
      out.println("room " + me.room() + " " + me.name() + ": " + say.text());
    } else if (message instanceof Leave) {
      from.send(new Ack(from.received(), Status.OK, Optional.of("bye")));
      from.finish();
    } else {
      reject(from, "clients do not send " + message.getClass().getSimpleName());
    }
  }

  private static void reject(Connection<Chat> from, String why) {
    from.send(new Ack(from.received(), Status.REJECTED, Optional.of(why)));
  }

  @Override
  public void onClose(Connection<Chat> connection, Closed how) {
    Member me = members.remove(connection);
    if (me != null) {
      out.println(me.name() + " left room " + me.room());
    }
  }
}
