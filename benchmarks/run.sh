#!/usr/bin/env bash
# Runs the JMH benchmarks and writes benchmarks/results/: jmh.json (JMH's -rf json),
# results.md (ns/op, ratios to the hand-written floor of the same run, B/op, sizes, socket
# msg/s and latency, the issue's targets) and results.png (ns/op per peer per operation).
#
#   benchmarks/run.sh short           # every peer of the issue, briefly (< 5 min on 2 idle cores): codecs with
#                                     # -f 1 -wi 1 -w 100ms -i 1 -r 150ms, then sockets with -w 1s -r 300ms
#                                     # (a receiver thread needs ~1 s to be compiled; 100 ms measured the interpreter)
#   benchmarks/run.sh full            # the settings to quote: -f 3 -wi 5 -w 1s -i 10 -r 1s (about an hour)
#   benchmarks/run.sh short Quote     # any further arguments go to JMH (a benchmark regex, -p text=ascii, ...)
#
# Build the jar first: mvn -B -q package -DskipTests -pl benchmarks -am
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-short}
shift || true
jar=benchmarks/target/benchmarks.jar
out=benchmarks/results
if [ ! -f "$jar" ]; then
  echo "no $jar: build it with mvn -B -q package -DskipTests -pl benchmarks -am" >&2
  exit 1
fi
case "$mode" in
  short) opts=(-f 1 -wi 1 -w 100ms -i 1 -r 150ms) ;;
  full) opts=(-f 3 -wi 5 -w 1s -i 10 -r 1s) ;;
  *) echo "usage: $0 short|full [JMH arguments]" >&2; exit 2 ;;
esac
mkdir -p "$out"
# Run from a copy: a build of the module while the benchmarks run must not pull the jar away.
run_jar=$(mktemp "${TMPDIR:-/tmp}/wiremessage-benchmarks.XXXXXX.jar")
trap 'rm -f "$run_jar"' EXIT
cp "$jar" "$run_jar"
echo "load before: $(cat /proc/loadavg 2>/dev/null || echo n/a)" | tee "$out/load.txt"
rm -f "$out/jmh.json" "$out/jmh-sockets.json"
if [ "$mode" = short ] && [ $# -eq 0 ]; then
  # Two passes: the socket links get a 1 s warm-up even in the short run.
  # The issue's peers only: the supplementary wiremessage paths (wiremessageByteBuffer,
  # wiremessageDecoder) run in `full` and in focused runs, which keeps this under 5 minutes.
  java -jar "$run_jar" "${opts[@]}" -e Socket -e 'wiremessageByteBuffer_' -e 'wiremessageDecoder_' -prof gc -rf json -rff "$out/jmh.json"
  java -jar "$run_jar" -f 1 -wi 1 -w 1s -i 1 -r 300ms -prof gc -rf json -rff "$out/jmh-sockets.json" Socket
  files=("$out/jmh.json" "$out/jmh-sockets.json")
else
  java -jar "$run_jar" "${opts[@]}" -prof gc -rf json -rff "$out/jmh.json" "$@"
  files=("$out/jmh.json")
fi
echo "load after: $(cat /proc/loadavg 2>/dev/null || echo n/a)" | tee -a "$out/load.txt"
java -cp "$run_jar" dev.wiremessage.benchmarks.report.Report "${files[@]}" "$out"
echo "wrote ${files[*]}, $out/results.md, $out/results.png"
