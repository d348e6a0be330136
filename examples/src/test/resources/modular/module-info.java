// A modular application of wiremessage, as docs/getting-started.md describes it.
module app {
  requires dev.wiremessage.runtime;  // and, transitively, dev.wiremessage (the annotations)
  requires tools.jackson.databind;   // Data is a Format.JSON record
  opens app to tools.jackson.databind;
}
