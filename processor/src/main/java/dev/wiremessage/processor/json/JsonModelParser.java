package dev.wiremessage.processor.json;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.wiremessage.processor.encoding.JsonTypeExpr;
import dev.wiremessage.processor.json.JsonBody.JsonField;
import dev.wiremessage.processor.json.JsonBody.JsonRecord;
import dev.wiremessage.processor.json.JsonBody.Presence;
import dev.wiremessage.processor.json.JsonType.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a {@code Format.JSON} record, and every record it reaches, into a {@link JsonBody}:
 * which JSON value each component is, and whether its key may be missing. A type the
 * generated code cannot handle becomes {@link JsonType.Mapped} (the JsonMapper, for that value
 * only): arrays, {@code Object}, wildcards and type variables, maps with keys other than
 * strings, classes that are not records, generic records, records or enums the codec's
 * package cannot see, records of more than 64 components.
 */
public final class JsonModelParser {
  private static final String SINCE = "dev.wiremessage.Since";
  private static final Map<String, Kind> SCALARS = Map.ofEntries(
      Map.entry("java.lang.String", Kind.STRING), Map.entry("java.lang.Boolean", Kind.BOOLEAN),
      Map.entry("java.lang.Byte", Kind.BYTE), Map.entry("java.lang.Short", Kind.SHORT),
      Map.entry("java.lang.Integer", Kind.INT), Map.entry("java.lang.Long", Kind.LONG),
      Map.entry("java.lang.Float", Kind.FLOAT), Map.entry("java.lang.Double", Kind.DOUBLE),
      Map.entry("java.lang.Character", Kind.CHAR), Map.entry("java.util.UUID", Kind.UUID),
      Map.entry("java.time.Instant", Kind.INSTANT), Map.entry("java.time.Duration", Kind.DURATION),
      Map.entry("java.time.LocalDate", Kind.LOCAL_DATE), Map.entry("java.time.LocalTime", Kind.LOCAL_TIME),
      Map.entry("java.time.LocalDateTime", Kind.LOCAL_DATE_TIME), Map.entry("java.net.InetAddress", Kind.INET_ADDRESS),
      Map.entry("java.math.BigInteger", Kind.BIG_INTEGER), Map.entry("java.math.BigDecimal", Kind.BIG_DECIMAL));

  private final Elements elements;
  private final Types types;
  private final String packageName;
  private final Map<String, JsonRecord> records = new LinkedHashMap<>();
  private boolean usesMapper;

  private JsonModelParser(Elements elements, Types types, String packageName) {
    this.elements = elements;
    this.types = types;
    this.packageName = packageName;
  }

  /** The JSON code of {@code root}, or null when the record itself must go through the mapper. */
  public static JsonBody parse(TypeElement root, Elements elements, Types types) {
    JsonModelParser p = new JsonModelParser(elements, types, elements.getPackageOf(root).getQualifiedName().toString());
    if (!p.generates(root)) {
      return null;
    }
    p.record(root);
    List<JsonRecord> all = new ArrayList<>(p.records.values());
    return new JsonBody(all.get(0), all, p.usesMapper);
  }

  private void record(TypeElement type) {
    String key = type.getQualifiedName().toString();
    if (records.containsKey(key)) {
      return;
    }
    records.put(key, null); // reached: a recursive record refers to itself by name
    List<JsonField> fields = new ArrayList<>();
    for (RecordComponentElement c : type.getRecordComponents()) {
      TypeMirror t = c.asType();
      JsonType json = value(t);
      Presence presence = presence(c, t);
      fields.add(new JsonField(c.getSimpleName().toString(), TypeName.get(t).withoutAnnotations(), json, presence,
          absent(presence, t)));
    }
    records.put(key, new JsonRecord(ClassName.get(type), fields));
  }

  private JsonType value(TypeMirror t) {
    TypeName name = TypeName.get(t).withoutAnnotations();
    Kind primitive = switch (t.getKind()) {
      case BOOLEAN -> Kind.BOOLEAN;
      case BYTE -> Kind.BYTE;
      case SHORT -> Kind.SHORT;
      case INT -> Kind.INT;
      case LONG -> Kind.LONG;
      case FLOAT -> Kind.FLOAT;
      case DOUBLE -> Kind.DOUBLE;
      case CHAR -> Kind.CHAR;
      default -> null;
    };
    if (primitive != null) {
      return new JsonType.Scalar(name, primitive);
    }
    if (t.getKind() != TypeKind.DECLARED) {
      return mapped(t);
    }
    DeclaredType d = (DeclaredType) t;
    TypeElement e = (TypeElement) d.asElement();
    String qualified = e.getQualifiedName().toString();
    Kind scalar = SCALARS.get(qualified);
    if (scalar != null) {
      return new JsonType.Scalar(name, scalar);
    }
    List<? extends TypeMirror> args = d.getTypeArguments();
    JsonType container = switch (qualified) {
      case "java.util.List" ->
          args.size() == 1 && concrete(args.get(0)) ? new JsonType.ListType(name, value(args.get(0))) : mapped(t);
      case "java.util.Map" -> args.size() == 2 && isString(args.get(0)) && concrete(args.get(1))
          ? new JsonType.MapType(name, value(args.get(1))) : mapped(t);
      case "java.util.Optional" -> args.size() == 1 && concrete(args.get(0))
          ? new JsonType.OptionalType(name, value(args.get(0)), false) : mapped(t);
      case "java.util.OptionalInt" -> new JsonType.OptionalType(name, new JsonType.Scalar(TypeName.INT, Kind.INT), true);
      case "java.util.OptionalLong" -> new JsonType.OptionalType(name, new JsonType.Scalar(TypeName.LONG, Kind.LONG), true);
      case "java.util.OptionalDouble" ->
          new JsonType.OptionalType(name, new JsonType.Scalar(TypeName.DOUBLE, Kind.DOUBLE), true);
      default -> null;
    };
    if (container != null) {
      return container;
    }
    if (e.getKind() == ElementKind.ENUM && visible(e)) {
      List<String> constants = new ArrayList<>();
      for (Element m : e.getEnclosedElements()) {
        if (m.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(m.getSimpleName().toString());
        }
      }
      return new JsonType.EnumType(ClassName.get(e), constants);
    }
    if (generates(e)) {
      record(e);
      return new JsonType.RecordRef(ClassName.get(e));
    }
    return mapped(t);
  }

  /** Whether generated code writes and reads {@code e} itself: a visible, non-generic record of at most 64 components. */
  private boolean generates(TypeElement e) {
    return e.getKind() == ElementKind.RECORD && e.getTypeParameters().isEmpty() && visible(e)
        && e.getRecordComponents().size() <= 64;
  }

  private JsonType mapped(TypeMirror t) {
    usesMapper = true;
    return new JsonType.Mapped(TypeName.get(t).withoutAnnotations(), JsonTypeExpr.of(t, types));
  }

  private static boolean concrete(TypeMirror t) {
    return t.getKind() == TypeKind.DECLARED || t.getKind() == TypeKind.ARRAY;
  }

  private static boolean isString(TypeMirror t) {
    return t.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) t).asElement()).getQualifiedName().contentEquals("java.lang.String");
  }

  /** Whether the codec's package can name {@code e}: public all the way out, or package-private in the same package. */
  private boolean visible(TypeElement e) {
    for (Element x = e; !(x instanceof PackageElement); x = x.getEnclosingElement()) {
      if (x.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!x.getModifiers().contains(Modifier.PUBLIC)
          && !elements.getPackageOf(x).getQualifiedName().contentEquals(packageName)) {
        return false;
      }
    }
    return true;
  }

  /** Optional first, then an annotation named Nullable, then @Since (as the runtime's JsonComponents decides). */
  private Presence presence(RecordComponentElement c, TypeMirror t) {
    if (t.getKind() == TypeKind.DECLARED) {
      String q = ((TypeElement) ((DeclaredType) t).asElement()).getQualifiedName().toString();
      if (q.equals("java.util.Optional") || q.equals("java.util.OptionalInt") || q.equals("java.util.OptionalLong")
          || q.equals("java.util.OptionalDouble")) {
        return Presence.OPTIONAL;
      }
    }
    if (namesNullable(c.getAnnotationMirrors()) || namesNullable(t.getAnnotationMirrors())) {
      return Presence.NULLABLE;
    }
    for (AnnotationMirror a : c.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(SINCE)) {
        return Presence.ADDED_LATER;
      }
    }
    return Presence.REQUIRED;
  }

  private static boolean namesNullable(List<? extends AnnotationMirror> annotations) {
    for (AnnotationMirror a : annotations) {
      if (a.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  /** A missing key's value: Optional.empty(), null, an empty list, map or array, a primitive's zero. */
  private CodeBlock absent(Presence presence, TypeMirror t) {
    TypeName type = TypeName.get(t).withoutAnnotations();
    if (presence == Presence.OPTIONAL) {
      return CodeBlock.of("$T.empty()", types.erasure(t).getKind() == TypeKind.DECLARED
          ? ClassName.get((TypeElement) ((DeclaredType) t).asElement()) : type);
    }
    if (type.isPrimitive()) {
      return zero(type);
    }
    if (presence != Presence.ADDED_LATER) {
      return CodeBlock.of("null");
    }
    if (t.getKind() == TypeKind.ARRAY) {
      TypeName element = ((ArrayTypeName) type).componentType();
      StringBuilder dims = new StringBuilder();
      while (element instanceof ArrayTypeName inner) {
        dims.append("[]");
        element = inner.componentType();
      }
      return CodeBlock.of("new $T[0]$L", element, dims);
    }
    if (t.getKind() == TypeKind.DECLARED) {
      String q = ((TypeElement) ((DeclaredType) t).asElement()).getQualifiedName().toString();
      if (q.equals("java.util.List")) {
        return CodeBlock.of("$T.of()", List.class);
      } else if (q.equals("java.util.Map")) {
        return CodeBlock.of("$T.of()", Map.class);
      }
    }
    return CodeBlock.of("null");
  }

  static CodeBlock zero(TypeName type) {
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
