#!/usr/bin/env bash
# One sitting of issue #15 item 4 (docs/benchmarks.md): the whole `scan` process beside both npm
# peers' whole processes on the same JSON-lines file, then in-process loops (JMH checkText for
# Steward, the peers' warm loops). Prints wall, user and sys time and the load average.
# Run from the project root after `./mvnw -q -pl engine -DskipTests package` and `npm ci` in engine/bench:
#   engine/bench/sitting.sh CORPUS.jsonl OUT_DIR [JAR]
set -euo pipefail
IN="$1"; OUT="$2"; JAR="${3:-engine/target/steward-engine.jar}"
mkdir -p "$OUT"
t() { local name="$1"; shift; echo "== $name (load: $(cut -d' ' -f1-3 /proc/loadavg))"; /usr/bin/time -f "$name wall %e s user %U s sys %S s maxrss %M KB" "$@"; }
t steward-scan java -jar "$JAR" scan --policy cccg-policy --input "$IN" --output "$OUT/steward.jsonl"
t obscenity-scan node engine/bench/peers.mjs scan --lib obscenity --input "$IN" --output "$OUT/obscenity.jsonl"
t allprofanity-scan node engine/bench/peers.mjs scan --lib allprofanity --input "$IN" --output "$OUT/allprofanity.jsonl"
t steward-scan-2 java -jar "$JAR" scan --policy cccg-policy --input "$IN" --output "$OUT/steward.jsonl"
# the same job with the JIT's first tier only: for a file of this size C2's compilations and the
# slower code that runs while they queue cost more than C2's faster code saves (docs/benchmarks.md)
t steward-scan-c1 java -XX:TieredStopAtLevel=1 -jar "$JAR" scan --policy cccg-policy --input "$IN" --output "$OUT/steward-c1.jsonl"
cmp "$OUT/steward.jsonl" "$OUT/steward-c1.jsonl"
t obscenity-loop node engine/bench/peers.mjs loop --lib obscenity --input "$IN" --passes 3
t allprofanity-loop node engine/bench/peers.mjs loop --lib allprofanity --input "$IN" --passes 3
# Steward in process, one thread, the same texts (STEWARD_TEST_CP: the engine's test classpath, see "Reproduce")
if [ -n "${STEWARD_TEST_CP:-}" ]; then
  t steward-loop java -Xms1g -Xmx1g -cp "$STEWARD_TEST_CP" org.steward.engine.bench.ScanThroughput 200000  # the same texts as a file written by ScanThroughput 200000 FILE
fi
echo "== end (load: $(cut -d' ' -f1-3 /proc/loadavg))"
