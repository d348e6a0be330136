package dev.wiremessage.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.wiremessage.Format;
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
import dev.wiremessage.processor.encoding.RestTail;
import dev.wiremessage.processor.encoding.Site;
import dev.wiremessage.processor.encoding.Utf8Encoding;
import dev.wiremessage.processor.encoding.WellKnownEncoding;
import dev.wiremessage.processor.support.Ann;
import dev.wiremessage.processor.support.Diagnostic;
import dev.wiremessage.processor.support.Naming;
import dev.wiremessage.processor.support.Reporter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Chooses the {@link Encoding} of a component from its type and annotations. Containers
 * ({@code Optional}, {@code List}, arrays, {@code @Nullable}) wrap the encoding of what they
 * hold; the component's encoding annotation applies to the innermost value.
 */
final class ComponentParser {
  static final String WIRE_MESSAGE = "dev.wiremessage.WireMessage";
  static final String WIRE_VALUE = "dev.wiremessage.WireValue";
  static final String WIRE_AS = "dev.wiremessage.WireAs";
  static final String WIRE_CONVERTER = "dev.wiremessage.WireConverter";

  private final Elements elements;
  private final Types types;
  private final Map<TypeElement, Nested> nested = new HashMap<>();
  private final EvolutionRules evolution;
  /** Whether the value being resolved is a converter's wire side, where {@code @WireAs} was used up. */
  private boolean converting;

  ComponentParser(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.evolution = new EvolutionRules(elements);
  }

  Encoding parse(Site site, RecordComponentElement component, NameAllocator constants) {
    return resolve(site, component.asType(), isNullable(component), constants);
  }

  private Encoding resolve(Site s, TypeMirror t, boolean nullable, NameAllocator constants) {
    if (nullable) {
      if (t.getKind().isPrimitive()) {
        s.report(Diagnostic.NULLABLE_PRIMITIVE, s.field(), t, TypeName.get(t).box());
        return null;
      }
      if (is(t, "java.util.Optional")) {
        s.report(Diagnostic.NESTED_OPTIONAL, s.field(), "@Nullable " + Diagnostic.typeName(t));
        return null;
      }
      Encoding inner = resolve(s, t, false, constants);
      return inner == null ? null : new NullableEncoding(present(inner));
    }
    if (!converting) {
      // @WireAs applies to the innermost value, or to a container its converter takes as a whole
      Ann wireAs = Ann.find(elements, s.element(), WIRE_AS);
      if (wireAs != null && (!isContainer(t) || converts(wireAs, t))) {
        return converter(s, t, wireAs, constants);
      }
    }
    if (s.has("JsonBlob") && !s.inElement() && (t.getKind() == TypeKind.ARRAY || is(t, "java.util.List"))) {
      // wire-format 2.4: the whole value is one JSON text, generic arguments included
      return jsonBlobContainer(s, t, constants);
    }
    if (t.getKind() == TypeKind.ARRAY && ((ArrayType) t).getComponentType().getKind() != TypeKind.BYTE) {
      return array(s, (ArrayType) t, constants);
    }
    if (is(t, "java.util.Optional")) {
      return optional(s, (DeclaredType) t, constants);
    }
    if (is(t, "java.util.List")) {
      return list(s, (DeclaredType) t, constants);
    }
    return leaf(s, t, constants);
  }

  private static boolean isContainer(TypeMirror t) {
    return (t.getKind() == TypeKind.ARRAY && ((ArrayType) t).getComponentType().getKind() != TypeKind.BYTE)
        || is(t, "java.util.Optional") || is(t, "java.util.List");
  }

  /** Whether the converter of {@code wireAs} converts exactly {@code t}. */
  private boolean converts(Ann wireAs, TypeMirror t) {
    TypeMirror c = wireAs.typeValue("converter");
    if (c.getKind() != TypeKind.DECLARED) {
      return false;
    }
    DeclaredType s = converterSupertype(c);
    return s != null && s.getTypeArguments().size() == 2 && types.isSameType(s.getTypeArguments().get(0), t);
  }

  /** {@code WireConverter<J, W>} as {@code type} implements it, or null. */
  private DeclaredType converterSupertype(TypeMirror type) {
    TypeElement converter = elements.getTypeElement(WIRE_CONVERTER);
    if (converter == null) {
      return null;
    }
    if (type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).asElement().equals(converter)) {
      return (DeclaredType) type;
    }
    for (TypeMirror s : types.directSupertypes(type)) {
      DeclaredType found = converterSupertype(s);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * {@code @WireAs(converter = C.class)}: C must be a concrete, non-generic class the codec can
   * make, converting exactly the value's type; its wire side is then resolved as a component
   * of that type would be, with the component's encoding annotation.
   */
  private Encoding converter(Site s, TypeMirror t, Ann wireAs, NameAllocator constants) {
    TypeMirror c = wireAs.typeValue("converter");
    if (c.getKind() != TypeKind.DECLARED) {
      return null; // javac reports a converter class it cannot find
    }
    TypeElement type = (TypeElement) ((DeclaredType) c).asElement();
    String name = type.getSimpleName().toString();
    String literal = name + ".class";
    TypeMirror value = t.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) t).asType() : t;
    String problem = null;
    if (type.getKind() != ElementKind.CLASS) {
      problem = "an " + MessageParser.kindName(type);
    } else if (type.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)) {
      problem = "an abstract class";
    } else if (!type.getTypeParameters().isEmpty()) {
      problem = "generic (" + type.getTypeParameters() + ")";
    }
    DeclaredType supertype = converterSupertype(c);
    if (problem == null && supertype == null) {
      problem = "not a WireConverter";
    }
    if (problem != null) {
      s.report(Diagnostic.CONVERTER_TYPE, wireAs, "converter", literal, s.field(), name, problem, name,
          Diagnostic.typeName(value));
      return null;
    }
    TypeMirror j = supertype.getTypeArguments().get(0);
    TypeMirror w = supertype.getTypeArguments().get(1);
    if (w.getKind() != TypeKind.DECLARED && w.getKind() != TypeKind.ARRAY) {
      s.report(Diagnostic.CONVERTER_GENERIC, wireAs, "converter", literal, s.field(), name,
          Diagnostic.typeName(j) + " to " + Diagnostic.typeName(w) + ", not a concrete type", Diagnostic.typeName(value),
          Diagnostic.typeName(value));
      return null;
    }
    if (!types.isSameType(j, value)) {
      s.report(Diagnostic.CONVERTER_GENERIC, wireAs, "converter", literal, s.field(), name, Diagnostic.typeName(j),
          Diagnostic.typeName(value), Diagnostic.typeName(value));
      return null;
    }
    String unusable = unusable(type, (TypeElement) s.element().getEnclosingElement());
    if (unusable != null) {
      s.report(Diagnostic.CONVERTER_CONSTRUCTOR, wireAs, "converter", literal, s.field(), name, unusable, name);
      return null;
    }
    Encoding wire;
    converting = true;
    try {
      wire = resolve(s, w, false, constants);
    } finally {
      converting = false;
    }
    return wire == null ? null
        : ConverterEncoding.create(s, TypeName.get(t).withoutAnnotations(), ClassName.get(type),
            TypeName.get(w).withoutAnnotations(), wire, constants);
  }

  /** Why the codec of {@code record} cannot call {@code new C()}, or null when it can. */
  private String unusable(TypeElement converter, TypeElement record) {
    boolean samePackage = elements.getPackageOf(converter).equals(elements.getPackageOf(record));
    for (Element e = converter; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(javax.lang.model.element.Modifier.PRIVATE)) {
        return e == converter ? "is private" : "is inside the private " + e.getSimpleName();
      }
      if (!samePackage && !e.getModifiers().contains(javax.lang.model.element.Modifier.PUBLIC)) {
        return e == converter ? "is not public, in another package" : "is inside " + e.getSimpleName()
            + ", which is not public";
      }
    }
    if (converter.getEnclosingElement() instanceof TypeElement
        && !converter.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)) {
      return "is an inner class (not static)";
    }
    for (Element e : converter.getEnclosedElements()) {
      if (e.getKind() == ElementKind.CONSTRUCTOR && ((ExecutableElement) e).getParameters().isEmpty()
          && !e.getModifiers().contains(javax.lang.model.element.Modifier.PRIVATE)
          && (samePackage || e.getModifiers().contains(javax.lang.model.element.Modifier.PUBLIC))) {
        return null;
      }
    }
    return "has no public no-argument constructor";
  }

  private Encoding optional(Site s, DeclaredType t, NameAllocator constants) {
    TypeMirror arg = typeArgument(s, t, "Optional");
    if (arg == null) {
      return null;
    }
    if (is(arg, "java.util.Optional") || hasNullable(arg.getAnnotationMirrors())) {
      s.report(Diagnostic.NESTED_OPTIONAL, s.field(), t);
      return null;
    }
    Encoding inner = resolve(s, arg, false, constants);
    return inner == null ? null : new OptionalEncoding(TypeName.get(t), present(inner));
  }

  /** The encoding of a value a presence byte said is there: JSON {@code null} is then malformed. */
  private static Encoding present(Encoding inner) {
    return inner instanceof JsonBlobEncoding json ? json.asRequired() : inner;
  }

  /** A {@code @JsonBlob} list or array: one JSON text for the whole value, so no {@code @Count}. */
  private Encoding jsonBlobContainer(Site s, TypeMirror t, NameAllocator constants) {
    if (s.count() != null) {
      s.report(Diagnostic.COUNT_JSON_BLOB, s.count(), null, s.field(), t);
      return null;
    }
    return JsonBlobEncoding.create(s, t, types, constants);
  }

  private Encoding list(Site s, DeclaredType t, NameAllocator constants) {
    TypeMirror arg = typeArgument(s, t, "List");
    if (arg == null) {
      return null;
    }
    Encoding element = resolve(s.elements(), arg, hasNullable(arg.getAnnotationMirrors()), constants);
    return element == null ? null : ListEncoding.create(s, TypeName.get(t), element);
  }

  private Encoding array(Site s, ArrayType t, NameAllocator constants) {
    TypeMirror component = t.getComponentType();
    if (component.getKind() == TypeKind.TYPEVAR
        || (component.getKind() == TypeKind.DECLARED && !((DeclaredType) component).getTypeArguments().isEmpty())) {
      s.report(Diagnostic.GENERIC_ARRAY, s.field(), t, "List<" + Diagnostic.typeName(component) + ">");
      return null;
    }
    Encoding element = resolve(s.elements(), component, hasNullable(component.getAnnotationMirrors()), constants);
    return element == null ? null : ArrayEncoding.create(s, (ArrayTypeName) TypeName.get(t), element);
  }

  private TypeMirror typeArgument(Site s, DeclaredType t, String raw) {
    List<? extends TypeMirror> args = t.getTypeArguments();
    if (args.isEmpty() || args.get(0).getKind() == TypeKind.WILDCARD) {
      s.report(Diagnostic.RAW_TYPE, s.field(), t, raw, raw);
      return null;
    }
    return args.get(0);
  }

  /** A value that is not a container. */
  private Encoding leaf(Site s, TypeMirror t, NameAllocator constants) {
    if (s.count() != null) {
      s.report(Diagnostic.COUNT_TYPE, s.count(), null, s.field(), t);
      return null;
    }
    if (s.has("JsonBlob")) {
      return JsonBlobEncoding.create(s, t, types, constants);
    }
    TypeName name = TypeName.get(t).withoutAnnotations();
    TypeName primitive = name.isBoxedPrimitive() ? name.unbox() : name;
    if (primitive.equals(TypeName.BOOLEAN)) {
      return accept(s, t, null) ? new BooleanEncoding(name) : null;
    } else if (primitive.equals(TypeName.FLOAT) || primitive.equals(TypeName.DOUBLE)) {
      return accept(s, t, null) ? new FloatEncoding(name) : null;
    } else if (primitive.equals(TypeName.CHAR)) {
      return accept(s, t, "FixedInt") ? CharEncoding.create(s, name) : null;
    } else if (primitive.isPrimitive()) {
      return accept(s, t, "FixedInt") ? FixedIntEncoding.create(s, name) : null;
    } else if (t.getKind() == TypeKind.ARRAY) {
      return accept(s, t, "Bytes") ? BytesEncoding.create(s) : null;
    } else if (t.getKind() != TypeKind.DECLARED) {
      s.report(Diagnostic.UNSUPPORTED_TYPE, s.field(), t);
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) t).asElement();
    String qualified = element.getQualifiedName().toString();
    WellKnownEncoding.Kind wellKnown = WellKnownEncoding.Kind.of(qualified);
    if (wellKnown != null) {
      return accept(s, t, null) ? new WellKnownEncoding(wellKnown) : null;
    } else if (qualified.equals("java.math.BigInteger") || qualified.equals("java.math.BigDecimal")) {
      return accept(s, t, "Bytes") ? BigNumberEncoding.create(s, qualified.equals("java.math.BigDecimal")) : null;
    } else if (element.getKind() == ElementKind.INTERFACE && Ann.find(elements, element, MessageParser.WIRE_PROTOCOL) != null) {
      return accept(s, t, null) ? protocol(s, t, element) : null;
    } else if (qualified.equals("java.lang.String")) {
      return accept(s, t, "Utf8") ? Utf8Encoding.create(s) : null;
    } else if (element.getKind() == ElementKind.ENUM) {
      return enumeration(s, element);
    } else if (element.getKind() == ElementKind.RECORD) {
      Ann message = Ann.find(elements, element, WIRE_MESSAGE);
      if (message == null) {
        s.report(Diagnostic.RECORD_NOT_MESSAGE, s.field(), t, element.getSimpleName());
        return null;
      }
      if (!accept(s, t, null)) {
        return null;
      }
      return nestedMessage(element, message);
    }
    s.report(Diagnostic.UNSUPPORTED_TYPE, s.field(), t);
    return null;
  }

  private NestedMessageEncoding nestedMessage(TypeElement record, Ann message) {
    boolean json = message.enumValue("format", Format.class) == Format.JSON;
    Nested nested = nested(record);
    return new NestedMessageEncoding(ClassName.get(record), Naming.codecOf(record), nested.minBytes(), json,
        nested.rest(), nested.evolving());
  }

  /**
   * A {@code @WireProtocol} interface as a component: its tag, then the member nested. The
   * protocol's own errors are reported on it; here only what keeps the component from being
   * written.
   */
  private Encoding protocol(Site s, TypeMirror t, TypeElement type) {
    Ann protocol = Ann.find(elements, type, MessageParser.WIRE_PROTOCOL);
    String name = type.getSimpleName().toString();
    Length tag = protocol.enumValue("tag", Length.class);
    if (!type.getModifiers().contains(javax.lang.model.element.Modifier.SEALED)) {
      s.report(Diagnostic.PROTOCOL_COMPONENT, s.field(), t, "members are not known: " + name + " is not sealed",
          "Declare `sealed interface " + name + " permits ...`");
      return null;
    }
    if (tag == Length.REST) {
      s.report(Diagnostic.PROTOCOL_COMPONENT, s.field(), t, "tag is Length.REST",
          "Give " + name + " a tag width, e.g. @WireProtocol(tag = Length.U8)");
      return null;
    }
    List<ProtocolEncoding.Member> members = new ArrayList<>();
    for (TypeMirror permitted : type.getPermittedSubclasses()) {
      TypeElement member = (TypeElement) ((DeclaredType) permitted).asElement();
      Ann message = Ann.find(elements, member, WIRE_MESSAGE);
      if (member.getKind() != ElementKind.RECORD || message == null || message.intValue("id") < 0) {
        s.report(Diagnostic.PROTOCOL_COMPONENT, s.field(), t, "member " + member.getSimpleName()
            + " is not a @WireMessage(id = N) record", "Fix " + member.getSimpleName() + " as the error on it says");
        return null;
      }
      members.add(new ProtocolEncoding.Member(message.intValue("id"), nestedMessage(member, message)));
    }
    return new ProtocolEncoding(ClassName.get(type), tag, protocol.enumValue("order", dev.wiremessage.Endian.class),
        members);
  }

  private Encoding enumeration(Site s, TypeElement type) {
    List<EnumCodeEncoding.Constant> coded = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> uncoded = new ArrayList<>();
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      String name = e.getSimpleName().toString();
      names.add(name);
      Ann value = Ann.find(elements, e, WIRE_VALUE);
      if (value == null) {
        uncoded.add(name);
      } else {
        coded.add(new EnumCodeEncoding.Constant(name, value.intValue("value")));
      }
    }
    String enumName = type.getSimpleName().toString();
    if (names.isEmpty()) {
      s.report(Diagnostic.ENUM_EMPTY, enumName, s.field(), enumName);
      return null;
    }
    if (!coded.isEmpty() && !uncoded.isEmpty()) {
      List<String> codedNames = coded.stream().map(EnumCodeEncoding.Constant::name).toList();
      s.report(Diagnostic.ENUM_PARTIAL_CODES, enumName, String.join(", ", codedNames), String.join(", ", uncoded));
      return null;
    }
    return uncoded.isEmpty()
        ? EnumCodeEncoding.create(s, ClassName.get(type), coded)
        : EnumNameEncoding.create(s, ClassName.get(type), names);
  }

  /** Reports the component's encoding annotation unless it is {@code accepted} (null: none is). */
  private static boolean accept(Site s, TypeMirror t, String accepted) {
    if (s.encoding() == null || s.has(accepted == null ? "" : accepted)) {
      return true;
    }
    String hint;
    if (accepted == null) {
      hint = t.getKind() == TypeKind.DECLARED ? "; a @WireMessage record is written as its own payload" : "";
    } else if (accepted.equals("FixedInt")) {
      hint = "; set an integer's width with @FixedInt(bytes = N)";
    } else if (accepted.equals("Utf8")) {
      hint = "; set a String's length with @Utf8(length = ...)";
    } else {
      hint = "; set a byte[]'s length with @Bytes(length = ...)";
    }
    Diagnostic d = switch (s.encoding().simpleName()) {
      case "FixedInt" -> Diagnostic.FIXED_INT_TYPE;
      case "Utf8" -> Diagnostic.UTF8_TYPE;
      default -> Diagnostic.BYTES_TYPE;
    };
    s.report(d, s.encoding(), null, s.field(), t, hint);
    return false;
  }

  /**
   * What a component holding {@code record} needs to know of it, read from its model once.
   *
   * @param minBytes the fewest bytes it takes, a bound for counts of it (0 for a JSON record); an
   *     evolving record takes its VARINT byte length (1 byte at least) and its version-1 components
   * @param rest why a binary record's payload runs to the end, or null (always for an evolving one,
   *     which is nested after its length)
   * @param evolving whether it has a {@code @Since} component or is extensible (evolution.md)
   */
  record Nested(int minBytes, RestTail rest, boolean evolving) {}

  /** The {@link Nested} facts of a nested record; while recursing into itself, 0 bytes and no rest. */
  Nested nested(TypeElement record) {
    Nested known = nested.get(record);
    if (known != null) {
      return known;
    }
    boolean wasConverting = converting;
    converting = false; // the nested record's own @WireAs components
    try {
      return computeNested(record);
    } finally {
      converting = wasConverting;
    }
  }

  private Nested computeNested(TypeElement record) {
    Ann message = Ann.find(elements, record, WIRE_MESSAGE);
    boolean evolving = message != null && evolution.evolving(record, message);
    nested.put(record, new Nested(evolving ? 1 : 0, null, evolving));
    if (message == null || message.enumValue("format", Format.class) == Format.JSON) {
      return nested.get(record);
    }
    int sum = evolving ? 1 : 0;
    RestTail rest = null;
    List<? extends RecordComponentElement> components = record.getRecordComponents();
    Reporter silent = Reporter.silent();
    for (int i = 0; i < components.size(); i++) {
      RecordComponentElement c = components.get(i);
      boolean last = i == components.size() - 1;
      if (evolution.since(c) != null) {
        continue; // absent from an older version's frame, and never REST (rest-in-evolving)
      }
      Site site = new Site(silent, c, record.getSimpleName().toString(), c.getSimpleName().toString(),
          last, false, encodingAnnotation(c), Ann.find(elements, c, MessageParser.COUNT));
      Encoding e = parse(site, c, new NameAllocator());
      sum += e == null ? 0 : e.minBytes();
      if (last && e != null && e.takesRest() && !evolving) {
        rest = restTail(site, e);
      }
    }
    Nested result = new Nested(sum, rest, evolving);
    nested.put(record, result);
    return result;
  }

  /** Why the last component of {@code site}, encoded as {@code e}, takes every byte left. */
  private static RestTail restTail(Site site, Encoding e) {
    String field = site.field();
    NestedMessageEncoding inner = NestedMessageEncoding.restTaker(e);
    if (inner != null && inner.json()) {
      return new RestTail(inner.restWhat() + " on " + field, "write @JsonBlob on " + field + " to send it with a length");
    } else if (inner != null) {
      return inner.rest();
    }
    Ann count = site.count();
    if (count != null && count.enumValue("length", Length.class) == Length.REST) {
      return new RestTail("@Count(length = Length.REST) on " + field,
          "give " + field + " a count, e.g. @Count(length = Length.U32)");
    }
    String annotation = site.encoding() == null ? "Utf8" : site.encoding().simpleName();
    return new RestTail("@" + annotation + "(length = Length.REST) on " + field,
        "give " + field + " a length, e.g. @" + annotation + "(length = Length.U32)");
  }

  /** The first encoding annotation of a component (the parser reports when there are two). */
  Ann encodingAnnotation(Element component) {
    for (String name : MessageParser.ENCODING_ANNOTATIONS) {
      Ann ann = Ann.find(elements, component, name);
      if (ann != null) {
        return ann;
      }
    }
    return null;
  }

  private static boolean is(TypeMirror t, String qualifiedName) {
    return t.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) t).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }

  /**
   * Whether the component is {@code @Nullable}: any annotation of that simple name, as a
   * declaration annotation (on the component, its accessor or field) or on its type.
   */
  static boolean isNullable(RecordComponentElement c) {
    if (hasNullable(c.getAnnotationMirrors()) || hasNullable(c.asType().getAnnotationMirrors())) {
      return true;
    }
    ExecutableElement accessor = c.getAccessor();
    if (accessor != null
        && (hasNullable(accessor.getAnnotationMirrors()) || hasNullable(accessor.getReturnType().getAnnotationMirrors()))) {
      return true;
    }
    TypeElement record = (TypeElement) c.getEnclosingElement();
    for (Element e : record.getEnclosedElements()) {
      if (e.getKind() == ElementKind.FIELD && e.getSimpleName().contentEquals(c.getSimpleName())
          && (hasNullable(e.getAnnotationMirrors()) || hasNullable(e.asType().getAnnotationMirrors()))) {
        return true;
      }
      // A PARAMETER-only annotation lands on the canonical constructor's parameter.
      if (e.getKind() == ElementKind.CONSTRUCTOR
          && ((ExecutableElement) e).getParameters().size() == record.getRecordComponents().size()) {
        for (VariableElement p : ((ExecutableElement) e).getParameters()) {
          if (p.getSimpleName().contentEquals(c.getSimpleName()) && hasNullable(p.getAnnotationMirrors())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static boolean hasNullable(List<? extends AnnotationMirror> mirrors) {
    for (AnnotationMirror m : mirrors) {
      if (m.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
        return true;
      }
    }
    return false;
  }
}
