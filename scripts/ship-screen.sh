#!/usr/bin/env bash
# Copies a finished study run into models/adaptive/<dir>/: model (mean.json), log, curve and evaluation.
#   scripts/ship-screen.sh RUN_NAME DEST_DIR [NAME_IN_DEST]
# e.g. scripts/ship-screen.sh hebbian-h32-contacts-onset-s1 models/adaptive/screening
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
run="${1:?usage: scripts/ship-screen.sh RUN_NAME DEST_DIR [NAME_IN_DEST]}"
dest="${2:?usage: scripts/ship-screen.sh RUN_NAME DEST_DIR [NAME_IN_DEST]}"
name="${3:-$run}"
study="${STUDY_OUT:-$root/runs/adaptation}"
src="$study/runs/$run"
[ -f "$src/mean.json" ] || { echo "no finished run at $src" >&2; exit 2; }
[ -f "$study/eval/$run.json" ] || { echo "no evaluation at $study/eval/$run.json (run the study without --skip-evaluation)" >&2; exit 2; }
mkdir -p "$dest"
cp "$src/mean.json" "$dest/$name.json"
cp "$src/log.csv" "$dest/$name.log.csv"
cp "$src/curve.png" "$dest/$name.curve.png"
cp "$study/eval/$run.json" "$dest/$name.evaluation.json"
echo "$dest/$name.{json,log.csv,curve.png,evaluation.json}"
