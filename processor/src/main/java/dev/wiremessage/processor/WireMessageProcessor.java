package dev.wiremessage.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.wiremessage.processor.descriptor.Descriptors;
import dev.wiremessage.processor.model.MessageModel;
import dev.wiremessage.processor.model.ProtocolModel;
import dev.wiremessage.processor.support.Diagnostic;
import dev.wiremessage.processor.support.GeneratedAnnotation;
import dev.wiremessage.processor.support.Reporter;
import dev.wiremessage.processor.writer.MessageWriter;
import dev.wiremessage.processor.writer.ProtocolWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Generates a codec for every {@code @WireMessage} record and {@code @WireProtocol} interface.
 * Parsing, models, encodings and writing live in their own classes; this one only loops,
 * and turns an unexpected exception into a diagnostic on the element instead of a crash.
 *
 * <p><b>Gradle incremental processing: isolating</b> (declared in
 * {@code META-INF/gradle/incremental.annotation.processors}). Every generated file has exactly
 * one originating element, the annotated type it is the codec of (the record, or the
 * {@code @WireProtocol} interface), and everything the processor reads to write it is
 * reachable from that type's declaration: its components, their types and those types'
 * annotations (a nested {@code @WireMessage} record, whose codec is referenced by name only,
 * whose smallest encoding sizes a list's count check, and whose last component, read down
 * through the records nested there, says whether its payload runs to the end), and for a
 * protocol the records of its {@code permits} clause with their {@code @WireMessage(id)}. Nothing comes from unrelated
 * elements of the round, and the annotations read on other types have {@code CLASS}
 * retention. When such a reachable type changes, Gradle recompiles the types that refer to it
 * (a protocol interface refers to its permitted records), so their codecs are written again.
 * The layout descriptor of a type ({@code META-INF/wiremessage/<binary name>.json}, a class
 * output resource) has the same one originating element; the baseline check
 * ({@code -Awiremessage.baseline=DIR}) reads only that type's own file in {@code DIR}, an input
 * outside the sources that a Gradle build declares on the compile task (docs/getting-started.md).
 */
@AutoService(Processor.class)
public final class WireMessageProcessor extends AbstractProcessor {
  private static final String WIRE_MESSAGE = "dev.wiremessage.WireMessage";
  private static final String WIRE_PROTOCOL = "dev.wiremessage.WireProtocol";

  private MessageParser messages;
  private ProtocolParser protocols;
  private Descriptors descriptors;
  /** Types whose components name types not generated yet, retried next round. */
  private final Set<String> deferred = new LinkedHashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(WIRE_MESSAGE, WIRE_PROTOCOL);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(Descriptors.BASELINE_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    FramingParser framings = new FramingParser(env.getElementUtils());
    ComponentParser components = new ComponentParser(env.getElementUtils(), env.getTypeUtils());
    messages = new MessageParser(env.getElementUtils(), env.getTypeUtils(), components, framings);
    protocols = new ProtocolParser(env.getElementUtils(), framings, components);
    descriptors = new Descriptors(env);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    // Parse everything first: a codec that calls the codec of a type with errors is not
    // generated either, so that javac reports the user's mistake without missing-codec noise.
    Set<ClassName> failed = new HashSet<>();
    List<MessageModel> messageModels = parseMessages(round, failed);
    List<ProtocolModel> protocolModels = parseProtocols(round);
    dropDependentsOfFailed(messageModels, failed);
    List<JavaFile> files = new ArrayList<>();
    for (MessageModel m : messageModels) {
      if (!failed.contains(m.type())) {
        files.add(MessageWriter.write(m, GeneratedAnnotation.available(processingEnv.getElementUtils(), m.element())));
        descriptors.message(m);
      }
    }
    for (ProtocolModel p : protocolModels) {
      if (p.members().stream().noneMatch(member -> failed.contains(member.type()))) {
        files.add(ProtocolWriter.write(p, GeneratedAnnotation.available(processingEnv.getElementUtils(), p.element())));
        descriptors.protocol(p);
      }
    }
    for (JavaFile file : files) {
      try {
        file.writeTo(processingEnv.getFiler());
      } catch (IOException | RuntimeException e) {
        internalError(file.typeSpec().originatingElements().get(0), e);
      }
    }
    return false;
  }

  private List<MessageModel> parseMessages(RoundEnvironment round, Set<ClassName> failed) {
    List<TypeElement> types = elements(round, WIRE_MESSAGE);
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null && !types.contains(type)) {
        types.add(type);
      }
    }
    deferred.clear();
    List<MessageModel> models = new ArrayList<>();
    for (TypeElement type : types) {
      if (!round.processingOver() && refersToMissingTypes(type)) {
        deferred.add(type.getQualifiedName().toString());
        continue;
      }
      try {
        MessageModel model = messages.parse(type, Reporter.of(processingEnv.getMessager()));
        if (model != null) {
          models.add(model);
        } else {
          failed.add(ClassName.get(type));
        }
      } catch (RuntimeException e) {
        failed.add(ClassName.get(type));
        internalError(type, e);
      }
    }
    return models;
  }

  private List<ProtocolModel> parseProtocols(RoundEnvironment round) {
    List<ProtocolModel> models = new ArrayList<>();
    for (TypeElement type : elements(round, WIRE_PROTOCOL)) {
      try {
        ProtocolModel model = protocols.parse(type, Reporter.of(processingEnv.getMessager()));
        if (model != null) {
          models.add(model);
        }
      } catch (RuntimeException e) {
        internalError(type, e);
      }
    }
    return models;
  }

  /** Adds to {@code failed} every message that nests a failed one, transitively. */
  private static void dropDependentsOfFailed(List<MessageModel> models, Set<ClassName> failed) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (MessageModel m : models) {
        if (!failed.contains(m.type()) && Dependencies.of(m).stream().anyMatch(failed::contains)) {
          failed.add(m.type());
          changed = true;
        }
      }
    }
  }

  private List<TypeElement> elements(RoundEnvironment round, String annotation) {
    TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
    List<TypeElement> result = new ArrayList<>();
    if (type != null) {
      for (Element e : round.getElementsAnnotatedWith(type)) {
        if (e instanceof TypeElement t) {
          result.add(t);
        }
      }
    }
    return result;
  }

  private static boolean refersToMissingTypes(TypeElement type) {
    for (RecordComponentElement c : type.getRecordComponents()) {
      if (isMissing(c.asType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMissing(TypeMirror t) {
    if (t.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (t.getKind() == TypeKind.DECLARED) {
      for (TypeMirror arg : ((DeclaredType) t).getTypeArguments()) {
        if (isMissing(arg)) {
          return true;
        }
      }
    }
    return false;
  }

  private void internalError(Element element, Exception e) {
    Reporter.of(processingEnv.getMessager()).report(Diagnostic.INTERNAL_ERROR, element, element, e.toString(), element);
  }
}
