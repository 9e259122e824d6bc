#!/usr/bin/env bash
# CPU µs, KB allocated and GCs per request of one IBok.Benchmarks http-server build under autocannon load: the
# load-independent figures for A/B runs of two builds on a busy machine (run the builds alternately).
# Not a requests/s benchmark (that is bench/run-http.sh, on a quiet machine).
# Usage: bench/http/server-counters.sh <IBok.Benchmarks.dll> <typed|dictionary> <warm-up s> <seconds> <rounds> [VAR=value ...]
#   VAR=value  environment for the server, e.g. DOTNET_GCDynamicAdaptationMode=1 to try a GC setting.
set -uo pipefail
dll="$1"; shape="$2"; warm="$3"; secs="$4"; rounds="$5"; shift 5
root="$(cd "$(dirname "$0")/../.." && pwd)"
port=${PORT:-5291}
work=$(mktemp -d)
node "$root/bench/http/request-body.cjs" > "$work/body.json"
env "$@" dotnet "$dll" http-server "$port" "$shape" > "$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 150); do
  curl -s -o /dev/null -X POST -H 'content-type: application/json' --data @"$work/body.json" "http://127.0.0.1:$port/graphql" && break
  sleep 0.2
done
node "$root/bench/http/load.cjs" warm-up "http://127.0.0.1:$port/graphql" "$warm" 64 "$work/body.json" > /dev/null
for _ in $(seq 1 "$rounds"); do
  curl -s "http://127.0.0.1:$port/bench-counters" > "$work/before.json"
  node "$root/bench/http/load.cjs" measured "http://127.0.0.1:$port/graphql" "$secs" 64 "$work/body.json" > /dev/null
  curl -s "http://127.0.0.1:$port/bench-counters" > "$work/after.json"
  echo "load $(cut -d' ' -f1 /proc/loadavg) $*: $(node "$root/bench/http/counters.cjs" "$work/before.json" "$work/after.json")"
done
