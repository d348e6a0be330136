package dev.wiremessage.processor;

import com.palantir.javapoet.ClassName;
import dev.wiremessage.processor.encoding.ArrayEncoding;
import dev.wiremessage.processor.encoding.ConverterEncoding;
import dev.wiremessage.processor.encoding.ProtocolEncoding;
import dev.wiremessage.processor.encoding.Encoding;
import dev.wiremessage.processor.encoding.ListEncoding;
import dev.wiremessage.processor.encoding.NestedMessageEncoding;
import dev.wiremessage.processor.encoding.NullableEncoding;
import dev.wiremessage.processor.encoding.OptionalEncoding;
import dev.wiremessage.processor.model.ComponentModel;
import dev.wiremessage.processor.model.MessageModel;
import java.util.LinkedHashSet;
import java.util.Set;

/** The nested {@code @WireMessage} records whose codecs a message's codec calls. */
final class Dependencies {
  private Dependencies() {}

  static Set<ClassName> of(MessageModel message) {
    Set<ClassName> result = new LinkedHashSet<>();
    for (ComponentModel c : message.components()) {
      collect(c.encoding(), result);
    }
    return result;
  }

  private static void collect(Encoding e, Set<ClassName> result) {
    if (e instanceof NestedMessageEncoding n) {
      result.add(n.type());
    } else if (e instanceof OptionalEncoding o) {
      collect(o.inner(), result);
    } else if (e instanceof NullableEncoding n) {
      collect(n.inner(), result);
    } else if (e instanceof ListEncoding l) {
      collect(l.element(), result);
    } else if (e instanceof ArrayEncoding a) {
      collect(a.element(), result);
    } else if (e instanceof ConverterEncoding c) {
      collect(c.wire(), result);
    } else if (e instanceof ProtocolEncoding p) {
      for (ProtocolEncoding.Member m : p.members()) {
        collect(m.message(), result);
      }
    }
  }
}
