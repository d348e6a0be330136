/**
 * The annotations of wiremessage: put {@link dev.wiremessage.WireMessage} on a record, its
 * encodings on the components, and the processor generates the codec. This package depends
 * on nothing.
 */
package dev.wiremessage;
