#!/usr/bin/env bash
# Keeps what a fuzzing run found (./mvnw -Pfuzz verify) as the regression suite that ./mvnw verify
# replays: for each fuzz target, up to N inputs (default 300) of the generated corpus in
# <module>/.cifuzz-corpus, chosen evenly across sizes, are copied into its *FuzzTestInputs folder
# under src/test/resources. Findings (crash-*) are written there by Jazzer itself. Run from the
# project root, then review and commit src/test/resources.
set -euo pipefail
N="${1:-300}"
for module in engine app; do
  corpus="$module/.cifuzz-corpus"
  [ -d "$corpus" ] || continue
  for target in "$corpus"/*/*; do
    [ -d "$target" ] || continue
    class="${target#"$corpus"/}"; class="${class%/*}"          # org.steward.engine.fuzz.EngineFuzzTest
    method="${target##*/}"
    package_dir="$(dirname "${class//.//}")"; simple="${class##*.}"
    out="$module/src/test/resources/$package_dir/${simple}Inputs/$method"
    mkdir -p "$out"
    mapfile -t files < <(ls -S "$target")
    total=${#files[@]}
    step=$(( total > N ? (total + N - 1) / N : 1 ))
    kept=0
    for ((i = 0; i < total; i += step)); do
      cp "$target/${files[$i]}" "$out/"
      kept=$((kept + 1))
    done
    echo "$out: kept $kept of $total"
  done
done
