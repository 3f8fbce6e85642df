#!/usr/bin/env bash
# Requests/s and latency of the logged-in home page, measured with wrk.
# usage: bench/home-wrk.sh [seconds=30] [connections=32] [threads=2]
source "$(dirname "$0")/lib.sh"
SECONDS_=${1:-30}; CONNECTIONS=${2:-32}; THREADS=${3:-2}; PORT=${PORT:-18080}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
DATA=$(mktemp -d /tmp/preau-bench-XXXX)/pg
start_preau "$PORT" "$DATA"
COOKIE=$(login "$PORT" lucas.durand)
[ -n "$COOKIE" ] || { echo "login failed" >&2; exit 1; }
curl -s -o /dev/null -w "warm-up: %{http_code}\n" -H "Cookie: $COOKIE" "http://localhost:$PORT/"
COOKIE="$COOKIE" wrk -t"$THREADS" -c"$CONNECTIONS" -d"10s" -s "$ROOT/bench/wrk-report.lua" "http://localhost:$PORT/" >/dev/null
echo "home page, logged in as lucas.durand, ${SECONDS_}s, $CONNECTIONS connections, $THREADS wrk threads:"
COOKIE="$COOKIE" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_}s" -s "$ROOT/bench/wrk-report.lua" "http://localhost:$PORT/" \
  | sed -n '/^requests:/,$p'
