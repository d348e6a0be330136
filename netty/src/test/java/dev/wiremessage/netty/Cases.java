package dev.wiremessage.netty;

import dev.wiremessage.runtime.WireCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/** One codec of each framing, and how to make its messages. */
record Cases<T>(String name, WireCodec<T> codec, BiFunction<String, Integer, T> make) {
  static List<Cases<?>> all() {
    return List.of(
        new Cases<>("U32 big-endian", Messages_U32Codec.INSTANCE, Messages.U32::new),
        new Cases<>("U8", Messages_U8Codec.INSTANCE, Messages.U8::new),
        new Cases<>("U16 little-endian", Messages_U16LeCodec.INSTANCE, Messages.U16Le::new),
        new Cases<>("U24", Messages_U24Codec.INSTANCE, Messages.U24::new),
        new Cases<>("U64 little-endian", Messages_U64LeCodec.INSTANCE, Messages.U64Le::new),
        new Cases<>("VARINT", Messages_VarintCodec.INSTANCE, Messages.Varint::new),
        new Cases<>("delimited \\n", Messages_LineCodec.INSTANCE, (text, n) -> new Messages.Line(text + n)),
        new Cases<>("delimited \\r\\n, escaped", Messages_EscapedCodec.INSTANCE, Messages.Escaped::new));
  }

  /**
   * {@code count} messages with texts of 0 to 200 chars (U8 frames stay under 255 bytes),
   * including the bytes of every delimiter and escape for the escaped framing.
   */
  List<T> messages(int count, long seed) {
    Random random = new Random(seed);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder();
      int len = random.nextInt(200);
      for (int j = 0; j < len; j++) {
        text.append(codec instanceof Messages_EscapedCodec ? "ab\r\n}]é".charAt(random.nextInt(7))
            : (char) ('a' + random.nextInt(26)));
      }
      out.add(make.apply(text.toString(), random.nextInt()));
    }
    return out;
  }

  @Override
  public String toString() {
    return name;
  }
}
