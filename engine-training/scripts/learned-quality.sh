#!/usr/bin/env bash
# Reproduces the "Learned classifiers" section of docs/quality.md: retrains the model from
# ../shared/datasets (deterministic: the committed model file comes out byte for byte), writes the
# held-out splits it never trained on, and scores the engine on them with and without the model,
# using ../shared/tools/score.py. Run from the project root:
#   ./mvnw -q -pl engine,engine-training -DskipTests package && engine-training/scripts/learned-quality.sh [OUT_DIR]
# MODEL=FILE scores that model file instead of the shipped one (the retraining check still runs).
set -euo pipefail
OUT="${1:-target/learned-quality}"
SHARED="${SHARED:-../shared}"
JAR="${JAR:-engine-training/target/steward-engine-training.jar}"
[ -d "$SHARED/datasets" ] || { echo "skipped: $SHARED/datasets is absent"; exit 0; }
mkdir -p "$OUT"
java -jar "$JAR" train --data "$SHARED/datasets" --out "$OUT/steward-abuse-v1.stm" --heldout "$OUT"
cmp "$OUT/steward-abuse-v1.stm" engine/src/main/resources/models/steward-abuse-v1.stm \
  && echo "retrained model is identical to the committed one" || echo "NOTE: retrained model differs from the committed one"

. "$(dirname "$0")/heldout-sets.sh"
for set in $SETS; do
  for models in off on; do
    java -jar "$JAR" quality --set "$OUT/$set.jsonl" --categories "${CATS[$set]}" --models $models ${MODEL:+--model "$MODEL"} \
      --out "$OUT/$set.$models.preds.jsonl"
    python3 "$SHARED/tools/score.py" "$OUT/$set.jsonl" "$OUT/$set.$models.preds.jsonl" --system "models-$models"
  done
done
