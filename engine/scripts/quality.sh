#!/usr/bin/env bash
# Reproduces docs/quality.md: development-set quality of the shipped detectors.
# Run from the project root after building the jar:
#   ./mvnw -q -pl engine -DskipTests package && engine/scripts/quality.sh [OUT_DIR]
# Needs ../shared (datasets and tools) and python3.
set -euo pipefail
OUT="${1:-target/quality}"
SHARED="${SHARED:-../shared}"
JAR="${JAR:-engine/target/steward-engine.jar}"
[ -d "$SHARED/datasets" ] || { echo "skipped: $SHARED/datasets is absent"; exit 0; }
mkdir -p "$OUT"
python3 "$SHARED/tools/devsets.py" "$OUT" > /dev/null

# set name -> category prefixes that count as "flagged" for that set's label
declare -A CATS=(
  [davidson_any]="profanity slur hate harassment threat sexism tone"
  [davidson_hate]="slur hate threat"
  [edos_dev]="sexism"
  [toxigen]="slur hate harassment threat sexism"
)
for set in davidson_any davidson_hate edos_dev toxigen; do
  java -jar "$JAR" scan --policy cccg-policy --input "$OUT/$set.jsonl" --output "$OUT/$set.scan.jsonl"
  python3 - "$OUT/$set.scan.jsonl" "$OUT/$set.preds.jsonl" ${CATS[$set]} <<'PY'
import json, sys
src, dst, cats = sys.argv[1], sys.argv[2], sys.argv[3:]
def hit(c):
    return any(c == p or c.startswith(p + '.') for p in cats)
with open(src) as f, open(dst, 'w') as o:
    for line in f:
        r = json.loads(line)
        o.write(json.dumps({'id': r['id'], 'flagged': any(hit(x['category']) for x in r.get('findings', []))}) + '\n')
PY
  python3 "$SHARED/tools/score.py" "$OUT/$set.jsonl" "$OUT/$set.preds.jsonl" --system steward-engine
done
java -jar "$JAR" scan --policy cccg-policy --input "$OUT/presidio_dev.jsonl" --output "$OUT/presidio.scan.jsonl"
python3 "$SHARED/tools/pii_score.py" score "$OUT/presidio.scan.jsonl"
