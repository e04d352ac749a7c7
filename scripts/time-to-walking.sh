#!/usr/bin/env bash
# Time to a walking Ant from a clean start (issue 17): runs `hebbian evolve` for at most SECONDS of wall clock
# on seeds 1..3 and prints, per seed, the generation and wall-clock second at which the best candidate first
# passed 10 m per 500-step episode, and the best distance reached by 240 s. Run it on an idle machine.
#   scripts/time-to-walking.sh OUT_DIR [SECONDS] [extra evolve flags...]
# e.g. scripts/time-to-walking.sh runs/ttw 290 --substeps 2
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: scripts/time-to-walking.sh OUT_DIR [SECONDS] [evolve flags...]}"
seconds="${2:-290}"
shift $(( $# >= 2 ? 2 : 1 ))
"$root/hebbian" --version > /dev/null   # builds the jar once, outside the timed runs
mkdir -p "$out"
for seed in 1 2 3; do
  run="$out/s$seed"
  if [ -e "$run" ]; then
    echo "$run exists: remove it to rerun seed $seed" >&2
  else
    # the timeout ends the run; its log.csv keeps every finished generation
    timeout "$seconds" "$root/hebbian" evolve --out "$run" --seed "$seed" --quiet "$@" > "$out/s$seed.out" 2>&1 || true
  fi
  python3 - "$run/log.csv" "$seed" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
t, best, hit, at240 = 0.0, float("-inf"), None, None
for r in rows:
    t += float(r["seconds"])
    best = max(best, float(r["best"]))
    if hit is None and float(r["best"]) >= 10:
        hit = (int(r["generation"]), t)
    if t <= 240:
        at240 = best
print(f"seed {sys.argv[2]}: {len(rows)} generations in {t:.0f} s; best by 240 s: "
      + (f"{at240:.2f} m" if at240 is not None else "-")
      + "; best >= 10 m: " + (f"generation {hit[0]} at {hit[1]:.0f} s" if hit else "not reached"))
PY
done
