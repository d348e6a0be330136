/** Internals of the runtime: byte-level helpers, framers and decoders. Not an API; may change in any release. */
package dev.wiremessage.runtime.internal;
