#!/usr/bin/env bash
# Per-request cost of logged-in pages against the anonymous login page, measured side by side in
# one run (issue 19: /api/v1/me >= 50 % of the login page's requests/s, the pupil's home >= 25 %,
# p99 < 300 ms at 32 connections).
# usage: bench/side-by-side.sh [seconds=20] [connections=32] [user=lucas.durand]
source "$(dirname "$0")/lib.sh"
SECONDS_=${1:-20}; CONNECTIONS=${2:-32}; USER_=${3:-lucas.durand}; PORT=${PORT:-18080}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
DATA=$(mktemp -d /tmp/preau-bench-XXXX)/pg
start_preau "$PORT" "$DATA"
COOKIE=$(login "$PORT" "$USER_")
[ -n "$COOKIE" ] || { echo "login failed" >&2; exit 1; }

# cpu_ticks -> CPU ticks used so far by Préau's JVM and its PostgreSQL (postmaster and backends)
cpu_ticks() {
  local pids=("$PREAU_PID") postmaster
  postmaster=$(head -1 "$DATA/postmaster.pid" 2>/dev/null || true)
  [ -n "$postmaster" ] && pids+=("$postmaster" $(pgrep -P "$postmaster" || true))
  for pid in "${pids[@]}"; do awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat" 2>/dev/null || true; done \
    | awk '{ total += $1 } END { print total }'
}
TICK_MS=$(awk -v hz="$(getconf CLK_TCK)" 'BEGIN { print 1000 / hz }')

# run NAME PATH COOKIE -> prints "NAME requests/s p50 p99 errors" after a 5 s warm-up
run() {
  local name=$1 path=$2 cookie=$3 out accept=text/html
  [[ $path == /api/* ]] && accept=application/json
  export ACCEPT=$accept
  COOKIE="$cookie" wrk -t2 -c"$CONNECTIONS" -d5s -s "$ROOT/bench/wrk-report.lua" "http://localhost:$PORT$path" >/dev/null
  local before after
  before=$(cpu_ticks)
  out=$(COOKIE="$cookie" wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_}s" -s "$ROOT/bench/wrk-report.lua" "http://localhost:$PORT$path")
  after=$(cpu_ticks)
  local rps p50 p99 errors requests cpu
  rps=$(sed -n 's/^requests\/s: //p' <<<"$out")
  p50=$(sed -n 's/^p50 latency: //p' <<<"$out")
  p99=$(sed -n 's/^p99 latency: //p' <<<"$out")
  errors=$(sed -n 's/^requests: .*errors: \(.*\)$/\1/p' <<<"$out")
  requests=$(sed -n 's/^requests: \([0-9]*\) .*/\1/p' <<<"$out")
  cpu=$(awk -v t=$((after - before)) -v ms="$TICK_MS" -v n="$requests" 'BEGIN { printf "%.2f", t * ms / n }')
  printf '%-24s %8s req/s  %5s ms CPU/request  p50 %9s  p99 %9s  errors %s\n' "$name" "$rps" "$cpu" "$p50" "$p99" "$errors" >&2
  echo "$rps $cpu"
}

echo "side by side, ${SECONDS_}s each, $CONNECTIONS connections, logged in as $USER_:" >&2
read -r LOGIN LOGIN_CPU < <(run "anonymous /login" /login "")
read -r ME ME_CPU < <(run "logged-in /api/v1/me" /api/v1/me "$COOKIE")
read -r HOME_ HOME_CPU < <(run "logged-in home /" / "$COOKIE")
# the throughput ratios are the targets; the CPU ratios say the same when other work shares the machine
awk -v l="$LOGIN" -v m="$ME" -v h="$HOME_" -v lc="$LOGIN_CPU" -v mc="$ME_CPU" -v hc="$HOME_CPU" 'BEGIN {
  printf "/api/v1/me vs login: %.0f %% of its requests/s (target >= 50 %%), %.0f %% of its CPU per request inverted\n", 100 * m / l, 100 * lc / mc
  printf "home vs login:       %.0f %% of its requests/s (target >= 25 %%), %.0f %% of its CPU per request inverted\n", 100 * h / l, 100 * lc / hc }'
