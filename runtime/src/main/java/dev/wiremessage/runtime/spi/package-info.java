/**
 * The contract between generated codecs and the runtime. Generated code calls these classes;
 * user code should not, and they may change with the processor version.
 */
package dev.wiremessage.runtime.spi;
