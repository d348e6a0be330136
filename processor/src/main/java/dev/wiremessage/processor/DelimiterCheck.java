package dev.wiremessage.processor;

import com.palantir.javapoet.NameAllocator;
import dev.wiremessage.Length;
import dev.wiremessage.processor.encoding.ArrayEncoding;
import dev.wiremessage.processor.encoding.BigNumberEncoding;
import dev.wiremessage.processor.encoding.BooleanEncoding;
import dev.wiremessage.processor.encoding.BytesEncoding;
import dev.wiremessage.processor.encoding.CharEncoding;
import dev.wiremessage.processor.encoding.ConverterEncoding;
import dev.wiremessage.processor.encoding.Encoding;
import dev.wiremessage.processor.encoding.EnumCodeEncoding;
import dev.wiremessage.processor.encoding.EnumNameEncoding;
import dev.wiremessage.processor.encoding.FixedIntEncoding;
import dev.wiremessage.processor.encoding.FloatEncoding;
import dev.wiremessage.processor.encoding.JsonBlobEncoding;
import dev.wiremessage.processor.encoding.ListEncoding;
import dev.wiremessage.processor.encoding.NestedMessageEncoding;
import dev.wiremessage.processor.encoding.NullableEncoding;
import dev.wiremessage.processor.encoding.OptionalEncoding;
import dev.wiremessage.processor.encoding.ProtocolEncoding;
import dev.wiremessage.processor.encoding.Site;
import dev.wiremessage.processor.encoding.Utf8Encoding;
import dev.wiremessage.processor.encoding.WellKnownEncoding;
import dev.wiremessage.processor.support.Ann;
import dev.wiremessage.processor.support.Reporter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Which component of a {@code @Delimited} message without escaping can write a byte of the
 * delimiter (the {@code delimited-binary} warning): fixed-width integers, floats, bytes,
 * lengths and counts can hold any byte; presence bytes and booleans only {@code 00} and
 * {@code 01}; a protocol's tag the bytes of its members' ids. Nested records and protocol
 * members are looked into.
 */
final class DelimiterCheck {
  private final Elements elements;
  private final ComponentParser components;
  private final byte[] delimiter;
  private final Set<String> visiting = new HashSet<>();

  DelimiterCheck(Elements elements, ComponentParser components, String delimiter) {
    this.elements = elements;
    this.components = components;
    this.delimiter = delimiter.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Why {@code e} can write a byte of the delimiter ("a fixed-width integer"), or null. */
  String risk(Encoding e) {
    if (e instanceof FixedIntEncoding || e instanceof CharEncoding || e instanceof EnumCodeEncoding) {
      return "a fixed-width integer";
    } else if (e instanceof FloatEncoding) {
      return "a float";
    } else if (e instanceof BytesEncoding) {
      return "raw bytes";
    } else if (e instanceof BigNumberEncoding b) {
      return "a " + (b.decimal() ? "BigDecimal" : "BigInteger") + " (two's-complement bytes)";
    } else if (e instanceof WellKnownEncoding w) {
      return "a " + w.type().toString().substring(w.type().toString().lastIndexOf('.') + 1) + " (binary)";
    } else if (e instanceof BooleanEncoding) {
      return holdsZeroOrOne() ? "a boolean (00 or 01)" : null;
    } else if (e instanceof Utf8Encoding u) {
      return lengthRisk(u.size().length());
    } else if (e instanceof EnumNameEncoding n) {
      return lengthRisk(n.size().length());
    } else if (e instanceof JsonBlobEncoding j) {
      return lengthRisk(j.length());
    } else if (e instanceof OptionalEncoding o) {
      return holdsZeroOrOne() ? "an Optional (presence byte 00 or 01)" : risk(o.inner());
    } else if (e instanceof NullableEncoding n) {
      return holdsZeroOrOne() ? "@Nullable (presence byte 00 or 01)" : risk(n.inner());
    } else if (e instanceof ListEncoding l) {
      return l.count().length() != Length.REST ? "a list after its binary count" : risk(l.element());
    } else if (e instanceof ArrayEncoding a) {
      return a.count().length() != Length.REST ? "an array after its binary count" : risk(a.element());
    } else if (e instanceof ConverterEncoding c) {
      return risk(c.wire());
    } else if (e instanceof NestedMessageEncoding n) {
      return nested(n);
    } else if (e instanceof ProtocolEncoding p) {
      for (ProtocolEncoding.Member m : p.members()) {
        if (tagRisk(p.tag(), m.id())) {
          return "a @WireProtocol " + p.type().simpleName() + " whose tag " + m.id() + " (" + m.message().type().simpleName()
              + ") has a byte of the delimiter";
        }
        String inner = nested(m.message());
        if (inner != null) {
          return "a @WireProtocol " + p.type().simpleName() + " whose member " + inner.substring(inner.indexOf(' ') + 1);
        }
      }
      return null;
    }
    return null;
  }

  /** The first component of {@code record} that can write a byte of the delimiter: "Rec.x is a float", or null. */
  String risk(TypeElement record) {
    if (!visiting.add(record.getQualifiedName().toString())) {
      return null; // a record nested in itself: its components are looked at once
    }
    List<? extends RecordComponentElement> list = record.getRecordComponents();
    for (int i = 0; i < list.size(); i++) {
      RecordComponentElement c = list.get(i);
      Site site = new Site(Reporter.silent(), c, record.getSimpleName().toString(), c.getSimpleName().toString(),
          i == list.size() - 1, false, components.encodingAnnotation(c), Ann.find(elements, c, MessageParser.COUNT));
      Encoding e = components.parse(site, c, new NameAllocator());
      String why = e == null ? null : risk(e);
      if (why != null) {
        return site.field() + " is " + why;
      }
    }
    return null;
  }

  private String nested(NestedMessageEncoding n) {
    if (n.evolving()) {
      return "a record " + n.type().simpleName() + " nested after its binary VARINT length";
    }
    if (n.json()) {
      return null; // JSON text, whose control bytes are escaped
    }
    TypeElement record = elements.getTypeElement(n.type().canonicalName());
    String inner = record == null ? null : risk(record);
    return inner == null ? null : "a record " + n.type().simpleName() + " whose " + inner;
  }

  private static String lengthRisk(Length length) {
    return length == Length.REST ? null : "written after its binary length (Length." + length + ")";
  }

  private boolean holdsZeroOrOne() {
    for (byte b : delimiter) {
      if (b == 0 || b == 1) {
        return true;
      }
    }
    return false;
  }

  /** Whether the tag of {@code id} has a byte of the delimiter. */
  boolean tagRisk(Length tag, long id) {
    if (tag == Length.VARINT) {
      for (long v = id; ; v >>>= 7) {
        int b = (int) (v & 0x7F) | (v >>> 7 != 0 ? 0x80 : 0);
        if (holds((byte) b)) {
          return true;
        }
        if (v >>> 7 == 0) {
          return false;
        }
      }
    }
    for (int i = 0; i < tag.bytes(); i++) {
      if (holds((byte) (id >>> (8 * i)))) {
        return true;
      }
    }
    return false;
  }

  private boolean holds(byte b) {
    for (byte d : delimiter) {
      if (d == b) {
        return true;
      }
    }
    return false;
  }
}
