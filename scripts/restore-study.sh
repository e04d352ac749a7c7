#!/usr/bin/env bash
# Puts the committed study results back into a study directory, so that `hebbian study` tabulates them with new
# runs instead of training and evaluating them again (runs/ is not committed). The reverse of ship-screen.sh:
# every models/adaptive/**/X.evaluation.json names its run; its model, log and curve go to OUT/runs/<run>/ (a
# run directory with a mean.json and no checkpoint counts as finished), the evaluation to OUT/eval/<run>.json.
# Committed checkpoints (models/checkpoints/adaptation/<run>/) go to OUT/runs/<run>/ so the study resumes them.
# Existing files are never overwritten.
#   scripts/restore-study.sh [OUT]     (default: runs/adaptation)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/runs/adaptation}"
mkdir -p "$out/runs" "$out/eval"
restored=0
while IFS= read -r -d '' evaluation; do
  run="$(sed -n 's/^  "run" : "\([^"]*\)",*$/\1/p' "$evaluation" | head -n 1)"
  [ -n "$run" ] || { echo "restore-study: no run name in $evaluation" >&2; exit 2; }
  base="${evaluation%.evaluation.json}"
  [ -f "$base.json" ] || { echo "restore-study: $evaluation has no model $base.json beside it" >&2; exit 2; }
  if [ -e "$out/eval/$run.json" ] || [ -e "$out/runs/$run" ]; then
    continue
  fi
  mkdir -p "$out/runs/$run"
  cp "$base.json" "$out/runs/$run/mean.json"
  for part in log.csv curve.png; do
    [ -f "$base.$part" ] && cp "$base.$part" "$out/runs/$run/$part"
  done
  cp "$evaluation" "$out/eval/$run.json"
  restored=$((restored + 1))
done < <(find "$root/models/adaptive" -name '*.evaluation.json' -print0 | sort -z)
resumable=0
if [ -d "$root/models/checkpoints/adaptation" ]; then
  for dir in "$root"/models/checkpoints/adaptation/*/; do
    run="$(basename "$dir")"
    [ -e "$out/runs/$run" ] && continue
    cp -r "$dir" "$out/runs/$run"
    resumable=$((resumable + 1))
  done
fi
echo "restore-study: $restored finished runs and $resumable checkpoints restored into $out"
