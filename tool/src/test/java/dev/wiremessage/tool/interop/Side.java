package dev.wiremessage.tool.interop;

import dev.wiremessage.WireValue;

/** Written by code. */
public enum Side { @WireValue(1) BUY, @WireValue(-2) SELL }
