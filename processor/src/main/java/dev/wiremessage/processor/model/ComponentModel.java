package dev.wiremessage.processor.model;

import com.palantir.javapoet.TypeName;
import dev.wiremessage.processor.encoding.Encoding;

/**
 * One record component.
 *
 * @param name the component (and accessor) name
 * @param field {@code "Record.component"}, for runtime errors
 * @param since the version of the message that added it: {@code @Since(n)}, or 1 without it
 */
public record ComponentModel(String name, String field, TypeName type, Encoding encoding, int since) {}
