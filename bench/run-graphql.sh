#!/usr/bin/env bash
# Runs both sides of the GraphQL benchmark one after the other on the same machine ("in the same run"):
# BenchmarkDotNet's GraphQLBenchmarks (our engine), then bench/graphql-js/run.cjs (graphql-js 16 and graphql-jit),
# then the cached path against graphql-jit in alternating slices (bench/graphql-js/pairs.cjs), the comparison this
# host's drifting speed blurs least.
# Usage (from anywhere): bench/run-graphql.sh [BenchmarkDotNet job, default short] [seconds per node measurement, default 2] [more BenchmarkDotNet options]
# e.g. on a loaded machine, where BenchmarkDotNet's 2-minute build timeout is too short: bench/run-graphql.sh short 2 --buildTimeout 900
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
job="${1:-short}"
seconds="${2:-2}"

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== IBok.GraphQL (BenchmarkDotNet, job $job)"
(cd "$root/bench/IBok.Benchmarks" && dotnet run -c Release -- --filter '*GraphQLBenchmarks*' --job "$job" --exporters github "${@:3}")

echo
echo "== graphql-js / graphql-jit (node), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$root" && node bench/graphql-js/run.cjs "$seconds")
echo
echo "== cached path against graphql-jit in alternating slices (bench/graphql-js/pairs.cjs), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$root" && node bench/graphql-js/pairs.cjs Execute 40 250 && node bench/graphql-js/pairs.cjs ExecuteTyped 40 250 | tail -1)
echo "== done, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
