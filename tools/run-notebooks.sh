#!/usr/bin/env bash
# Runs SahelSim to produce inputs for the notebooks in notebooks/ and executes every notebook
# headless. A failing cell (or a failing run) makes the script exit non-zero.
#
#   tools/run-notebooks.sh          small inputs (CI): results and executed copies go to a
#                                   temporary folder; the committed notebooks are not touched
#   tools/run-notebooks.sh --full   full-size inputs in results/notebooks/; the executed notebooks
#                                   replace the committed ones and figures go to notebooks/figures/
#
# Environment: SAHEL_NOTEBOOK_WORK (CI work folder, default a new mktemp folder),
# SAHEL_NOTEBOOK_RUNS (runs per scenario), SAHEL_NOTEBOOK_LONGWAR_RUNS (runs of the 3,500-day long
# war: 4 in CI, 40 in --full), SAHEL_NOTEBOOK_KEEP=1 keeps the CI work folder.
# The notebook stack is Debian's, for /usr/bin/python3:
#   apt-get install -y --no-install-recommends python3-nbclient python3-nbconvert \
#       python3-ipykernel python3-pandas python3-matplotlib
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
PY=/usr/bin/python3
mode=ci
case "${1:-}" in
  "") ;;
  --full) mode=full ;;
  -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
  *) echo "run-notebooks: unknown argument '$1' (expected --full or nothing)" >&2; exit 2 ;;
esac

if ! "$PY" -c 'import nbconvert, nbclient, ipykernel, pandas, matplotlib' 2>/dev/null; then
  echo "run-notebooks: $PY lacks the notebook stack; install python3-nbclient python3-nbconvert" \
       "python3-ipykernel python3-pandas python3-matplotlib" >&2
  exit 1
fi

seed=20130111
if [ "$mode" = full ]; then
  work="$root/results/notebooks"
  runs="${SAHEL_NOTEBOOK_RUNS:-200}"
  base_samples=""            # the example sweep as shipped
  replications=""
  figures="$root/notebooks/figures"
else
  work="${SAHEL_NOTEBOOK_WORK:-$(mktemp -d /tmp/sahel-notebooks.XXXXXX)}"
  runs="${SAHEL_NOTEBOOK_RUNS:-20}"
  base_samples=4              # 4 x (3 + 2) points x 2 replications = 40 runs
  replications=2
  figures="$work/figures"
  if [ "${SAHEL_NOTEBOOK_KEEP:-0}" != 1 ] && [ -z "${SAHEL_NOTEBOOK_WORK:-}" ]; then
    trap 'rm -rf "$work"' EXIT
  fi
fi
mkdir -p "$work/runs" "$figures"
echo "run-notebooks: $mode mode, $runs runs per scenario, work folder $work" >&2

# --- inputs: scenarios of 2013 (they share a start date, so the comparison is by date) ----------
studies=()
for s in serval-2013 no-intervention-2013 early-withdrawal-2013 tuareg-inclusion-2013; do
  [ -f "scenarios/$s.json" ] && studies+=("$s")
done
if [ ! -f scenarios/serval-2013.json ]; then
  echo "run-notebooks: scenarios/serval-2013.json is missing; the historical replay needs it" >&2
  exit 1
fi
[ "${#studies[@]}" -gt 3 ] && studies=("${studies[@]:0:3}")
for s in "${studies[@]}"; do
  echo "run-notebooks: sahel run $s --runs $runs" >&2
  # --events all: the notebooks count events per run over every run (the default keeps runs 0..99)
  ./sahel run "scenarios/$s.json" --runs "$runs" --seed "$seed" --events all --out "$work/runs/$s" --force >/dev/null
done
if [ "${#studies[@]}" -lt 2 ]; then
  # only one shipped scenario: compare it with a counterfactual of its own, without air strikes
  echo "run-notebooks: sahel run serval-2013 --set airStrikes.sortieFactor=0 --runs $runs" >&2
  ./sahel run scenarios/serval-2013.json --runs "$runs" --seed "$seed" --set airStrikes.sortieFactor=0 --events all \
      --out "$work/runs/serval-2013-no-air-strikes" --force >/dev/null
fi

# --- the long war, 2013-2022 (about 3,500 days a run, so fewer runs) -------------------------------
if [ "$mode" = full ]; then
  longwar_runs="${SAHEL_NOTEBOOK_LONGWAR_RUNS:-40}"
else
  longwar_runs="${SAHEL_NOTEBOOK_LONGWAR_RUNS:-4}"
fi
if [ -f scenarios/long-war-2013-2022.json ]; then
  echo "run-notebooks: sahel run long-war-2013-2022 --runs $longwar_runs" >&2
  ./sahel run scenarios/long-war-2013-2022.json --runs "$longwar_runs" --seed "$seed" \
      --out "$work/runs-long/long-war-2013-2022" --force >/dev/null
fi

# --- a paired comparison (sahel compare): France's intervention, or its air strikes -------------
if [ -f scenarios/no-intervention-2013.json ]; then
  compare=(scenarios/serval-2013.json scenarios/no-intervention-2013.json)
else
  compare=(scenarios/serval-2013.json scenarios/serval-2013.json --set-variant airStrikes.sortieFactor=0)
fi
echo "run-notebooks: sahel compare ${compare[*]} --runs $runs" >&2
./sahel compare "${compare[@]}" --runs "$runs" --seed "$seed" --out "$work/compare" --force >/dev/null

# --- a small Sobol sweep: the example spec, shrunk in CI --------------------------------------
spec="$work/sweep-spec.json"
"$PY" - "$root/scenarios/sweeps/kidal-air-redoubt.json" "$spec" "$base_samples" "$replications" <<'EOF'
import json, os, sys
src, dst, base, reps = sys.argv[1:5]
spec = json.load(open(src, encoding="utf-8"))
spec.pop("$schema", None)
spec["scenario"] = os.path.normpath(os.path.join(os.path.dirname(src), spec["scenario"]))
if base:
    spec["baseSamples"] = int(base)
if reps:
    spec["replications"] = int(reps)
json.dump(spec, open(dst, "w", encoding="utf-8"), indent=2)
EOF
echo "run-notebooks: sahel sweep ($(grep -o '"baseSamples": [0-9]*' "$spec"), $(grep -o '"replications": [0-9]*' "$spec"))" >&2
./sahel sweep "$spec" --out "$work/sweep" --force >/dev/null

# --- execute every notebook --------------------------------------------------------------------
export SAHEL_RUNS="$work/runs"
export SAHEL_SERVAL="$work/runs/serval-2013"
export SAHEL_SWEEP="$work/sweep"
export SAHEL_COMPARE="$work/compare"
export SAHEL_LONGWAR="$work/runs-long/long-war-2013-2022"
export SAHEL_FIGURES="$figures"
export PYDEVD_DISABLE_FILE_VALIDATION=1
failed=()
for nb in notebooks/*.ipynb; do
  start=$(date +%s)
  if [ "$mode" = full ]; then
    out=(--inplace)
  else
    out=(--output-dir "$work/executed")
  fi
  if "$PY" -Xfrozen_modules=off -m nbconvert --to notebook --execute \
       --ExecutePreprocessor.timeout=900 "${out[@]}" "$nb" 2>"$work/nbconvert.log"; then
    echo "run-notebooks: ok     $nb ($(( $(date +%s) - start )) s)" >&2
  else
    echo "run-notebooks: FAILED $nb" >&2
    grep -v '^\s*$' "$work/nbconvert.log" | tail -25 >&2
    failed+=("$nb")
  fi
done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "run-notebooks: ${#failed[@]} notebook(s) failed: ${failed[*]}" >&2
  exit 1
fi
echo "run-notebooks: all notebooks ran; figures in $figures" >&2
