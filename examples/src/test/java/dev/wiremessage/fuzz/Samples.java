package dev.wiremessage.fuzz;

import dev.wiremessage.examples.chat.Ack;
import dev.wiremessage.examples.chat.ChatCodec;
import dev.wiremessage.examples.chat.Join;
import dev.wiremessage.examples.chat.Leave;
import dev.wiremessage.examples.chat.Mood;
import dev.wiremessage.examples.chat.Place;
import dev.wiremessage.examples.chat.Say;
import dev.wiremessage.examples.chat.Status;
import dev.wiremessage.examples.seed.Data;
import dev.wiremessage.examples.seed.DataCodec;
import dev.wiremessage.properties.Codecs;
import dev.wiremessage.runtime.WireCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/** Valid frames of every fuzzed codec, for the seeded fuzz loop to mutate. */
final class Samples {
  private Samples() {}

  static List<byte[]> frames(WireCodec<?> codec) {
    if (codec == ChatCodec.INSTANCE) {
      return List.of(
          ChatCodec.INSTANCE.toFrame(new Join("ada", 7)),
          ChatCodec.INSTANCE.toFrame(new Leave()),
          ChatCodec.INSTANCE.toFrame(new Say("hi", 1_700_000_000_000L, Mood.HAPPY, List.of("greeting"),
              Optional.of(new Place("Oslo", 3)), Map.of("client", "demo"))),
          ChatCodec.INSTANCE.toFrame(new Ack(4294967295L, Status.REJECTED, Optional.empty())));
    }
    if (codec == DataCodec.INSTANCE) {
      return List.of(DataCodec.INSTANCE.toFrame(new Data("hi", 7)), DataCodec.INSTANCE.toFrame(new Data("", -1)));
    }
    List<byte[]> frames = Codecs.sampleFrames(codec);
    if (!frames.isEmpty()) {
      return frames;
    }
    // Framings: records of one byte[] component
    SplittableRandom r = new SplittableRandom(codec.type().getName().hashCode());
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      byte[] b = new byte[r.nextInt(i < 10 ? 8 : 200)];
      for (int k = 0; k < b.length; k++) {
        b[k] = (byte) (r.nextInt(4) == 0 ? "\n\r}]ab".charAt(r.nextInt(6)) : r.nextInt(256));
      }
      try {
        @SuppressWarnings("unchecked")
        WireCodec<Object> c = (WireCodec<Object>) codec;
        Object value = codec.type().getDeclaredConstructors()[0].newInstance((Object) b);
        out.add(c.toFrame(value));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      } catch (IllegalArgumentException e) {
        // a strict delimiter inside the bytes: not a frame
      }
    }
    return out;
  }
}
