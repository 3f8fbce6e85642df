#!/usr/bin/env bash
# Cold start time of `./mvnw spring-boot:run` with the data already present (second run).
# usage: bench/startup.sh
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
./mvnw -q -B -DskipTests compile >&2
run_once() {
  local start end log
  log=$(mktemp)
  start=$(date +%s.%N)
  ./mvnw -q -B spring-boot:run -Dspring-boot.run.arguments=--server.port=18081 > "$log" 2>&1 &
  local pid=$!
  until grep -q "Started Preau" "$log"; do sleep 0.2; done
  end=$(date +%s.%N)
  grep -o "Started Preau in [0-9.]* seconds" "$log"
  kill $pid; wait $pid 2>/dev/null || true
  pkill -f "org.preau.Preau" 2>/dev/null || true
  echo "wall time from ./mvnw to started: $(echo "$end - $start" | bc) s"
}
echo "first run (seeds when ./data is new):"; run_once
echo "second run (data present):"; run_once
