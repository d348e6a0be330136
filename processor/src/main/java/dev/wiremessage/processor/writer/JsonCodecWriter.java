package dev.wiremessage.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.wiremessage.Endian;
import dev.wiremessage.Length;
import dev.wiremessage.processor.encoding.RuntimeTypes;
import dev.wiremessage.processor.json.JsonBody;
import dev.wiremessage.processor.json.JsonBody.JsonField;
import dev.wiremessage.processor.json.JsonBody.JsonRecord;
import dev.wiremessage.processor.json.JsonBody.Presence;
import dev.wiremessage.processor.json.JsonType;
import dev.wiremessage.processor.model.MessageModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The payload methods of a {@code Format.JSON} codec written from its {@link JsonBody}: a
 * write and a read method per record reached, one per list, map, optional and enum type, and
 * the keys as constants. Only emits; what to emit is decided by the model.
 */
final class JsonCodecWriter {
  static final ClassName WRITER = ClassName.get("dev.wiremessage.runtime.spi", "JsonBodyWriter");
  static final ClassName READER = ClassName.get("dev.wiremessage.runtime.spi", "JsonBodyReader");
  private static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
  private static final ClassName MAP = ClassName.get("java.util", "Map");

  private final MessageModel message;
  private final JsonBody body;
  /** Names of the codec's constants and methods. */
  private final NameAllocator names = new NameAllocator();
  private final List<FieldSpec> fields = new ArrayList<>();
  private final List<MethodSpec> methods = new ArrayList<>();
  private final Map<ClassName, String[]> keys = new HashMap<>();
  private final Map<TypeName, String> writers = new LinkedHashMap<>();
  private final Map<TypeName, String> readers = new LinkedHashMap<>();
  private final Map<String, String> typeConstants = new HashMap<>();
  private final List<Runnable> pending = new ArrayList<>();

  private JsonCodecWriter(MessageModel message, JsonBody body) {
    this.message = message;
    this.body = body;
    for (String reserved : List.of("INSTANCE", "encodePayload", "decodePayload", "with")) {
      names.newName(reserved);
    }
  }

  /** Adds encodePayload, decodePayload, then the methods and constants they use, to {@code type}. */
  static TypeSpec.Builder addTo(TypeSpec.Builder type, MessageModel m, JsonBody body) {
    JsonCodecWriter w = new JsonCodecWriter(m, body);
    for (JsonRecord r : body.records()) {
      w.keys(r);
    }
    MethodSpec encode = w.encode();
    MethodSpec decode = w.decode();
    for (JsonRecord r : body.records()) {
      w.methods.add(w.writeRecord(r));
      w.methods.add(w.readRecord(r));
    }
    while (!w.pending.isEmpty()) {
      List<Runnable> now = new ArrayList<>(w.pending);
      w.pending.clear();
      now.forEach(Runnable::run);
    }
    return type.addFields(w.fields).addMethod(encode).addMethod(decode).addMethods(w.methods);
  }

  // ---- the codec's two methods -------------------------------------------------------

  private MethodSpec encode() {
    NameAllocator local = new NameAllocator();
    String json = local.newName("json");
    return CodecWriter.encodeMethod(message.type(), local)
        .beginControlFlow("if (out.hasOwnJsonMapper())")
        .addComment("a mapper given with withJsonMapper writes the whole body (wire-format.md section 14)")
        .addStatement("out.writeJson(message, $T.class, $L, $L, $S)", message.type(),
            CodecWriter.length(Length.REST), CodecWriter.endian(Endian.BIG), message.simpleName())
        .addStatement("return")
        .endControlFlow()
        .addStatement("$T $N = out.beginJsonBody($S)", WRITER, json, message.simpleName())
        .addStatement("$N($N, message)", recordMethod(body.root(), true), json)
        .addStatement("out.endJsonBody($N)", json)
        .build();
  }

  private MethodSpec decode() {
    NameAllocator local = new NameAllocator();
    String json = local.newName("json");
    MethodSpec.Builder m = CodecWriter.decodeMethod(message.type(), local);
    String value = local.newName("value");
    return m.beginControlFlow("if (in.hasOwnJsonMapper())")
        .addStatement("return in.readJsonNonNull($T.class, $L, $L, $S)", message.type(),
            CodecWriter.length(Length.REST), CodecWriter.endian(Endian.BIG), message.simpleName())
        .endControlFlow()
        .addStatement("$T $N = in.beginJsonBody($S)", READER, json, message.simpleName())
        .addStatement("$T $N = $N($N)", message.type(), value, recordMethod(body.root(), false), json)
        .addStatement("$N.end()", json)
        .addStatement("return $N", value)
        .build();
  }

  // ---- records ------------------------------------------------------------------------

  private void keys(JsonRecord r) {
    String prefix = snake(r.type().simpleName());
    String[] constants = new String[r.fields().size()];
    CodeBlock.Builder all = CodeBlock.builder();
    for (int i = 0; i < constants.length; i++) {
      String key = r.fields().get(i).name();
      constants[i] = names.newName(prefix + "_" + snake(key));
      fields.add(FieldSpec.builder(byte[].class, constants[i], Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.key($S)", WRITER, key).build());
      all.add(i == 0 ? "$N" : ", $N", constants[i]);
    }
    String table = names.newName(prefix + "_KEYS", "keys:" + r.type());
    fields.add(FieldSpec.builder(byte[][].class, table, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("{$L}", all.build()).build());
    keys.put(r.type(), constants);
    names.newName("write" + r.type().simpleName(), "write:" + r.type());
    names.newName("read" + r.type().simpleName(), "read:" + r.type());
  }

  private String recordMethod(JsonRecord r, boolean write) {
    return names.get((write ? "write:" : "read:") + r.type());
  }

  private String recordMethod(ClassName type, boolean write) {
    return names.get((write ? "write:" : "read:") + type);
  }

  private MethodSpec writeRecord(JsonRecord r) {
    String[] k = keys.get(r.type());
    MethodSpec.Builder m = MethodSpec.methodBuilder(recordMethod(r, true))
        .addJavadoc("{@code $L} as a JSON object, keys in declaration order.", r.type().simpleName())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(WRITER, "json")
        .addParameter(r.type(), "value")
        .addStatement("json.beginObject()");
    for (int i = 0; i < k.length; i++) {
      JsonField f = r.fields().get(i);
      String field = r.type().simpleName() + "." + f.name();
      CodeBlock get = CodeBlock.of("value.$N()", f.name());
      m.addStatement("json.key($N)", k[i]);
      if (f.presence() == Presence.NULLABLE) {
        m.beginControlFlow("if ($L == null)", get).addStatement("json.writeNull()").nextControlFlow("else")
            .addStatement(write(f.json(), get, field)).endControlFlow();
      } else {
        m.addStatement(write(f.json(), nonNull(f.type(), get, field), field));
      }
    }
    return m.addStatement("json.endObject()").build();
  }

  private MethodSpec readRecord(JsonRecord r) {
    String[] k = keys.get(r.type());
    String table = names.get("keys:" + r.type());
    MethodSpec.Builder m = MethodSpec.methodBuilder(recordMethod(r, false))
        .addJavadoc("{@code $L} from a JSON object: keys in any order, unknown keys skipped.", r.type().simpleName())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(r.type())
        .addParameter(READER, "json")
        .addException(RuntimeTypes.WIRE_FORMAT_EXCEPTION);
    NameAllocator local = new NameAllocator();
    local.newName("json");
    String seen = local.newName("seen");
    String key = local.newName("key");
    List<String> locals = new ArrayList<>();
    long required = 0;
    for (int i = 0; i < k.length; i++) {
      JsonField f = r.fields().get(i);
      String name = local.newName(f.name());
      locals.add(name);
      CodeBlock init = f.presence() == Presence.REQUIRED
          ? (f.type().isPrimitive() ? zero(f.type()) : CodeBlock.of("null")) : f.absent();
      m.addStatement("$T $N = $L", f.type(), name, init);
      if (f.presence() == Presence.REQUIRED) {
        required |= 1L << i;
      }
    }
    m.addStatement("long $N = 0", seen).addStatement("json.beginObject()");
    m.beginControlFlow("for (int $1N = json.nextKey($2N, $3N); $1N != $4T.END; $1N = json.nextKey($2N, $3N))",
        key, table, seen, READER);
    m.addStatement("$N |= 1L << $N", seen, key);
    if (k.length > 0) {
      m.beginControlFlow("switch ($N)", key);
      for (int i = 0; i < k.length; i++) {
        JsonField f = r.fields().get(i);
        CodeBlock read = read(f.json());
        if (f.presence() == Presence.NULLABLE || f.presence() == Presence.ADDED_LATER) {
          read = CodeBlock.of("json.readNull() ? $L : $L", f.absent(), read);
        }
        m.addStatement("case $L -> $N = $L", i, locals.get(i), read);
      }
      m.endControlFlow();
    }
    m.endControlFlow();
    if (required != 0) {
      m.addStatement("json.requireKeys($N, $N, 0x$LL)", table, seen, Long.toHexString(required));
    }
    CodeBlock args = locals.stream().map(l -> CodeBlock.of("$N", l)).collect(CodeBlock.joining(", "));
    return m.addStatement("return new $T($L)", r.type(), args).build();
  }

  // ---- values --------------------------------------------------------------------------

  private static CodeBlock nonNull(TypeName type, CodeBlock value, String field) {
    return type.isPrimitive() ? value : CodeBlock.of("$T.requireNonNull($L, $S)", WRITER, value, field);
  }

  /** The statement that writes {@code v}, not null, as {@code t}. */
  private CodeBlock write(JsonType t, CodeBlock v, String field) {
    if (t instanceof JsonType.Scalar s) {
      return switch (s.kind()) {
        case STRING, FLOAT, DOUBLE, CHAR, UUID, INSTANT, DURATION, LOCAL_DATE, LOCAL_TIME, LOCAL_DATE_TIME, INET_ADDRESS,
            BIG_INTEGER, BIG_DECIMAL -> CodeBlock.of("json.write$L($L, $S)", s.kind().method, v, field);
        case BOOLEAN -> CodeBlock.of("json.writeBoolean($L)", v);
        default -> CodeBlock.of("json.writeLong($L)", v);
      };
    } else if (t instanceof JsonType.EnumType) {
      return CodeBlock.of("json.writeString($L.name(), $S)", v, field);
    } else if (t instanceof JsonType.RecordRef r) {
      return CodeBlock.of("$N(json, $L)", recordMethod(r.type(), true), v);
    } else if (t instanceof JsonType.Mapped m) {
      return CodeBlock.of("json.writeMapped($L, $N, $S)", v, typeConstant(m), field);
    }
    return CodeBlock.of("$N(json, $L, $S)", helper(t, true), v, field);
  }

  /** The expression that reads a {@code t}. */
  private CodeBlock read(JsonType t) {
    if (t instanceof JsonType.Scalar s) {
      return CodeBlock.of("json.read$L()", s.kind().method);
    } else if (t instanceof JsonType.RecordRef r) {
      return CodeBlock.of("$N(json)", recordMethod(r.type(), false));
    } else if (t instanceof JsonType.Mapped m) {
      return CodeBlock.of("json.<$T>readMapped($N)", m.type().box(), typeConstant(m));
    }
    return CodeBlock.of("$N(json)", helper(t, false));
  }

  private String typeConstant(JsonType.Mapped m) {
    String key = m.typeExpr().toString();
    return typeConstants.computeIfAbsent(key, k -> {
      String name = names.newName(snake(describe(m.type())) + "_TYPE");
      fields.add(FieldSpec.builder(RuntimeTypes.TYPE, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer(m.typeExpr()).build());
      return name;
    });
  }

  /** The method that writes or reads a list, map, optional or enum type, made on first use. */
  private String helper(JsonType t, boolean write) {
    Map<TypeName, String> made = write ? writers : readers;
    String name = made.get(t.type());
    if (name != null) {
      return name;
    }
    name = names.newName((write ? "write" : "read") + describe(t.type()));
    made.put(t.type(), name);
    String n = name;
    pending.add(() -> methods.add(write ? writeHelper(n, t) : readHelper(n, t)));
    return name;
  }

  private MethodSpec writeHelper(String name, JsonType t) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(WRITER, "json").addParameter(t.type(), "value").addParameter(String.class, "field");
    if (t instanceof JsonType.ListType l) {
      m.addStatement("json.beginArray()")
          .beginControlFlow("for ($T element : value)", l.element().type())
          .addStatement("json.element()")
          .addStatement(writeDynamic(l.element(), nonNullDynamic(l.element().type(), CodeBlock.of("element"))))
          .endControlFlow()
          .addStatement("json.endArray()");
    } else if (t instanceof JsonType.MapType mt) {
      m.addStatement("json.beginObject()")
          .beginControlFlow("for ($T.Entry<String, $T> entry : value.entrySet())", MAP, mt.value().type())
          .addStatement("json.mapKey(entry.getKey())")
          .addStatement(writeDynamic(mt.value(), nonNullDynamic(mt.value().type(), CodeBlock.of("entry.getValue()"))))
          .endControlFlow()
          .addStatement("json.endObject()");
    } else if (t instanceof JsonType.OptionalType o) {
      m.beginControlFlow("if (value.isPresent())")
          .addStatement(writeDynamic(o.element(), o.primitive()
              ? CodeBlock.of("value.getAs$L()", ((JsonType.Scalar) o.element()).kind().method) : CodeBlock.of("value.get()")))
          .nextControlFlow("else").addStatement("json.writeNull()").endControlFlow();
    } else {
      throw new IllegalArgumentException(t.toString());
    }
    return m.build();
  }

  private static CodeBlock nonNullDynamic(TypeName type, CodeBlock value) {
    return type.isPrimitive() ? value : CodeBlock.of("$T.requireNonNull($L, field)", WRITER, value);
  }

  /** As {@link #write} with the field name in the helper's parameter {@code field}. */
  private CodeBlock writeDynamic(JsonType t, CodeBlock v) {
    if (t instanceof JsonType.Scalar s) {
      return switch (s.kind()) {
        case STRING, FLOAT, DOUBLE, CHAR, UUID, INSTANT, DURATION, LOCAL_DATE, LOCAL_TIME, LOCAL_DATE_TIME, INET_ADDRESS,
            BIG_INTEGER, BIG_DECIMAL -> CodeBlock.of("json.write$L($L, field)", s.kind().method, v);
        case BOOLEAN -> CodeBlock.of("json.writeBoolean($L)", v);
        default -> CodeBlock.of("json.writeLong($L)", v);
      };
    } else if (t instanceof JsonType.EnumType) {
      return CodeBlock.of("json.writeString($L.name(), field)", v);
    } else if (t instanceof JsonType.RecordRef r) {
      return CodeBlock.of("$N(json, $L)", recordMethod(r.type(), true), v);
    } else if (t instanceof JsonType.Mapped mp) {
      return CodeBlock.of("json.writeMapped($L, $N, field)", v, typeConstant(mp));
    }
    return CodeBlock.of("$N(json, $L, field)", helper(t, true), v);
  }

  private MethodSpec readHelper(String name, JsonType t) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(t.type()).addParameter(READER, "json").addException(RuntimeTypes.WIRE_FORMAT_EXCEPTION);
    if (t instanceof JsonType.ListType l) {
      m.addStatement("json.beginArray()")
          .addStatement("$T list = new $T<>(json.elementCount())", t.type(), RuntimeTypes.ARRAY_LIST)
          .beginControlFlow("while (json.nextElement())")
          .addStatement("list.add($L)", read(l.element()))
          .endControlFlow()
          .addStatement("return list");
    } else if (t instanceof JsonType.MapType mt) {
      m.addStatement("json.beginObject()")
          .addStatement("$T map = new $T<>(json.mapCapacity())", t.type(), LINKED_HASH_MAP)
          .beginControlFlow("for (String key = json.nextMapKey(map); key != null; key = json.nextMapKey(map))")
          .addStatement("map.put(key, $L)", read(mt.value()))
          .endControlFlow()
          .addStatement("return map");
    } else if (t instanceof JsonType.OptionalType o) {
      TypeName raw = t.type() instanceof ParameterizedTypeName p ? p.rawType() : t.type();
      m.addStatement("return json.readNull() ? $T.empty() : $T.of($L)", raw, raw, read(o.element()));
    } else if (t instanceof JsonType.EnumType e) {
      // the names matched on the bytes that arrived, the constants in the same order
      String prefix = snake(describe(e.type()));
      String namesField = names.newName(prefix + "_NAMES");
      String valuesField = names.newName(prefix + "_VALUES");
      CodeBlock.Builder quoted = CodeBlock.builder();
      CodeBlock.Builder constants = CodeBlock.builder();
      for (int i = 0; i < e.constants().size(); i++) {
        String c = e.constants().get(i);
        quoted.add(i == 0 ? "$S" : ", $S", c);
        constants.add(i == 0 ? "$T.$N" : ", $T.$N", e.type(), c);
      }
      fields.add(FieldSpec.builder(byte[][].class, namesField, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.names($L)", READER, quoted.build()).build());
      fields.add(FieldSpec.builder(com.palantir.javapoet.ArrayTypeName.of(e.type()), valuesField, Modifier.PRIVATE,
          Modifier.STATIC, Modifier.FINAL).initializer("{$L}", constants.build()).build());
      m.addStatement("return $N[json.readEnum($N, $S)]", valuesField, namesField, e.type().simpleName());
    } else {
      throw new IllegalArgumentException(t.toString());
    }
    return m.build();
  }

  // ---- names ------------------------------------------------------------------------------

  /** {@code ListOfString}, {@code MapOfListOfInteger}, {@code OptionalOfData}, {@code Color}. */
  private static String describe(TypeName t) {
    if (t instanceof ParameterizedTypeName p) {
      StringBuilder sb = new StringBuilder(p.rawType().simpleName());
      List<TypeName> args = p.typeArguments();
      TypeName last = args.get(args.size() - 1);
      return sb.append("Of").append(describe(last)).toString();
    } else if (t instanceof ClassName c) {
      return c.simpleName();
    } else if (t instanceof com.palantir.javapoet.ArrayTypeName a) {
      return describe(a.componentType()) + "Array";
    }
    String s = t.toString();
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** {@code orderId} → {@code ORDER_ID}. */
  private static String snake(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private static CodeBlock zero(TypeName type) {
    if (type.equals(TypeName.BOOLEAN)) {
      return CodeBlock.of("false");
    } else if (type.equals(TypeName.CHAR)) {
      return CodeBlock.of("'\\0'");
    } else if (type.equals(TypeName.LONG)) {
      return CodeBlock.of("0L");
    } else if (type.equals(TypeName.FLOAT)) {
      return CodeBlock.of("0.0f");
    } else if (type.equals(TypeName.DOUBLE)) {
      return CodeBlock.of("0.0");
    }
    return CodeBlock.of("0");
  }
}
