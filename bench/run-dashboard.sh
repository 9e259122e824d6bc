#!/usr/bin/env bash
# The real-path load benchmark (issue 4, "How fast" 2): the customer dashboard query (profile, premises, meters with
# last reading, last 12 invoices, balance, unread notices) served by the iBOK server (src/IBok.Web, Release) from a
# demo SQLite database, each request signed in as a customer drawn at random from a few hundred, beside the ceiling
# of the same machine in the same run: a minimal Kestrel endpoint answering a fixed JSON body of the same size
# (IBok.Benchmarks http-ceiling). Both loaded by autocannon on loopback.
#
# Usage (from anywhere): bench/run-dashboard.sh [database file] [customers] [seconds] [connections] [accounts] [warm-up s]
#   database file  default data/dashboard-bench.db; seeded with `demo-seed --customers <customers>` when missing
#   customers      default 100000 (seeding 100,000 takes 5-9 minutes here; 20,000 about a fifth)
#   seconds        per measurement, default 10; connections default 64; accounts (signed-in customers) default 500;
#   warm-up        seconds of load before each measurement, default 10
# The customers get ordinary confirmed accounts with a known password (IBok.Benchmarks dashboard-accounts, written to
# this benchmark's database only) and sign in through the signIn mutation for bearer tokens: the server runs exactly
# as in production. Below the table: server CPU µs per request (/proc) and response sizes.
# COLD_CACHE=1 runs the server with CustomerReadCache:SizeLimit=0 (the cold-cache variant: no request is served
# from the process-wide read cache, so every dashboard reads its rows from the database); the table's label says so.
# ROUNDS=n runs both servers side by side instead and loads them in n alternating rounds (the order swapped each
# round): one share of the ceiling per round, and their median (the host's speed drifts by half between runs here).
# PERF_RECORD=file also samples the server with `perf record -g` (JIT symbols through DOTNET_PerfMapEnabled) during the
# dashboard measurement, for `perf report -i file`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
database="${1:-$root/data/dashboard-bench.db}"
customers="${2:-100000}"
seconds="${3:-10}"
connections="${4:-64}"
accounts="${5:-500}"
warmup="${6:-10}"
password="Dashboard-Bench-2026!"
port=5191
cache_label=""
case "${COLD_CACHE:-}" in
  ""|0) ;;
  1) export CustomerReadCache__SizeLimit=0; cache_label=", cold cache" ;;
  *) echo "COLD_CACHE must be 1 (or unset), not '$COLD_CACHE'" >&2; exit 2 ;;
esac
work=$(mktemp -d)
server_pid=""
# The server's log (warnings and errors only) is kept beside the database: failed requests are explained there.
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; cp "$work/server.log" "$database.server.log" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

cd "$root"
[ -d node_modules ] || npm ci --no-audit --no-fund
dotnet build bench/IBok.Benchmarks -c Release -v quiet -nologo >/dev/null
bench_dll=bench/IBok.Benchmarks/bin/Release/net10.0/IBok.Benchmarks.dll
web_dll=src/IBok.Web/bin/Release/net10.0/IBok.Web.dll
mkdir -p "$(dirname "$database")"
if [ ! -f "$database" ]; then
  echo "== seeding $customers customers into $database"
  dotnet "$bench_dll" demo-seed --customers "$customers" --database "$database"
fi
dotnet "$bench_dll" dashboard-accounts --database "$database" --count "$accounts" --password "$password" --logins "$work/logins.txt"
node -e 'process.stdout.write(JSON.stringify({ query: require("fs").readFileSync(process.argv[1], "utf8"), operationName: "Dashboard" }))' \
  bench/http/dashboard.graphql > "$work/body.json"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

wait_for() { # url
  for _ in $(seq 1 300); do
    curl -s -o /dev/null "$1" && return 0
    sleep 0.2
  done
  echo "nothing answers $1" >&2
  return 1
}

load() { # label, then environment for load.cjs
  local label="$1"
  LOAD_TOKENS="${LOAD_TOKENS:-}" node bench/http/load.cjs "$label (warm-up)" "http://127.0.0.1:$port/graphql" "$warmup" "$connections" "$work/body.json" >/dev/null
  local before; before=$(cpu_ticks "$server_pid")
  local perf_pid=""
  if [ -n "${PERF_RECORD:-}" ] && [ -n "${LOAD_TOKENS:-}" ]; then
    perf record -F 999 -g -p "$server_pid" -o "$PERF_RECORD" -- sleep "$seconds" > /dev/null 2>&1 &
    perf_pid=$!
  fi
  LOAD_RESULT="$work/load.json" node bench/http/load.cjs "$label" "http://127.0.0.1:$port/graphql" "$seconds" "$connections" "$work/body.json"
  local after; after=$(cpu_ticks "$server_pid")
  [ -z "$perf_pid" ] || wait "$perf_pid" || true
  node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1]));
    console.log(`${process.argv[2]}: ${(Number(process.argv[3])*1e6/Number(process.argv[4])/r.requests).toFixed(1)} server CPU µs/request (user+system, /proc)`)' \
    "$work/load.json" "$label" "$((after - before))" "$(getconf CLK_TCK)" >> "$work/notes.txt"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
}

: > "$work/notes.txt"
# The daily notice run (a hosted job, 35-50 s over 100,000 customers) is off: it would run inside the measurement.
Delivery__DailyRunEnabled=false DOTNET_PerfMapEnabled="${PERF_RECORD:+1}" DOTNET_EnableWriteXorExecute="${PERF_RECORD:+0}" Database__Provider=sqlite Database__ConnectionString="Data Source=$database" ASPNETCORE_URLS="http://127.0.0.1:$port" \
  ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning dotnet "$web_dll" > "$work/server.log" 2>&1 &
server_pid=$!
wait_for "http://127.0.0.1:$port/health"
# Signing in is deliberately slow (PBKDF2), so the tokens are kept beside the database and reused while they are
# valid (bearer tokens live an hour; the data protection keys persist in the user's profile).
tokens_cache="$database.tokens.json"
if [ -f "$tokens_cache" ] && [ -n "$(find "$tokens_cache" -mmin -45)" ] \
  && [ "$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).length)' "$tokens_cache")" -ge "$accounts" ]; then
  cp "$tokens_cache" "$work/tokens.json"
else
  node bench/http/dashboard-tokens.cjs "http://127.0.0.1:$port/graphql" "$work/logins.txt" "$password" "$work/tokens.json" > /dev/null
  cp "$work/tokens.json" "$tokens_cache"
fi

# Every signed-in customer's dashboard must come back without errors; the ceiling answers with the median-sized one.
node -e '
  const fs = require("fs");
  const [url, tokensFile, bodyFile, out] = process.argv.slice(1);
  const tokens = JSON.parse(fs.readFileSync(tokensFile, "utf8")).slice(0, 25);
  (async () => {
    const bodies = [];
    for (const token of tokens) {
      const response = await fetch(url, { method: "POST", body: fs.readFileSync(bodyFile),
        headers: { "content-type": "application/json", accept: "application/graphql-response+json", authorization: `Bearer ${token}` } });
      const text = await response.text();
      if (response.status !== 200 || text.includes("\"errors\"") || !text.includes("\"customer\":{")) throw new Error(`dashboard failed (${response.status}): ${text}`);
      bodies.push(text);
    }
    bodies.sort((a, b) => a.length - b.length);
    fs.writeFileSync(out, bodies[Math.floor(bodies.length / 2)]);
    console.log(`dashboard responses of ${tokens.length} customers: ${bodies[0].length}-${bodies[bodies.length - 1].length} bytes, ceiling body ${bodies[Math.floor(bodies.length / 2)].length} bytes`);
  })().catch((error) => { console.error(error.message); process.exit(1); });' \
  "http://127.0.0.1:$port/graphql" "$work/tokens.json" "$work/body.json" "$work/ceiling-body.json" >> "$work/notes.txt"

if [ -n "${ROUNDS:-}" ]; then
  # Alternating rounds: both servers run side by side and autocannon loads them in turn, swapping which goes first,
  # so the host's own drift (its speed swings by half here) falls on both sides of each round's ratio.
  ceiling_port=$((port + 1))
  dotnet "$bench_dll" http-ceiling "$ceiling_port" "$work/ceiling-body.json" > /dev/null 2>&1 &
  ceiling_pid=$!
  trap 'kill "$ceiling_pid" 2>/dev/null || true; cleanup' EXIT
  wait_for "http://127.0.0.1:$ceiling_port/bench-counters"
  rate() { # port, tokens file or empty
    LOAD_TOKENS="$2" LOAD_RESULT="$work/load.json" node bench/http/load.cjs "port $1" "http://127.0.0.1:$1/graphql" "$seconds" "$connections" "$work/body.json" > "$work/row.txt"
    node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1])); if (r.non2xx) { console.error("failed requests"); process.exit(1); }
      const p99=require("fs").readFileSync(process.argv[3],"utf8").split("|")[4].trim();
      console.log((r.requests/Number(process.argv[2])).toFixed(0)+" "+p99)' "$work/load.json" "$seconds" "$work/row.txt"
  }
  for _ in 1 2; do
    LOAD_TOKENS="$work/tokens.json" node bench/http/load.cjs "warm-up" "http://127.0.0.1:$port/graphql" "$((warmup / 2))" "$connections" "$work/body.json" > /dev/null
    node bench/http/load.cjs "warm-up" "http://127.0.0.1:$ceiling_port/graphql" "$((warmup / 2))" "$connections" "$work/body.json" > /dev/null
  done
  echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg); database $database, $accounts signed-in customers; $ROUNDS rounds of $seconds s per server after $warmup s of warm-up each, $connections connections$cache_label"
  echo
  echo "| round | iBOK dashboard requests/s | p99 ms | Kestrel ceiling requests/s | share of the ceiling |"
  echo "|---:|---:|---:|---:|---:|"
  : > "$work/shares"
  for round in $(seq 1 "$ROUNDS"); do
    if [ $((round % 2)) -eq 1 ]; then ours=$(rate "$port" "$work/tokens.json"); ceiling=$(rate "$ceiling_port" ""); else ceiling=$(rate "$ceiling_port" ""); ours=$(rate "$port" "$work/tokens.json"); fi
    share=$(node -e 'console.log((100*Number(process.argv[1])/Number(process.argv[2])).toFixed(1))' "${ours% *}" "${ceiling% *}")
    echo "$share" >> "$work/shares"
    echo "| $round | ${ours% *} | ${ours#* } | ${ceiling% *} | ${share}% |"
  done
  echo
  node -e 'const r=require("fs").readFileSync(process.argv[1],"utf8").trim().split("\n").map(Number).sort((a,b)=>a-b);
    const m=r.length%2?r[r.length>>1]:(r[r.length/2-1]+r[r.length/2])/2;
    console.log(`median share ${m.toFixed(1)}% (lowest ${r[0].toFixed(1)}%, highest ${r[r.length-1].toFixed(1)}%)`)' "$work/shares"
  echo "== done, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg); database $database ($(du -h "$database" | cut -f1)), $accounts signed-in customers; $connections connections, $seconds s each after a $warmup s warm-up"
echo
echo "| server | requests/s | p50 ms | p99 ms | KiB/s | requests | non-2xx/errors |"
echo "|---|---:|---:|---:|---:|---:|---:|"
LOAD_TOKENS="$work/tokens.json" load "iBOK dashboard (SQLite, random customer$cache_label)"
dotnet "$bench_dll" http-ceiling "$port" "$work/ceiling-body.json" > /dev/null 2>&1 &
server_pid=$!
wait_for "http://127.0.0.1:$port/bench-counters"
LOAD_TOKENS="" load "Kestrel ceiling (fixed body of the same size)"
echo
cat "$work/notes.txt"
echo
echo "== done, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
