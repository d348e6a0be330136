package dev.wiremessage.examples.seed;

import dev.wiremessage.Format;
import dev.wiremessage.WireMessage;

/**
 * The message of the classic Python socket tutorial: a JSON object after a 4-byte big-endian
 * length, {@code len(body).to_bytes(4, 'big') + json.dumps({"message": m, "value": v}).encode()}.
 *
 * <pre>
 * new Data("hi", 7):
 * +-------------+------------------------------+
 * | 00 00 00 1A | {"message":"hi","value":7}   |
 * +-------------+------------------------------+
 *  U32 length    UTF-8 JSON, 26 bytes
 * </pre>
 */
@WireMessage(format = Format.JSON)
public record Data(String message, int value) {}
