/**
 * The wiremessage runtime: {@code WireCodec} (which the generated codecs implement), framing,
 * the categorized exceptions, blocking readers and writers and the non-blocking decoder.
 *
 * <p>A modular application that uses it:
 *
 * <pre>
 * module com.example.app {
 *   requires dev.wiremessage.runtime;          // and, through it, dev.wiremessage (the annotations)
 *   requires tools.jackson.databind;           // only for @JsonBlob or Format.JSON records
 *   opens com.example.model to tools.jackson.databind;   // Jackson reads the records reflectively
 * }
 * </pre>
 *
 * Jackson 3 is optional ({@code requires static}): without JSON records it need not be on the
 * module path. With them, the application's module must require it (or run with
 * {@code --add-modules tools.jackson.databind}), and open the packages of the records that
 * Jackson binds: a {@code Format.JSON} record, or a record used as a {@code @JsonBlob} value.
 * Generated codecs themselves use no reflection.
 */
module dev.wiremessage.runtime {
  requires transitive dev.wiremessage;
  requires static tools.jackson.databind;

  exports dev.wiremessage.runtime;
  exports dev.wiremessage.runtime.spi;
}
