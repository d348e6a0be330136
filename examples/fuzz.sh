#!/usr/bin/env bash
# Long fuzz runs with Jazzer's command line (coverage-guided, libFuzzer's -runs):
#   examples/fuzz.sh [target ...]        RUNS inputs per target, 10,000,000 by default
# Targets: lengthPrefixedFrames delimitedFrames protocolStreams binaryPayloads jsonPayloads
# (the methods of dev.wiremessage.fuzz.DecoderFuzzTest). An input is a codec selector byte
# (and for the stream targets a chunk-size byte), then the bytes (dev.wiremessage.fuzz.Targets).
# The corpus grows in target/fuzz-corpus/<target>, seeded from
# src/test/resources/dev/wiremessage/fuzz/DecoderFuzzTestInputs/<target>/, with the dictionary
# src/test/resources/dev/wiremessage/fuzz/wiremessage.dict; a crash is written to
# target/fuzz-crashes/ and stops the run: copy it into DecoderFuzzTestInputs/<target>/ so that
# every build replays it.
# Needs no `mvn install`: it compiles the reactor (annotations, runtime, processor, netty,
# examples) with `mvn -pl examples -am test-compile` and fuzzes a private copy of the classes
# and jars. MVN overrides the Maven command (MVN="mvn -o" offline); FUZZ_WORK the copy's
# directory (a new temporary one by default).
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${RUNS:-10000000}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(lengthPrefixedFrames delimitedFrames protocolStreams binaryPayloads jsonPayloads)
fi
(cd .. && ${MVN:-mvn} -B -q -pl examples -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz.classpath)
# Fuzz a private copy of the classes and jars: a concurrent build may clean target/ or
# reinstall a jar in the local repository while a run takes minutes or hours. In the reactor
# the other modules are on the class path as their target/classes directories.
work="${FUZZ_WORK:-$(mktemp -d)}"
mkdir -p "$work/lib"
rm -rf "$work/classes" "$work/test-classes"
cp -r target/classes "$work/classes"
cp -r target/test-classes "$work/test-classes"
cp="$work/test-classes:$work/classes"
IFS=: read -r -a entries < target/fuzz.classpath || true  # no newline at the end: read returns 1
i=0
for j in "${entries[@]}"; do
  i=$((i + 1))
  dest="$work/lib/$i-$(basename "$j")"
  rm -rf "$dest"
  cp -r "$j" "$dest"
  cp="$cp:$dest"
done
mkdir -p target/fuzz-crashes
for t in "${targets[@]}"; do
  corpus="target/fuzz-corpus/$t"
  seeds="src/test/resources/dev/wiremessage/fuzz/DecoderFuzzTestInputs/$t"
  mkdir -p "$corpus"
  dirs=("$corpus")
  [ -d "$seeds" ] && dirs+=("$seeds")
  echo "== $t: $RUNS inputs"
  start=$(date +%s)
  # The JVM options go to java itself: Jazzer's --jvm_args only reach a JVM that its native
  # launcher starts, not this one (before 2026-12 every target here ran binaryPayloads). The heap
  # is bounded so that the JVM stays under libFuzzer's -rss_limit_mb: with the default heap (a
  # quarter of the machine) the process grew past 4 GiB and libFuzzer stopped it as out-of-memory.
  java -Dwiremessage.fuzz.target="$t" -Xss1m -Xmx1536m -cp "$cp" com.code_intelligence.jazzer.Jazzer \
    --target_class=dev.wiremessage.fuzz.FuzzMain \
    --instrumentation_includes='dev.wiremessage.**' \
    --reproducer_path=target/fuzz-crashes \
    -runs="$RUNS" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    -dict=src/test/resources/dev/wiremessage/fuzz/wiremessage.dict \
    -artifact_prefix="target/fuzz-crashes/$t-" "${dirs[@]}" 2>&1 | tee "target/fuzz-$t.log" | grep -E '^#[0-9]+ +(DONE|pulse)|^Done|stat::|ERROR|Exception|Error' || true
  echo "== $t: $(( $(date +%s) - start )) s; log in examples/target/fuzz-$t.log"
done
