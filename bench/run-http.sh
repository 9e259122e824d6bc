#!/usr/bin/env bash
# The transport benchmark (issue 4, "How fast" 1): the engine benchmark's schema, data and operation served over
# HTTP by iBOK's GraphQL transport (typed and dictionary data) and by fastify + mercurius with graphql-jit, one
# after the other on loopback in the same run, each loaded by autocannon with 64 connections.
# Usage (from anywhere): bench/run-http.sh [seconds per measurement, default 10] [connections, default 64]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-10}"
connections="${2:-64}"
port=5190
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

cd "$root"
[ -d node_modules ] || npm ci --no-audit --no-fund
dotnet build bench/IBok.Benchmarks -c Release -v quiet -nologo >/dev/null
node bench/http/request-body.cjs > "$work/body.json"
bench_dll=bench/IBok.Benchmarks/bin/Release/net10.0/IBok.Benchmarks.dll

wait_for_port() {
  for _ in $(seq 1 100); do
    curl -s -o /dev/null -X POST -H 'content-type: application/json' --data @"$work/body.json" "http://127.0.0.1:$1/graphql" && return 0
    sleep 0.2
  done
  echo "server on port $1 did not start" >&2
  return 1
}

measure() { # label, command...
  local label="$1"; shift
  "$@" >/dev/null 2>&1 &
  server_pid=$!
  wait_for_port "$port"
  # The response must be the engine benchmark's expected result (same data on both sides).
  curl -s -X POST -H 'content-type: application/json' --data @"$work/body.json" "http://127.0.0.1:$port/graphql" > "$work/response.json"
  node -e 'const a=JSON.parse(require("fs").readFileSync(process.argv[1]));const b=JSON.parse(require("fs").readFileSync(process.argv[2]));
    if (JSON.stringify(a)!==JSON.stringify(b)) { console.error("different response from " + process.argv[3]); process.exit(1); }' \
    "$work/response.json" bench/graphql-js/expected-result.json "$label"
  node bench/http/load.cjs "$label (warm-up)" "http://127.0.0.1:$port/graphql" 3 "$connections" "$work/body.json" >/dev/null
  node bench/http/load.cjs "$label" "http://127.0.0.1:$port/graphql" "$seconds" "$connections" "$work/body.json"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
}

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg); node $(node --version); $connections connections, $seconds s each after a 3 s warm-up"
echo
echo "| server | requests/s | p50 ms | p99 ms | KiB/s | requests | non-2xx/errors |"
echo "|---|---:|---:|---:|---:|---:|---:|"
measure "iBOK transport, typed data" dotnet "$bench_dll" http-server "$port" typed
measure "iBOK transport, dictionary data" dotnet "$bench_dll" http-server "$port" dictionary
measure "mercurius + graphql-jit" node bench/http/mercurius-server.cjs "$port"
echo
echo "== done, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
