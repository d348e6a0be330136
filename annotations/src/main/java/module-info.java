/**
 * The annotations a user puts on records ({@code @WireMessage}, {@code @WireProtocol}, the
 * framings and the component encodings) and their enums. Depends on nothing; read at compile
 * time by the processor, and at run time by no one (the generated code holds the settings),
 * except {@code @Since}, which a JSON mapper reads on the record components it binds.
 */
module dev.wiremessage {
  exports dev.wiremessage;
}
