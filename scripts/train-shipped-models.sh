#!/usr/bin/env bash
# Trains the shipped models exactly as recorded in docs/results.md, then evaluates them.
# Each run is resumable: rerunning this script continues unfinished runs from their checkpoints.
# Usage: scripts/train-shipped-models.sh [TARGET]...   (no target: the shipped models, then evaluate)
#   shipped models:  ant-hebbian ant-static servo-quad-hebbian ant-hebbian-curriculum evaluate
#                    (evaluate-servo-quad: only the servo-quad model's evaluation)
#   seed study:      seeds (Hebbian and static, training seeds 1-3, the same curriculum setting), optionally
#                    seeds-max-abs (the Hebbian setting with max-abs normalisation, seed 1), seeds-heading (with
#                    the heading in the network input, seeds 1-3), then evaluate-seeds;
#                    results in models/seeds/
set -euo pipefail
# HEBBIAN overrides the command (e.g. "java -cp /tmp/hebbian.jar io.hebbian.cli.Main" for a pinned build)
hebbian=${HEBBIAN:-./hebbian}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p runs models

dest=models   # where a finished run's model, log and curve are kept
# The physics and network these models were trained with, before the exact stepper, the early stop, 2 substeps and
# [obs,32,actions] became the defaults of new runs (their files record it: quickStep, 4 substeps, no early stop)
pinned=(--stepper quick --substeps 4 --no-early-stop --hidden 128,64)

run() { # name, then evolve flags
  local name=$1; shift
  # an unfinished run committed under models/checkpoints/ continues from there, on any machine
  if [ ! -d "runs/$name" ] && [ -f "models/checkpoints/$name/checkpoint.json" ]; then
    cp -r "models/checkpoints/$name" "runs/$name"
  fi
  if [ -f "runs/$name/checkpoint.json" ]; then
    $hebbian evolve --resume "runs/$name" --quiet
  else
    $hebbian evolve --out "runs/$name" --quiet "${pinned[@]}" "$@"
  fi
  local base=${name##*/}
  mkdir -p "$dest"
  cp "runs/$name/mean.json" "$dest/$base.json"
  cp "runs/$name/log.csv" "$dest/$base.log.csv"
  cp "runs/$name/curve.png" "$dest/$base.curve.png"
  rm -rf "models/checkpoints/$name"   # the run is done: its checkpoint is no longer needed
}

evaluate_model() { # model name under models/: 100 rollouts on the five morphologies of docs/results.md
  [ -f "models/$1.json" ] || return 0
  $hebbian evaluate --model "models/$1.json" --rollouts 100 --seed 0 --episode-steps 1000 \
    --morphologies intact,damaged-right-front,damaged-left-front,damaged-left-back,lock:left-front-knee \
    | tee "models/$1.evaluate.txt"
}

evaluate() {
  for m in ant-hebbian ant-static ant-hebbian-curriculum servo-quad-hebbian; do evaluate_model "$m"; done
  for e in freeze-weights saturate-actuators zero-weights weight-pca weight-images; do
    $hebbian experiment "$e" --model models/ant-hebbian.json --out docs/figures/ant-hebbian --rollouts 20 \
      --episode-steps 1000 --morphology "$( [ "$e" = weight-pca ] && echo intact,damaged-right-front,damaged-left-front || echo intact)"
  done
}

# The damage-adaptation seed study (issue 10): every run uses the same curriculum and action-rate cost,
# 150 generations of the quick preset; only the training seed and the network kind differ.
curriculum=(--robot ant --train-morphologies intact,random-damage --action-rate-cost 0.01 --generations 150)
seeds() {
  # Hebbian seed 1 is the shipped ant-hebbian-curriculum run (the same flags)
  [ -f models/ant-hebbian-curriculum.json ] || run ant-hebbian-curriculum "${curriculum[@]}" --seed 1
  dest=models/seeds
  for s in 2 3; do run "seeds/hebbian-s$s" "${curriculum[@]}" --seed "$s"; done
  for s in 1 2 3; do run "seeds/static-s$s" "${curriculum[@]}" --static --seed "$s"; done
  dest=models
}

evaluate_seeds() {
  local morph=intact,damaged-right-front,damaged-left-front,damaged-left-back,lock:left-front-knee
  local hebbian_models=models/ant-hebbian-curriculum.json,models/seeds/hebbian-s2.json,models/seeds/hebbian-s3.json
  local static_models=models/seeds/static-s1.json,models/seeds/static-s2.json,models/seeds/static-s3.json
  $hebbian evaluate --model "$hebbian_models" --rollouts 100 --seed 0 --episode-steps 1000 --morphologies "$morph" \
    | tee models/seeds/hebbian.evaluate.txt
  $hebbian evaluate --model "$static_models" --rollouts 100 --seed 0 --episode-steps 1000 --morphologies "$morph" \
    | tee models/seeds/static.evaluate.txt
  for option in maxabs heading; do
    local models
    models=$(ls models/seeds/hebbian-$option-s*.json 2>/dev/null | paste -sd, -)
    [ -n "$models" ] || continue
    $hebbian evaluate --model "$models" \
      --rollouts 100 --seed 0 --episode-steps 1000 --morphologies "$morph" | tee "models/seeds/hebbian-$option.evaluate.txt"
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
    ant-hebbian-curriculum) run ant-hebbian-curriculum "${curriculum[@]}" --seed 1 ;;
    evaluate) evaluate ;;
    evaluate-servo-quad) evaluate_model servo-quad-hebbian ;;
    seeds) seeds ;;
    seeds-max-abs) dest=models/seeds; run seeds/hebbian-maxabs-s1 "${curriculum[@]}" --normalization max-abs --seed 1
        dest=models ;;
    seeds-heading) dest=models/seeds
        for s in 1 2 3; do run "seeds/hebbian-heading-s$s" "${curriculum[@]}" --heading --seed "$s"; done
        dest=models ;;
    evaluate-seeds) evaluate_seeds ;;
    *) echo "unknown target $t" >&2; exit 2 ;;
  esac
done
