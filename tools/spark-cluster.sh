#!/usr/bin/env bash
# A Spark standalone cluster on this machine, from the Spark jars in the local Maven repository
# (no Spark distribution needed): one master and one worker, bound to 127.0.0.1 only.
#
#   tools/spark-cluster.sh start [DIR]   start them; prints the master URL (spark://127.0.0.1:PORT)
#   tools/spark-cluster.sh stop [DIR]    stop them (the processes this script started, by pid)
#   tools/spark-cluster.sh status [DIR]  say whether they run, and the master URL
#
# DIR (default: .spark-cluster in the checkout) holds SPARK_HOME (jars/ = Spark's classpath,
# nothing of SahelSim's, so the executors get SahelSim only the way a real cluster does: as the
# application's jar), the logs, the pids and the file master-url.
# Environment: SAHEL_SPARK_WORKER_CORES (default 2), SAHEL_SPARK_WORKER_MEMORY (default 2g).
# Then: ./sahel sweep SPEC --engine spark --master "$(cat DIR/master-url)"
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cmd="${1:-}"
dir="${2:-$root/.spark-cluster}"

usage() { sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# waits until a log says the process is up; prints the matching line
wait_for() { # log pidfile pattern what
  local i
  for i in $(seq 1 120); do
    if grep -q -- "$3" "$1" 2>/dev/null; then grep -m1 -- "$3" "$1"; return 0; fi
    if ! alive "$2"; then echo "spark-cluster: the $4 exited; its log: $1" >&2; tail -n 20 "$1" >&2; return 1; fi
    sleep 0.5
  done
  echo "spark-cluster: the $4 did not start within 60 s; its log: $1" >&2
  return 1
}

stop() {
  local p
  for p in worker master; do
    if alive "$dir/$p.pid"; then
      kill "$(cat "$dir/$p.pid")" 2>/dev/null || true
      for _ in $(seq 1 40); do alive "$dir/$p.pid" || break; sleep 0.25; done
      alive "$dir/$p.pid" && kill -9 "$(cat "$dir/$p.pid")" 2>/dev/null || true
    fi
    rm -f "$dir/$p.pid"
  done
  rm -f "$dir/master-url"
}

case "$cmd" in
  start)
    mkdir -p "$dir/logs" "$dir/work" "$dir/spark-home/jars"
    dir="$(cd "$dir" && pwd)"
    if alive "$dir/master.pid" || alive "$dir/worker.pid"; then
      echo "spark-cluster: already running in $dir (master $(cat "$dir/master-url" 2>/dev/null)); stop it first" >&2
      exit 1
    fi
    # Spark's classpath: spark-core 4.0.1 and its dependencies, as a distribution's jars/ holds them
    cp_file="$dir/spark-classpath.txt"
    if [ ! -s "$cp_file" ] || [ "$root/tools/spark-cluster/pom.xml" -nt "$cp_file" ]; then
      offline=-o
      mvn -B -q $offline -f "$root/tools/spark-cluster/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null 2>&1 \
        || mvn -B -q -f "$root/tools/spark-cluster/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2
    fi
    rm -f "$dir/spark-home/jars/"*.jar
    tr ':' '\n' < "$cp_file" | while read -r jar; do [ -n "$jar" ] && ln -s "$jar" "$dir/spark-home/jars/"; done
    export SPARK_HOME="$dir/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOG_DIR="$dir/logs"
    # the Java 17 module openings spark-class adds (Spark's JavaModuleOptions)
    opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"
    cp="$SPARK_HOME/jars/*"
    # port 0: the master takes a free port and logs it; no web UI port is fixed either
    # shellcheck disable=SC2086
    nohup java -Xmx256m $opens -cp "$cp" org.apache.spark.deploy.master.Master \
      --host 127.0.0.1 --port 0 --webui-port 0 > "$dir/logs/master.log" 2>&1 &
    echo $! > "$dir/master.pid"
    line="$(wait_for "$dir/logs/master.log" "$dir/master.pid" "Starting Spark master at spark://" master)" || { stop; exit 1; }
    url="spark://${line##*spark://}"
    url="${url%%[[:space:]]*}"
    # shellcheck disable=SC2086
    nohup java -Xmx256m $opens -cp "$cp" org.apache.spark.deploy.worker.Worker \
      --host 127.0.0.1 --port 0 --webui-port 0 --cores "${SAHEL_SPARK_WORKER_CORES:-2}" \
      --memory "${SAHEL_SPARK_WORKER_MEMORY:-2g}" --work-dir "$dir/work" "$url" > "$dir/logs/worker.log" 2>&1 &
    echo $! > "$dir/worker.pid"
    wait_for "$dir/logs/worker.log" "$dir/worker.pid" "Successfully registered with master" worker >/dev/null || { stop; exit 1; }
    echo "$url" > "$dir/master-url"
    echo "$url"
    ;;
  stop)
    [ -d "$dir" ] && stop
    ;;
  status)
    if alive "$dir/master.pid" && alive "$dir/worker.pid"; then
      echo "running: master $(cat "$dir/master-url" 2>/dev/null), pids $(cat "$dir/master.pid") $(cat "$dir/worker.pid")"
    else
      echo "not running"; exit 1
    fi
    ;;
  *) usage ;;
esac
