/**
 * One message across three versions, as docs/evolution.md shows it: {@code v1.Reading},
 * {@code v2.Reading} (adds {@code @Since(2) unit}) and {@code v3.Reading} (adds
 * {@code @Since(3) tags}), all {@code extensible}, so peers of any two versions talk in both
 * directions; and {@code v1.Sample} / {@code v2.Sample}, not extensible, where a version-1
 * reader rejects a version-2 frame as malformed (deploy readers first).
 */
package dev.wiremessage.examples.evolution;
