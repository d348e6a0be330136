package dev.wiremessage.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * One component of a {@code Format.JSON} record: a key of its JSON object.
 *
 * @param name the component name, which is the key
 * @param since the version of the message that added it: {@code @Since(n)}, or 1 without it
 */
public record JsonKey(String name, TypeName type, int since) {}
