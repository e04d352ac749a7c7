#!/usr/bin/env bash
# Trains the shipped models exactly as recorded in docs/results.md, then evaluates them.
# Each run is resumable: rerunning this script continues unfinished runs from their checkpoints.
# Usage: scripts/train-shipped-models.sh [ant-hebbian|ant-static|servo-quad-hebbian|ant-hebbian-curriculum|evaluate]...
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p runs models

run() { # name, then evolve flags
  local name=$1; shift
  # an unfinished run committed under models/checkpoints/ continues from there, on any machine
  if [ ! -d "runs/$name" ] && [ -f "models/checkpoints/$name/checkpoint.json" ]; then
    cp -r "models/checkpoints/$name" "runs/$name"
  fi
  if [ -f "runs/$name/checkpoint.json" ]; then
    ./hebbian evolve --resume "runs/$name" --quiet
  else
    ./hebbian evolve --out "runs/$name" --quiet "$@"
  fi
  cp "runs/$name/mean.json" "models/$name.json"
  cp "runs/$name/log.csv" "models/$name.log.csv"
  cp "runs/$name/curve.png" "models/$name.curve.png"
  rm -rf "models/checkpoints/$name"   # the run is done: its checkpoint is no longer needed
}

evaluate() {
  for m in ant-hebbian ant-static ant-hebbian-curriculum; do
    [ -f "models/$m.json" ] || continue
    ./hebbian evaluate --model "models/$m.json" --rollouts 100 --seed 0 --episode-steps 1000 --json \
      --morphologies intact,damaged-right-front,damaged-left-front,damaged-left-back,lock:left-front-knee \
      > "models/$m.evaluate.json"
  done
  if [ -f models/servo-quad-hebbian.json ]; then
    ./hebbian evaluate --model models/servo-quad-hebbian.json --rollouts 100 --seed 0 --episode-steps 1000 --json \
      --morphologies intact,damaged-right-front,damaged-left-front,damaged-left-back,lock:left-front-knee \
      > models/servo-quad-hebbian.evaluate.json
  fi
  for e in freeze-weights saturate-actuators zero-weights weight-pca weight-images; do
    ./hebbian experiment "$e" --model models/ant-hebbian.json --out docs/figures/ant-hebbian --rollouts 20 \
      --episode-steps 1000 --morphology "$( [ "$e" = weight-pca ] && echo intact,damaged-right-front,damaged-left-front || echo intact)"
  done
}

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(ant-hebbian ant-static servo-quad-hebbian evaluate)
for t in "${targets[@]}"; do
  case "$t" in
    ant-hebbian) run ant-hebbian --robot ant --generations 300 --seed 1 ;;
    ant-static) run ant-static --robot ant --static --generations 300 --seed 1 ;;
    servo-quad-hebbian) run servo-quad-hebbian --robot servo-quad --domain-randomization --servo dynamixel-xl430 \
        --generations 300 --seed 1 ;;
    ant-hebbian-curriculum) run ant-hebbian-curriculum --train-morphologies intact,random-damage \
        --action-rate-cost 0.01 --generations 150 --seed 1 ;;
    evaluate) evaluate ;;
    *) echo "unknown target $t" >&2; exit 2 ;;
  esac
done
