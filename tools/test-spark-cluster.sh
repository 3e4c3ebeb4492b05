#!/usr/bin/env bash
# Integration test of the Spark engine on a real standalone cluster (CI runs it after mvn verify):
# starts a master and a worker on 127.0.0.1 with tools/spark-cluster.sh (Spark's jars only, so the
# executors get SahelSim solely as the shipped application jar), then runs a small sweep and a small
# Monte Carlo study on it, through ./sahel --master and through SparkSubmit (what spark-submit runs),
# and compares every result file byte for byte with the local engine's. Exit 0 only if all match.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="$(mktemp -d "${TMPDIR:-/tmp}/sahel-spark-it.XXXXXX")"
cluster="$work/cluster"
started=$(date +%s)
cleanup() {
  tools/spark-cluster.sh stop "$cluster" || true
  if [ "${KEEP:-0}" = 1 ]; then echo "spark-it: files kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# the jars (mvn verify or package built them; ./sahel rebuilds them when sources are newer)
if [ ! -f sim-spark/target/sahelsim-spark.jar ] || [ ! -f sim-spark/target/classpath.txt ]; then
  mvn -B -q -o -DskipTests package -pl sim-spark -am || mvn -B -q -DskipTests package -pl sim-spark -am
fi

echo "spark-it: starting a standalone master and worker on 127.0.0.1"
master="$(tools/spark-cluster.sh start "$cluster")"
echo "spark-it: master $master (ready after $(( $(date +%s) - started )) s)"

scenario="$root/sim-core/src/test/resources/scenarios/test-small.json"
cat > "$work/spec.json" <<EOF
{"scenario": "$scenario", "seed": 11, "days": 25, "design": "sobol", "baseSamples": 4, "replications": 2,
 "parameters": [{"key": "airStrikes.sortieFactor", "range": [0.2, 3]},
                {"key": "recruitment.foreignInflowPerDay", "range": [0, 40]}],
 "outputs": [{"name": "konna_gov", "type": "firstControlDay", "town": "Konna", "side": "government"},
             {"name": "fighters", "type": "metric", "metrics": ["fighters_ANSAR_DINE", "fighters_MUJAO"]},
             {"name": "gao_jihadist", "type": "holds", "town": "Gao", "side": "jihadist"}]}
EOF

fail=0
same() { # label dirA dirB files...
  local label="$1" a="$2" b="$3" f
  shift 3
  for f in "$@"; do
    if ! cmp -s "$a/$f" "$b/$f"; then
      echo "spark-it: FAIL $label: $f differs ($a/$f vs $b/$f)"; fail=1
    fi
  done
  [ "$fail" = 0 ] && echo "spark-it: ok   $label: $* byte-identical"
  return 0
}
timed() { # label command...
  local label="$1" t0
  shift
  t0=$(date +%s)
  if ! "$@" > "$work/$label.log" 2>&1; then
    echo "spark-it: FAIL $label exited non-zero; its output:"; tail -n 30 "$work/$label.log"; exit 1
  fi
  echo "spark-it: $label took $(( $(date +%s) - t0 )) s"
}

sweep_files=(results.csv points.csv sensitivity.json)
run_files=(timeseries.csv towns.csv events.csv events-aggregated.csv fatalities-by-year.csv summary.json map.png)
# the same study compressed and sampled: the gzip members must be byte-identical too (no time stamps)
gz_files=(timeseries.csv.gz towns.csv.gz events.csv.gz events-aggregated.csv.gz fatalities-by-year.csv summary.json map.png)
gz_flags=(--compress gzip --events every:3 --aggregate month:cell)

timed sweep-local ./sahel sweep "$work/spec.json" --threads 2 --out "$work/sweep-local"
timed sweep-cluster ./sahel sweep "$work/spec.json" --engine spark --master "$master" --out "$work/sweep-cluster"
grep -q "\"engine\" : \"spark, master $master" "$work/sweep-cluster/manifest.json" \
  || { echo "spark-it: FAIL the sweep's manifest does not name the cluster"; fail=1; }
same "sweep on the cluster" "$work/sweep-local" "$work/sweep-cluster" "${sweep_files[@]}"

timed run-local ./sahel run "$scenario" --runs 8 --days 30 --seed 5 --threads 2 --out "$work/run-local"
timed run-cluster ./sahel run "$scenario" --runs 8 --days 30 --seed 5 --engine spark --master "$master" --out "$work/run-cluster"
grep -q "\"engine\" : \"spark, master $master" "$work/run-cluster/manifest.json" \
  || { echo "spark-it: FAIL the run's manifest does not name the cluster"; fail=1; }
same "Monte Carlo on the cluster" "$work/run-local" "$work/run-cluster" "${run_files[@]}"

timed run-gz-local ./sahel run "$scenario" --runs 8 --days 30 --seed 5 --threads 2 "${gz_flags[@]}" --out "$work/run-gz-local"
timed run-gz-cluster ./sahel run "$scenario" --runs 8 --days 30 --seed 5 "${gz_flags[@]}" --engine spark --master "$master" --out "$work/run-gz-cluster"
same "gzip Monte Carlo on the cluster" "$work/run-gz-local" "$work/run-gz-cluster" "${gz_files[@]}"

# an ABC-SMC calibration on the cluster: the same particles, weights and figure as on local threads
python3 - "$root/scenarios/calibration/serval-2013.json" "$work/calibration.json" <<'PY'
import json, sys
spec = json.load(open(sys.argv[1]))
spec.pop("$schema", None)
spec["scenario"] = sys.argv[1].rsplit("/", 2)[0] + "/serval-2013.json"
spec.update(population=12, replications=1, generations=2, predictive=4)
json.dump(spec, open(sys.argv[2], "w"), indent=1)
PY
calibration_files=(posterior.csv generations.csv calibration.json posterior.png)
timed calibrate-local ./sahel calibrate "$work/calibration.json" --threads 2 --out "$work/calibrate-local"
timed calibrate-cluster ./sahel calibrate "$work/calibration.json" --engine spark --master "$master" --out "$work/calibrate-cluster"
same "calibration on the cluster" "$work/calibrate-local" "$work/calibrate-cluster" "${calibration_files[@]}"

# what spark-submit does (bin/spark-submit runs this class), with the shaded jar as the application
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"
submit() {
  # shellcheck disable=SC2086
  SPARK_HOME="$cluster/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 \
    java $opens -cp "$cluster/spark-home/jars/*" org.apache.spark.deploy.SparkSubmit --master "$master" \
    --deploy-mode client --class org.sahelsim.cli.SahelCli "$root/sim-spark/target/sahelsim-spark.jar" "$@"
}
timed sweep-submit submit sweep "$work/spec.json" --engine spark --out "$work/sweep-submit"
same "sweep through spark-submit" "$work/sweep-local" "$work/sweep-submit" "${sweep_files[@]}"
timed run-submit submit run "$scenario" --runs 8 --days 30 --seed 5 --engine spark --out "$work/run-submit"
same "Monte Carlo through spark-submit" "$work/run-local" "$work/run-submit" "${run_files[@]}"

echo "spark-it: $( [ "$fail" = 0 ] && echo passed || echo FAILED ) in $(( $(date +%s) - started )) s"
exit "$fail"
