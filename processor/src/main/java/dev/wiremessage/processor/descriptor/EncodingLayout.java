package dev.wiremessage.processor.descriptor;

import com.palantir.javapoet.TypeName;
import dev.wiremessage.processor.encoding.ArrayEncoding;
import dev.wiremessage.processor.encoding.BigNumberEncoding;
import dev.wiremessage.processor.encoding.BooleanEncoding;
import dev.wiremessage.processor.encoding.BytesEncoding;
import dev.wiremessage.processor.encoding.CharEncoding;
import dev.wiremessage.processor.encoding.ConverterEncoding;
import dev.wiremessage.processor.encoding.Counted;
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
import dev.wiremessage.processor.encoding.Sized;
import dev.wiremessage.processor.encoding.Utf8Encoding;
import dev.wiremessage.processor.encoding.WellKnownEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The descriptor of one value's encoding (docs/schema.md, "Encodings"): a {@code kind} and
 * exactly what decides its bytes, in a fixed key order; limits under {@code limits}.
 */
final class EncodingLayout {
  private EncodingLayout() {}

  static Json.Obj of(Encoding encoding) {
    if (encoding instanceof FixedIntEncoding e) {
      return Json.object().put("kind", "int").put("bytes", e.bytes()).put("order", e.order())
          .put("signed", !e.unsigned()).build();
    } else if (encoding instanceof CharEncoding e) {
      return Json.object().put("kind", "char").put("bytes", e.bytes()).put("order", e.order()).build();
    } else if (encoding instanceof BooleanEncoding) {
      return Json.object().put("kind", "bool").build();
    } else if (encoding instanceof FloatEncoding e) {
      boolean isDouble = e.type().equals(TypeName.DOUBLE) || e.type().equals(TypeName.DOUBLE.box());
      return Json.object().put("kind", "float").put("bytes", isDouble ? 8 : 4).put("order", "BIG").build();
    } else if (encoding instanceof Utf8Encoding e) {
      return sized("utf8", e.size());
    } else if (encoding instanceof BytesEncoding e) {
      return sized("bytes", e.size());
    } else if (encoding instanceof JsonBlobEncoding e) {
      return Json.object().put("kind", "json").put("length", e.length()).put("order", e.order())
          .put("limits", Json.object().put("maxBytes", max(e.max())).build()).build();
    } else if (encoding instanceof NestedMessageEncoding e) {
      return Json.object().put("kind", "message").put("type", e.type().reflectionName())
          .put("format", e.json() ? "JSON" : "BINARY").put("evolving", e.evolving()).build();
    } else if (encoding instanceof OptionalEncoding e) {
      return Json.object().put("kind", "optional").put("value", of(e.inner())).build();
    } else if (encoding instanceof NullableEncoding e) {
      return Json.object().put("kind", "optional").put("value", of(e.inner())).build();
    } else if (encoding instanceof EnumCodeEncoding e) {
      List<Json> constants = new ArrayList<>();
      for (EnumCodeEncoding.Constant c : e.values()) {
        constants.add(Json.object().put("name", c.name()).put("code", c.code()).build());
      }
      return Json.object().put("kind", "enum-code").put("type", e.type().reflectionName()).put("bytes", e.bytes())
          .put("order", e.order()).put("signed", !e.unsigned()).put("constants", new Json.Arr(constants)).build();
    } else if (encoding instanceof EnumNameEncoding e) {
      List<Json> constants = new ArrayList<>();
      for (String name : e.names()) {
        constants.add(Json.object().put("name", name).build());
      }
      return Json.object().put("kind", "enum-name").put("type", e.type().reflectionName())
          .put("length", e.size().length()).put("order", e.size().order()).put("constants", new Json.Arr(constants))
          .put("limits", Json.object().put("maxBytes", max(e.size().max())).build()).build();
    } else if (encoding instanceof ListEncoding e) {
      return counted(e.count(), e.element());
    } else if (encoding instanceof ArrayEncoding e) {
      return counted(e.count(), e.element());
    } else if (encoding instanceof WellKnownEncoding e) {
      return Json.object().put("kind", e.kind().descriptor).build();
    } else if (encoding instanceof BigNumberEncoding e) {
      return sized(e.decimal() ? "big-decimal" : "big-integer", e.size());
    } else if (encoding instanceof ConverterEncoding e) {
      return of(e.wire()); // the wire side only: the converter is Java's business
    } else if (encoding instanceof ProtocolEncoding e) {
      List<Json> members = new ArrayList<>();
      for (ProtocolEncoding.Member m : e.members()) {
        members.add(Json.object().put("id", m.id()).put("type", m.message().type().reflectionName())
            .put("format", m.message().json() ? "JSON" : "BINARY").put("evolving", m.message().evolving()).build());
      }
      return Json.object().put("kind", "protocol").put("type", e.type().reflectionName())
          .put("tag", Json.object().put("length", e.tag()).put("order", e.order()).build())
          .put("members", new Json.Arr(members)).build();
    }
    throw new IllegalArgumentException("no descriptor for " + encoding.getClass().getSimpleName());
  }

  /** The kinds of descriptor version 2 (docs/schema.md): a descriptor that uses none is version 1, byte for byte as before. */
  static final Set<String> VERSION_2_KINDS = Set.of("uuid", "instant", "duration", "local-date", "local-time",
      "local-date-time", "inet-address", "big-integer", "big-decimal", "protocol");

  /** Whether {@code json} holds an encoding of a kind of version 2, at any depth. */
  static boolean usesVersion2(Json json) {
    if (json instanceof Json.Obj o) {
      if (o.get("kind") instanceof Json.Str k && VERSION_2_KINDS.contains(k.value())) {
        return true;
      }
      return o.members().values().stream().anyMatch(EncodingLayout::usesVersion2);
    } else if (json instanceof Json.Arr a) {
      return a.values().stream().anyMatch(EncodingLayout::usesVersion2);
    }
    return false;
  }

  private static Json.Obj sized(String kind, Sized size) {
    return Json.object().put("kind", kind).put("length", size.length()).put("order", size.order())
        .put("limits", Json.object().put("maxBytes", max(size.max())).build()).build();
  }

  private static Json.Obj counted(Counted count, Encoding element) {
    return Json.object().put("kind", "list").put("length", count.length()).put("order", count.order())
        .put("element", of(element)).put("limits", Json.object().put("max", max(count.max())).build()).build();
  }

  /** A limit: the number, or null for none (-1 in the annotations). */
  private static Json max(int max) {
    return max < 0 ? Json.NULL : new Json.Num(max);
  }
}
