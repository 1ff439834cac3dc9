#!/usr/bin/env bash
# The "Sentence encoder (issue #15 item 2)" figures of docs/quality.md: the nine held-out sets of
# learned-quality.sh and the functional suite per behaviour, through the engine with the encoder off
# and on (verify, always), scored with ../shared/tools/score.py. Needs the held-out sets written by
# learned-quality.sh (or `train --heldout DIR`) in OUT_DIR, and the encoder command's cache
# (target/encoder-cache/, written by `encoder`), so no held-out text is embedded twice. Run from the
# project root:
#   ./mvnw -q -pl engine,engine-training -DskipTests package
#   java -jar engine-training/target/steward-engine-training.jar train --out target/lq/model.stm --heldout target/lq
#   java -jar engine-training/target/steward-engine-training.jar encoder
#   engine-training/scripts/encoder-quality.sh target/lq
# HEADS=FILE scores that heads file instead of the shipped one; MODES="off verify" to choose modes;
# SUITE=0 leaves the functional suite out.
set -euo pipefail
OUT="${1:-target/learned-quality}"
SHARED="${SHARED:-../shared}"
JAR="${JAR:-engine-training/target/steward-engine-training.jar}"
MODES="${MODES:-off verify always}"
[ -d "$SHARED/datasets" ] || { echo "skipped: $SHARED/datasets is absent"; exit 0; }
. "$(dirname "$0")/heldout-sets.sh"
for mode in $([ "${SUITE:-1}" = 1 ] && echo $MODES); do
  java -jar "$JAR" quality --suite engine/src/test/resources/functional/abuse-suite.tsv --encoder "$mode" ${HEADS:+--heads "$HEADS"} \
    --out "$OUT/suite.$mode.tsv" > /dev/null
  echo "functional suite, encoder $mode: $(tail -1 "$OUT/suite.$mode.tsv")"
done
for set in $SETS; do
  for mode in $MODES; do
    java -jar "$JAR" quality --set "$OUT/$set.jsonl" --categories "${CATS[$set]}" --encoder "$mode" ${HEADS:+--heads "$HEADS"} \
      --out "$OUT/$set.encoder-$mode.preds.jsonl"
    python3 "$SHARED/tools/score.py" "$OUT/$set.jsonl" "$OUT/$set.encoder-$mode.preds.jsonl" --system "encoder-$mode"
  done
done
