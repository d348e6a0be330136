package dev.wiremessage.processor.encoding;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * The {@code java.lang.reflect.Type} of a component as code, without reflection:
 * {@code Point.class}, or {@code JsonTypes.parameterized(Map.class, String.class, Object.class)}.
 */
public final class JsonTypeExpr {
  private JsonTypeExpr() {}

  /** Whether a class literal says it all (no type arguments anywhere). */
  static boolean isClassLiteral(TypeMirror type) {
    return switch (type.getKind()) {
      case ARRAY -> isClassLiteral(((ArrayType) type).getComponentType());
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        yield declared.getTypeArguments().isEmpty()
            && (declared.getEnclosingType().getKind() != TypeKind.DECLARED || isClassLiteral(declared.getEnclosingType()));
      }
      default -> type.getKind().isPrimitive();
    };
  }

  public static CodeBlock of(TypeMirror type, Types types) {
    if (isClassLiteral(type) || type.getKind() == TypeKind.TYPEVAR) {
      return CodeBlock.of("$T.class", TypeName.get(types.erasure(type)));
    }
    return switch (type.getKind()) {
      case ARRAY -> CodeBlock.of("$T.arrayOf($L)", RuntimeTypes.JSON_TYPES, of(((ArrayType) type).getComponentType(), types));
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getSuperBound() != null) {
          yield CodeBlock.of("$T.supertypeOf($L)", RuntimeTypes.JSON_TYPES, of(wildcard.getSuperBound(), types));
        }
        TypeMirror bound = wildcard.getExtendsBound();
        yield CodeBlock.of("$T.subtypeOf($L)", RuntimeTypes.JSON_TYPES,
            bound == null ? CodeBlock.of("$T.class", Object.class) : of(bound, types));
      }
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        ClassName raw = ClassName.get((TypeElement) declared.asElement());
        List<CodeBlock> args = declared.getTypeArguments().stream().map(a -> of(a, types)).collect(Collectors.toList());
        CodeBlock joined = args.isEmpty() ? CodeBlock.of("") : CodeBlock.of(", $L", CodeBlock.join(args, ", "));
        TypeMirror owner = declared.getEnclosingType();
        if (owner.getKind() == TypeKind.DECLARED && !isClassLiteral(owner)) {
          yield CodeBlock.of("$T.parameterizedWithOwner($L, $T.class$L)", RuntimeTypes.JSON_TYPES, of(owner, types), raw, joined);
        }
        yield CodeBlock.of("$T.parameterized($T.class$L)", RuntimeTypes.JSON_TYPES, raw, joined);
      }
      default -> CodeBlock.of("$T.class", TypeName.get(types.erasure(type)));
    };
  }
}
