package dev.wiremessage.processor.descriptor;

import dev.wiremessage.processor.model.MessageModel;
import dev.wiremessage.processor.model.ProtocolModel;
import dev.wiremessage.processor.support.Diagnostic;
import dev.wiremessage.processor.support.Reporter;
import java.io.IOException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Layout descriptors and the compatibility check, for the processor: for each type it
 * generates, builds the descriptor, compares it with the baseline's when
 * {@code -Awiremessage.baseline=DIR} is given (evolution.md section 6), and writes it
 * (section 5).
 */
public final class Descriptors {
  /** The processor option naming the directory of the last release's descriptors. */
  public static final String BASELINE_OPTION = "wiremessage.baseline";

  private final ProcessingEnvironment env;
  private final Baseline baseline;

  public Descriptors(ProcessingEnvironment env) {
    this.env = env;
    this.baseline = Baseline.of(env.getOptions().get(BASELINE_OPTION), env.getMessager());
  }

  /** Checks {@code m} against the baseline, if any, and writes its descriptor. */
  public void message(MessageModel m) {
    Json.Obj descriptor = LayoutDescriptor.of(m);
    Reporter reporter = Reporter.of(env.getMessager());
    Json.Obj old = baseline.find(descriptor.string("type"), m.element(), reporter);
    if (old != null) {
      new MessageCheck(m, old, descriptor, reporter, env.getElementUtils()).run();
    }
    write(m.element(), descriptor);
  }

  /** Checks {@code p} against the baseline, if any, and writes its descriptor. */
  public void protocol(ProtocolModel p) {
    Json.Obj descriptor = LayoutDescriptor.of(p);
    Reporter reporter = Reporter.of(env.getMessager());
    Json.Obj old = baseline.find(descriptor.string("type"), p.element(), reporter);
    if (old != null) {
      new ProtocolCheck(p, old, descriptor, reporter, env.getElementUtils()).run();
    }
    write(p.element(), descriptor);
  }

  private void write(TypeElement type, Json.Obj descriptor) {
    try {
      DescriptorWriter.write(env.getFiler(), type, descriptor);
    } catch (IOException | RuntimeException e) {
      Reporter.of(env.getMessager()).report(Diagnostic.INTERNAL_ERROR, type, type, e.toString(), type);
    }
  }
}
