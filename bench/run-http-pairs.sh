#!/usr/bin/env bash
# Issue 4's transport target (2.5x mercurius + graphql-jit) measured in alternating rounds: this host's speed drifts
# by tens of percent within minutes, so the one-after-the-other runs of bench/run-http.sh can land the two servers in
# different weather. Here both servers run at once (an idle one costs nothing) and autocannon loads them in turn,
# the order alternating each round; each round gives one ratio and the median of the ratios is the figure.
# Usage (from anywhere): bench/run-http-pairs.sh [rounds, default 8] [seconds per load, default 5] [connections, default 64] [typed|dictionary] [warm-up s, default 20]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-8}"
seconds="${2:-5}"
connections="${3:-64}"
data="${4:-typed}"
warmup="${5:-20}"
ours_port=5190
theirs_port=5193
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

cd "$root"
[ -d node_modules ] || npm ci --no-audit --no-fund
dotnet build bench/IBok.Benchmarks -c Release -v quiet -nologo >/dev/null
node bench/http/request-body.cjs > "$work/body.json"
bench_dll=bench/IBok.Benchmarks/bin/Release/net10.0/IBok.Benchmarks.dll

dotnet "$bench_dll" http-server "$ours_port" "$data" >/dev/null 2>&1 & pids+=($!)
node bench/http/mercurius-server.cjs "$theirs_port" >/dev/null 2>&1 & pids+=($!)
for port in $ours_port $theirs_port; do
  for _ in $(seq 1 100); do
    curl -s -o "$work/response.json" -X POST -H 'content-type: application/json' --data @"$work/body.json" "http://127.0.0.1:$port/graphql" && break
    sleep 0.2
  done
  node -e 'const a=JSON.parse(require("fs").readFileSync(process.argv[1]));const b=JSON.parse(require("fs").readFileSync(process.argv[2]));
    if (JSON.stringify(a)!==JSON.stringify(b)) { console.error("different response on port " + process.argv[3]); process.exit(1); }' \
    "$work/response.json" bench/graphql-js/expected-result.json "$port"
done

rate() { # port -> requests/s of one load of $seconds
  LOAD_RESULT="$work/load.json" node bench/http/load.cjs "port $1" "http://127.0.0.1:$1/graphql" "$seconds" "$connections" "$work/body.json" >/dev/null
  node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1])); if (r.non2xx) { console.error("failed requests"); process.exit(1); }
    console.log((r.requests/Number(process.argv[2])).toFixed(0))' "$work/load.json" "$seconds"
}

# Warm-up, in the same rounds: tiered JIT on one side, V8's tiers on the other (mercurius keeps gaining for a minute).
for port in $ours_port $theirs_port $ours_port $theirs_port; do
  LOAD_RESULT="$work/load.json" node bench/http/load.cjs "warm-up" "http://127.0.0.1:$port/graphql" "$((warmup / 2))" "$connections" "$work/body.json" >/dev/null
done
echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds of $seconds s per server after $warmup s of warm-up each, $connections connections, iBOK $data data"
echo
echo "| round | iBOK requests/s | mercurius + graphql-jit requests/s | ratio |"
echo "|---:|---:|---:|---:|"
: > "$work/ratios"
for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) -eq 1 ]; then ours=$(rate $ours_port); theirs=$(rate $theirs_port); else theirs=$(rate $theirs_port); ours=$(rate $ours_port); fi
  ratio=$(node -e 'console.log((Number(process.argv[1])/Number(process.argv[2])).toFixed(2))' "$ours" "$theirs")
  echo "$ratio" >> "$work/ratios"
  echo "| $round | $ours | $theirs | ${ratio}x |"
done
echo
node -e 'const r=require("fs").readFileSync(process.argv[1],"utf8").trim().split("\n").map(Number).sort((a,b)=>a-b);
  const m=r.length%2?r[r.length>>1]:(r[r.length/2-1]+r[r.length/2])/2;
  console.log(`median ratio ${m.toFixed(2)}x (lowest ${r[0].toFixed(2)}x, highest ${r[r.length-1].toFixed(2)}x)`)' "$work/ratios"
echo "== done, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
