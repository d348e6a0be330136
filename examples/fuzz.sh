#!/usr/bin/env bash
# Long fuzz runs with Jazzer's command line (coverage-guided, libFuzzer's -runs):
#   examples/fuzz.sh [target ...]        RUNS inputs per target, 10,000,000 by default
# Targets: lengthPrefixedFrames delimitedFrames protocolStreams binaryPayloads jsonPayloads
# (the methods of dev.wiremessage.fuzz.DecoderFuzzTest). The corpus grows in
# target/fuzz-corpus/<target>; a crash is written to target/fuzz-crashes/ and stops the run:
# copy it into src/test/resources/dev/wiremessage/fuzz/DecoderFuzzTestInputs/<target>/ so
# that every build replays it. Build the reactor first (mvn -B install -DskipTests).
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${RUNS:-10000000}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(lengthPrefixedFrames delimitedFrames protocolStreams binaryPayloads jsonPayloads)
fi
${MVN:-mvn} -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz.classpath
# Fuzz a private copy of the classes and jars: a concurrent build may clean target/ or
# reinstall a jar in the local repository while a run takes minutes or hours.
work="${FUZZ_WORK:-$(mktemp -d)}"
mkdir -p "$work/lib"
cp -r target/classes "$work/classes"
cp -r target/test-classes "$work/test-classes"
cp="$work/test-classes:$work/classes"
IFS=: read -r -a jars < target/fuzz.classpath || true  # no newline at the end: read returns 1
for j in "${jars[@]}"; do
  cp "$j" "$work/lib/"
  cp="$cp:$work/lib/$(basename "$j")"
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
  java -cp "$cp" com.code_intelligence.jazzer.Jazzer \
    --target_class=dev.wiremessage.fuzz.FuzzMain \
    --instrumentation_includes='dev.wiremessage.**' \
    --jvm_args="-Dwiremessage.fuzz.target=$t:-Xss1m" \
    -runs="$RUNS" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="target/fuzz-crashes/$t-" "${dirs[@]}" 2>&1 | tee "target/fuzz-$t.log" | grep -E '^#[0-9]+ +(DONE|pulse)|^Done|stat::|ERROR|Exception|Error' || true
  echo "== $t: $(( $(date +%s) - start )) s; log in examples/target/fuzz-$t.log"
done
