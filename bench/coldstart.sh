#!/usr/bin/env bash
# A node that has just started serves the morning (issue 17): start-up time to readiness, with and
# without the JDK 25 AOT cache, then a school's login burst sent the moment readiness is UP.
# usage: bench/coldstart.sh [runs]   (default 3 measured restarts)
# Préau runs as bench/gatling.sh runs it (org.preau.bench.BenchPreau, generated territory in
# target/bench/db, port 18080), but from jars only: an AOT cache holds classes loaded from jars.
# 1. builds, and jars target/classes and target/test-classes into target/coldstart/;
# 2. a training run writes the AOT cache (-XX:AOTCacheOutput) while the node starts and
#    runs its warm-up, then stops;
# 3. each measured run restarts the node (with the cache, then without) and prints the seconds from
#    the JVM's launch to readiness UP; with the cache, Gatling's ColdStartSimulation waits for
#    readiness, sends 7 wrong passwords from one address, then 300 logins at 20/s from it.
source "$(dirname "$0")/lib.sh"
RUNS=${1:-3}; PORT=${PORT:-18080}; PERSONS=${PERSONS:-50000}
cd "$ROOT"
./mvnw -q -B -Pgatling -DskipTests process-test-classes dependency:build-classpath \
  -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test >&2
OUT=target/coldstart; mkdir -p "$OUT"
"${JAVA_HOME:+$JAVA_HOME/bin/}jar" cf "$OUT/preau-classes.jar" -C target/classes .
"${JAVA_HOME:+$JAVA_HOME/bin/}jar" cf "$OUT/preau-test-classes.jar" -C target/test-classes .
CP="$OUT/preau-test-classes.jar:$OUT/preau-classes.jar:$(cat target/bench/classpath.txt)"
ARGS=(--server.port="$PORT" --preau.embedded-db.data-dir=target/bench/db --preau.embedded-db.port=0
      --preau.bench.persons="$PERSONS" --preau.embedded-db.pool-size=20)

# start_node LOG [JVM options...] -> PREAU_PID; the node's launch time in LAUNCHED
start_node() {
  local log=$1; shift
  LAUNCHED=$(date +%s.%N)
  "$JAVA" -Xmx1g "$@" -cp "$CP" org.preau.bench.BenchPreau "${ARGS[@]}" > "$log" 2>&1 &
  PREAU_PID=$!
}
wait_ready() {
  for _ in $(seq 1 6000); do
    curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1 && { echo "$(date +%s.%N) - $LAUNCHED" | bc; return 0; }
    kill -0 "$PREAU_PID" 2>/dev/null || { echo "Préau stopped" >&2; return 1; }
    sleep 0.05
  done
}
stop_node() { kill "$PREAU_PID" 2>/dev/null || true; wait "$PREAU_PID" 2>/dev/null || true; }
trap stop_node EXIT

if [ ! -f target/bench/db/generation-2 ]; then
  echo "first start: importing the generated territory (several minutes)"
  start_node "$OUT/first.log"; wait_ready >/dev/null; stop_node
  touch target/bench/db/generation-2
fi

echo "training run: writing the AOT cache"
rm -f "$OUT/preau.aot"
start_node "$OUT/training.log" -XX:AOTCacheOutput="$OUT/preau.aot"
wait_ready >/dev/null
stop_node
ls -l "$OUT/preau.aot"

for run in $(seq 1 "$RUNS"); do
  start_node "$OUT/run-$run-noaot.log"
  echo "run $run without the AOT cache: ready after $(wait_ready) s ($(grep -o 'Warmed up in [0-9]* ms' "$OUT/run-$run-noaot.log"))"
  stop_node
  # Gatling's JVM starts first and polls: its start-up must not share the node's first seconds
  ./mvnw -q -B -Pgatling gatling:test -Dgatling.simulationClass=org.preau.bench.gatling.ColdStartSimulation \
    -Dpreau.url="http://localhost:$PORT" > "$OUT/gatling-$run.log" 2>&1 &
  GATLING=$!
  until grep -q "Waiting for readiness" "$OUT/gatling-$run.log"; do sleep 0.2; done
  start_node "$OUT/run-$run.log" -XX:AOTCache="$OUT/preau.aot"
  echo "run $run with the AOT cache: ready after $(wait_ready) s ($(grep -o 'Warmed up in [0-9]* ms' "$OUT/run-$run.log"))"
  wait $GATLING || true
  grep -aE "Readiness UP|> school login|> Global|found|percentile|mean" "$OUT/gatling-$run.log" | tail -24 || true
  stop_node
done
