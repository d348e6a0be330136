package dev.wiremessage.tool.interop;

/** Written by name. */
public enum Color { RED, GREEN, BLUE }
