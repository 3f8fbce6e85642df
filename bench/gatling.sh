#!/usr/bin/env bash
# HTTP load benchmarks with Gatling against Préau on a generated territory (not part of verify).
# usage: bench/gatling.sh SIMULATION [gatling system properties...]
#   bench/gatling.sh LoginBurstSimulation
#   bench/gatling.sh CredentialStuffingSimulation -Dseconds=60
# Préau (org.preau.bench.BenchPreau, a separate JVM) runs on port 18080 with its data in
# target/bench/db: the first run imports the generated territory (PERSONS, default 50000).
# Gatling's report lands in target/gatling/; the summary is printed at the end.
source "$(dirname "$0")/lib.sh"
SIMULATION=${1:?simulation class, e.g. LoginBurstSimulation}; shift
PORT=${PORT:-18080}; PERSONS=${PERSONS:-50000}; HEAP=${HEAP:-1g}
cd "$ROOT"
./mvnw -q -B -Pgatling -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test >&2
mkdir -p target/bench
"$JAVA" -Xmx"$HEAP" -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" org.preau.bench.BenchPreau \
  --server.port="$PORT" --preau.embedded-db.data-dir=target/bench/db --preau.embedded-db.port=0 \
  --preau.bench.persons="$PERSONS" --preau.embedded-db.pool-size=20 > target/bench/preau.log 2>&1 &
PREAU_PID=$!
trap 'kill $PREAU_PID 2>/dev/null || true; wait $PREAU_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1 && [ -s target/bench/logins-STUDENT.csv ] \
    && grep -q "Bench password set" target/bench/preau.log && break
  kill -0 $PREAU_PID 2>/dev/null || { echo "Préau stopped, see target/bench/preau.log" >&2; exit 1; }
  sleep 1
done
echo "Préau ready: $(grep -o 'Bench territory.*\|Bench password.*' target/bench/preau.log | tr '\n' ' ')"
./mvnw -q -B -Pgatling gatling:test -Dgatling.simulationClass="org.preau.bench.gatling.$SIMULATION" \
  -Dpreau.url="http://localhost:$PORT" "$@" || STATUS=$?
echo "Préau heap after the run: $(jcmd $PREAU_PID GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1)"
exit ${STATUS:-0}
