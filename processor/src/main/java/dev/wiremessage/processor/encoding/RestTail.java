package dev.wiremessage.processor.encoding;

/**
 * Why a binary record's payload runs to the end of the enclosing payload: its last component
 * takes every byte left, itself or through a record nested there. Named in the rest-not-last
 * and rest-in-element messages of a component that holds the record.
 *
 * @param cause the component where it starts, e.g. {@code "@Utf8(length = Length.REST) on Inner.s"}
 * @param fix what to write there, e.g. {@code "give Inner.s a length, e.g. @Utf8(length = Length.U32)"}
 */
public record RestTail(String cause, String fix) {}
