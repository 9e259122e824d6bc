#!/usr/bin/env bash
# The transport benchmark (issue 4, "How fast" 1): the engine benchmark's schema, data and operation served over
# HTTP by iBOK's GraphQL transport (typed and dictionary data) and by fastify + mercurius with graphql-jit, one
# after the other on loopback in the same run, each loaded by autocannon with 64 connections.
# The ceiling (a minimal Kestrel endpoint answering with a fixed body of the same size) runs in the same run too.
# Usage (from anywhere): bench/run-http.sh [seconds per measurement, default 10] [connections, default 64] [warm-up seconds, default 5]
# Below the table: server CPU µs per request (from /proc, all four servers) and, for the .NET servers, KB allocated
# per request and garbage collections (bench/IBok.Benchmarks/ServerCounters.cs): the figures to compare on a busy machine.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-10}"
connections="${2:-64}"
warmup="${3:-5}"
port=5190
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

cd "$root"
[ -d node_modules ] || npm ci --no-audit --no-fund
dotnet build bench/IBok.Benchmarks -c Release -v quiet -nologo >/dev/null
node bench/http/request-body.cjs > "$work/body.json"
: > "$work/notes.txt"
bench_dll=bench/IBok.Benchmarks/bin/Release/net10.0/IBok.Benchmarks.dll

wait_for_port() {
  for _ in $(seq 1 100); do
    curl -s -o /dev/null -X POST -H 'content-type: application/json' --data @"$work/body.json" "http://127.0.0.1:$1/graphql" && return 0
    sleep 0.2
  done
  echo "server on port $1 did not start" >&2
  return 1
}

# User+system CPU clock ticks the server process has used so far (its threads included).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

measure() { # label, counters (yes: an IBok.Benchmarks server answering /bench-counters), command...
  local label="$1" counters="$2"; shift 2
  "$@" >/dev/null 2>&1 &
  server_pid=$!
  wait_for_port "$port"
  # The response must be the engine benchmark's expected result (same data on both sides).
  curl -s -X POST -H 'content-type: application/json' --data @"$work/body.json" "http://127.0.0.1:$port/graphql" > "$work/response.json"
  node -e 'const a=JSON.parse(require("fs").readFileSync(process.argv[1]));const b=JSON.parse(require("fs").readFileSync(process.argv[2]));
    if (JSON.stringify(a)!==JSON.stringify(b)) { console.error("different response from " + process.argv[3]); process.exit(1); }' \
    "$work/response.json" bench/graphql-js/expected-result.json "$label"
  node bench/http/load.cjs "$label (warm-up)" "http://127.0.0.1:$port/graphql" "$warmup" "$connections" "$work/body.json" >/dev/null
  local cpu_before; cpu_before=$(cpu_ticks "$server_pid")
  [ "$counters" = yes ] && curl -s "http://127.0.0.1:$port/bench-counters" > "$work/before.json"
  LOAD_RESULT="$work/load.json" node bench/http/load.cjs "$label" "http://127.0.0.1:$port/graphql" "$seconds" "$connections" "$work/body.json"
  local cpu_after; cpu_after=$(cpu_ticks "$server_pid")
  [ "$counters" = yes ] && curl -s "http://127.0.0.1:$port/bench-counters" > "$work/after.json" \
    && node bench/http/counters.cjs "$work/before.json" "$work/after.json" >> "$work/notes.txt"
  node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1]));
    console.log(`${process.argv[2]}: ${(Number(process.argv[3])*1e6/Number(process.argv[4])/r.requests).toFixed(1)} server CPU µs/request (user+system, /proc)`)' \
    "$work/load.json" "$label" "$((cpu_after - cpu_before))" "$(getconf CLK_TCK)" >> "$work/notes.txt"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
}

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg); node $(node --version); $connections connections, $seconds s each after a $warmup s warm-up"
echo
echo "| server | requests/s | p50 ms | p99 ms | KiB/s | requests | non-2xx/errors |"
echo "|---|---:|---:|---:|---:|---:|---:|"
measure "iBOK transport, typed data" yes dotnet "$bench_dll" http-server "$port" typed
# The ceiling answers every POST with the bytes the iBOK server just gave: what Kestrel alone does on this machine.
cp "$work/response.json" "$work/ceiling-body.json"
measure "Kestrel ceiling (fixed body of the same size)" yes dotnet "$bench_dll" http-ceiling "$port" "$work/ceiling-body.json"
measure "iBOK transport, dictionary data" yes dotnet "$bench_dll" http-server "$port" dictionary
measure "mercurius + graphql-jit" no node bench/http/mercurius-server.cjs "$port"
echo
cat "$work/notes.txt"
echo
echo "== done, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
