package dev.wiremessage.processor.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.wiremessage.processor.encoding.ArrayEncoding;
import dev.wiremessage.processor.encoding.ConverterEncoding;
import dev.wiremessage.processor.encoding.ProtocolEncoding;
import dev.wiremessage.processor.encoding.Encoding;
import dev.wiremessage.processor.encoding.EnumCodeEncoding;
import dev.wiremessage.processor.encoding.EnumNameEncoding;
import dev.wiremessage.processor.encoding.ListEncoding;
import dev.wiremessage.processor.encoding.NestedMessageEncoding;
import dev.wiremessage.processor.encoding.NullableEncoding;
import dev.wiremessage.processor.encoding.OptionalEncoding;
import dev.wiremessage.processor.encoding.RuntimeTypes;
import dev.wiremessage.processor.model.ComponentModel;
import dev.wiremessage.processor.model.MessageModel;
import dev.wiremessage.processor.model.ProtocolModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The {@link NameAllocator} of a codec method, with every name its code may use unqualified
 * taken first: the simple names (and first package names) of each type the file refers to, and
 * its static fields. A local named after a component such as {@code Length}, {@code Optional}
 * or the record's own enum would otherwise hide the type in {@code Length.U32}; it gets a
 * suffix ({@code Length_}) instead. Component values are passed to the record's constructor
 * by position, so a local's name is never visible to the user.
 */
final class ReservedNames {
  /** Types the generated code names, besides the runtime's: java.lang ones are never imported. */
  private static final List<ClassName> ALWAYS = List.of(ClassName.get(Integer.class), ClassName.get(String.class),
      ClassName.get(Override.class), ClassName.get(IllegalArgumentException.class), ClassName.get(Object.class),
      ClassName.get(Generated.class));

  private ReservedNames() {}

  static NameAllocator of(MessageModel m) {
    Set<String> names = common();
    add(names, m.type());
    add(names, m.codec());
    for (FieldSpec f : m.constants()) {
      names.add(f.name());
    }
    for (ComponentModel c : m.components()) {
      add(names, c.type());
      add(names, c.encoding());
    }
    return allocator(names);
  }

  static NameAllocator of(ProtocolModel p) {
    Set<String> names = common();
    add(names, p.type());
    add(names, p.codec());
    for (ProtocolModel.Member member : p.members()) {
      add(names, member.type());
      add(names, member.codec());
    }
    return allocator(names);
  }

  private static Set<String> common() {
    Set<String> names = new LinkedHashSet<>();
    names.add("INSTANCE");
    for (ClassName c : ALWAYS) {
      add(names, c);
    }
    for (ClassName c : RuntimeTypes.ALL) {
      add(names, c);
    }
    return names;
  }

  private static NameAllocator allocator(Set<String> names) {
    NameAllocator allocator = new NameAllocator();
    for (String name : names) {
      allocator.newName(name, "reserved:" + name);
    }
    return allocator;
  }

  /** The types of the codecs and enums an encoding calls, inside any containers. */
  private static void add(Set<String> names, Encoding e) {
    if (e instanceof NestedMessageEncoding n) {
      add(names, n.type());
      add(names, n.codec());
    } else if (e instanceof EnumCodeEncoding c) {
      add(names, c.type());
    } else if (e instanceof EnumNameEncoding n) {
      add(names, n.type());
    } else if (e instanceof OptionalEncoding o) {
      add(names, o.inner());
    } else if (e instanceof NullableEncoding n) {
      add(names, n.inner());
    } else if (e instanceof ListEncoding l) {
      add(names, l.element());
    } else if (e instanceof ArrayEncoding a) {
      add(names, a.element());
    } else if (e instanceof ConverterEncoding c) {
      add(names, c.converter());
      add(names, c.wireType());
      add(names, c.wire());
    } else if (e instanceof ProtocolEncoding p) {
      for (ProtocolEncoding.Member m : p.members()) {
        add(names, m.message());
      }
    }
    if (e != null) {
      add(names, e.type());
    }
  }

  private static void add(Set<String> names, TypeName t) {
    if (t instanceof ClassName c) {
      names.addAll(c.simpleNames());
      if (!c.packageName().isEmpty()) {
        names.add(c.packageName().split("\\.", -1)[0]);
      }
    } else if (t instanceof ParameterizedTypeName p) {
      add(names, p.rawType());
      for (TypeName arg : p.typeArguments()) {
        add(names, arg);
      }
    } else if (t instanceof ArrayTypeName a) {
      add(names, a.componentType());
    } else if (t instanceof WildcardTypeName w) {
      for (TypeName bound : w.upperBounds()) {
        add(names, bound);
      }
      for (TypeName bound : w.lowerBounds()) {
        add(names, bound);
      }
    }
  }
}
