package dev.wiremessage.processor.descriptor;

import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes a layout descriptor to the class output at {@code META-INF/wiremessage/<binary
 * name>.json}, so that it ships in the jar; its one originating element is the type it
 * describes.
 */
public final class DescriptorWriter {
  private DescriptorWriter() {}

  public static void write(Filer filer, TypeElement type, Json.Obj descriptor) throws IOException {
    String name = descriptor.string("type");
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", LayoutDescriptor.path(name), type);
    try (Writer out = file.openWriter()) {
      out.write(JsonText.write(descriptor));
    }
  }
}
