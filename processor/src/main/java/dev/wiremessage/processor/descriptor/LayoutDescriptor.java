package dev.wiremessage.processor.descriptor;

import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.wiremessage.Format;
import dev.wiremessage.processor.model.ComponentModel;
import dev.wiremessage.processor.model.FramingModel;
import dev.wiremessage.processor.model.JsonKey;
import dev.wiremessage.processor.model.MessageModel;
import dev.wiremessage.processor.model.ProtocolModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The layout descriptor of a message or protocol (evolution.md section 5; every key in
 * docs/schema.md): what decides its bytes, built from the model alone.
 */
public final class LayoutDescriptor {
  /** The value of the {@code descriptor} key, naming the file format. */
  public static final String FORMAT = "wiremessage layout";
  /**
   * The newest version of the descriptor format, the {@code version} key. A descriptor is
   * written as version 2 only when it uses an encoding of version 2 (docs/schema.md); all others
   * stay version 1, byte for byte. A reader refuses versions above this.
   */
  public static final int VERSION = 2;
  /** The directory of descriptors, in the class output and in a baseline. */
  public static final String DIRECTORY = "META-INF/wiremessage";

  private LayoutDescriptor() {}

  /** The file a descriptor of {@code binaryName} goes to, relative to the class output. */
  public static String path(String binaryName) {
    return DIRECTORY + "/" + binaryName + ".json";
  }

  public static Json.Obj of(MessageModel m) {
    List<Json> components = new ArrayList<>();
    if (m.format() == Format.JSON) {
      for (JsonKey k : m.jsonKeys()) {
        components.add(Json.object().put("name", k.name()).put("since", k.since()).put("json", jsonValue(k.type()))
            .build());
      }
    } else {
      for (ComponentModel c : m.components()) {
        components.add(Json.object().put("name", c.name()).put("since", c.since())
            .put("encoding", EncodingLayout.of(c.encoding())).build());
      }
    }
    int version = components.stream().anyMatch(EncodingLayout::usesVersion2) ? 2 : 1;
    return header("message", m.type().reflectionName(), version)
        .put("format", m.format())
        .put("framing", framing(m.framing()))
        .put("extensible", m.extensible())
        .put("evolving", m.evolving())
        .put("components", new Json.Arr(components))
        .build();
  }

  public static Json.Obj of(ProtocolModel p) {
    List<Json> members = new ArrayList<>();
    for (ProtocolModel.Member member : p.members()) {
      members.add(Json.object().put("id", member.id()).put("type", member.type().reflectionName()).build());
    }
    return header("protocol", p.type().reflectionName(), 1)
        .put("framing", framing(p.framing()))
        .put("tag", Json.object().put("length", p.tag()).put("order", p.order()).build())
        .put("members", new Json.Arr(members))
        .build();
  }

  private static Json.Builder header(String kind, String binaryName, int version) {
    return Json.object().put("descriptor", FORMAT).put("version", version).put("kind", kind).put("type", binaryName);
  }

  static Json.Obj framing(FramingModel framing) {
    if (framing instanceof FramingModel.Delimited d) {
      return Json.object().put("kind", "delimited")
          .put("delimiter", HexFormat.of().formatHex(d.delimiter().getBytes(StandardCharsets.ISO_8859_1)))
          .put("escape", d.escape())
          .put("limits", Json.object().put("maxFrameBytes", d.maxFrameBytes()).build()).build();
    }
    FramingModel.LengthPrefixed l = (FramingModel.LengthPrefixed) framing;
    return Json.object().put("kind", "length-prefixed").put("length", l.length()).put("order", l.order())
        .put("limits", Json.object().put("maxFrameBytes", l.maxFrameBytes()).build()).build();
  }

  /** The JSON value of a component of a {@code Format.JSON} message: integer, number, boolean, string or any. */
  static String jsonValue(TypeName type) {
    TypeName t = type.withoutAnnotations();
    if (t instanceof ParameterizedTypeName p && p.rawType().canonicalName().equals("java.util.Optional")) {
      return jsonValue(p.typeArguments().get(0));
    }
    if (t.isBoxedPrimitive()) {
      t = t.unbox();
    }
    if (t.equals(TypeName.BYTE) || t.equals(TypeName.SHORT) || t.equals(TypeName.INT) || t.equals(TypeName.LONG)) {
      return "integer";
    } else if (t.equals(TypeName.FLOAT) || t.equals(TypeName.DOUBLE)) {
      return "number";
    } else if (t.equals(TypeName.BOOLEAN)) {
      return "boolean";
    } else if (t.equals(TypeName.CHAR) || t.toString().equals("java.lang.String")) {
      return "string";
    }
    return "any";
  }
}
