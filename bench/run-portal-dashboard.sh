#!/usr/bin/env bash
# The portal's dashboard rendered on the server (issue 5, "Fast and light": under 50 ms on the demo database).
# Starts the real server (src/IBok.Web, Release, Production) over a fresh demo SQLite database (200 customers, the
# product's default), signs the demo household in through the sign-in page (the login printed at start-up), then
# loads GET / with its session cookie by autocannon on loopback: first one connection (latency of one page on an
# idle server), then 8. GET /health is measured in the same run as the floor of the HTTP path itself.
#
# Usage (from anywhere): bench/run-portal-dashboard.sh [seconds]   (default 10 per measurement)
# The server runs on plain http on loopback with Auth__RequireHttps=false, as the launch profile does: TLS is not
# what this measures.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-10}"
port=5193
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

cd "$root"
[ -d node_modules ] || npm ci --no-audit --no-fund
dotnet build src/IBok.Web -c Release -v quiet -nologo >/dev/null

ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production Auth__RequireHttps=false \
  Database__Provider=sqlite Database__ConnectionString="Data Source=$work/ibok.db" Mail__PickupFolder="$work/mail" \
  dotnet src/IBok.Web/bin/Release/net10.0/IBok.Web.dll > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
  curl -s -o /dev/null "http://127.0.0.1:$port/health" && break
  sleep 0.2
done

# "Klient (gospodarstwo domowe): numer klienta 100001 lub …, hasło: XXXX-XXXX-XXXX  (…)"
login_line=$(grep -m1 "gospodarstwo domowe" "$work/server.log")
customer=$(sed -E 's/.*numer klienta ([0-9]+).*/\1/' <<<"$login_line")
password=$(sed -E 's/.*hasło: ([^ ]+).*/\1/' <<<"$login_line")
curl -s -c "$work/jar" -b "$work/jar" "http://127.0.0.1:$port/account/sign-in" > "$work/sign-in.html"
token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$work/sign-in.html" | head -1 | sed 's/.*value="//;s/"$//')
status=$(curl -s -c "$work/jar" -b "$work/jar" -o /dev/null -w "%{http_code}" --data-urlencode "Login=$customer" \
  --data-urlencode "Password=$password" --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$port/account/sign-in")
[ "$status" = 302 ] || { echo "sign-in answered $status" >&2; exit 1; }
cookie=$(awk '$6 == "ibok-session" { print $6 "=" $7 }' "$work/jar")
bytes=$(curl -s -H "Cookie: $cookie" "http://127.0.0.1:$port/" | tee "$work/dashboard.html" | wc -c)
grep -q "<h1>Pulpit" "$work/dashboard.html" || { echo "GET / did not render the dashboard" >&2; exit 1; }

run() { # label connections url [cookie]
  local headers=()
  [ -n "${4:-}" ] && headers=(-H "Cookie: $4")
  node_modules/.bin/autocannon -c "$2" -d 3 "${headers[@]}" "$3" >/dev/null 2>&1 # warm-up
  node_modules/.bin/autocannon -c "$2" -d "$seconds" -j "${headers[@]}" "$3" 2>/dev/null |
    node -e 'const r = JSON.parse(require("fs").readFileSync(0, "utf8")); const l = r.latency;
      console.log(`${process.argv[1].padEnd(28)} ${String(r.requests.average.toFixed(0)).padStart(7)} req/s   mean ${l.mean.toFixed(2)} ms   p50 ${l.p50} ms   p99 ${l.p99} ms   max ${l.max} ms   non-2xx ${r.non2xx}`)' "$1"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ); dashboard HTML ${bytes} bytes"
run "dashboard GET /, 1 conn" 1 "http://127.0.0.1:$port/" "$cookie"
run "health GET /health, 1 conn" 1 "http://127.0.0.1:$port/health"
run "dashboard GET /, 8 conns" 8 "http://127.0.0.1:$port/" "$cookie"
run "health GET /health, 8 conns" 8 "http://127.0.0.1:$port/health"
