# Shared helpers of the benchmark scripts.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

build_jar() {
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package) >&2
  ls "$ROOT"/target/preau-*.jar | grep -v original | head -1
}

# start_preau PORT DATA_DIR -> starts the jar in the background, waits until it answers
start_preau() {
  local port=$1 data=$2 jar
  jar=$(build_jar)
  "$JAVA" -jar "$jar" --server.port="$port" --preau.embedded-db.data-dir="$data" --preau.embedded-db.port=0 \
    > "$data.log" 2>&1 &
  PREAU_PID=$!
  trap 'kill $PREAU_PID 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "Préau did not start, see $data.log" >&2
  return 1
}

# login PORT USER -> prints the Cookie header value of a logged-in session
login() {
  local port=$1 user=$2 jar token
  jar=$(mktemp)
  token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$port/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -c "$jar" -b "$jar" -o /dev/null -X POST "http://localhost:$port/login" \
    --data-urlencode "username=$user" --data-urlencode "password=Preau-Demo-2026!" --data-urlencode "_csrf=$token"
  awk '$6 == "SESSION" { print "SESSION=" $7 }' "$jar"
  rm -f "$jar"
}
