#!/usr/bin/env bash
# Runs every test of iBOK on a fresh Debian machine: installs what the tests need, builds, tests,
# packs IBok.Domain to nuget/ and checks that a program can consume it as a package.
set -euo pipefail
cd "$(dirname "$0")"

configuration=Release
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

./tools/install-test-deps.sh
./tools/start-test-postgres.sh

dotnet build IBok.sln -c "$configuration"

rm -rf artifacts/test-results
status=0
dotnet test IBok.sln -c "$configuration" --no-build --logger "console;verbosity=minimal" --logger trx \
  --results-directory artifacts/test-results || status=$?

echo "== IBok.Domain as a NuGet package"
rm -f nuget/IBok.Domain.*.nupkg nuget/IBok.Domain.*.snupkg
dotnet pack src/IBok.Domain -c "$configuration" -o nuget --no-build
domain_version=$(dotnet msbuild src/IBok.Domain -getProperty:Version)
consumer_packages=$(mktemp -d)
trap 'rm -rf "$consumer_packages"' EXIT
# A private global-packages folder and the exact version just packed, so the consumer never sees a cached copy.
consumer_passed=0 consumer_failed=0
if NUGET_PACKAGES="$consumer_packages" dotnet run --project tests/IBok.Domain.PackageConsumer -c "$configuration" \
  -p:IBokDomainVersion="$domain_version"; then
  consumer_passed=1
else
  consumer_failed=1 status=1
fi

# One plain closing line over every test project and the package check, summed from the TRX counters.
sum_counter() {
  grep -ho "<Counters [^>]*" artifacts/test-results/*.trx | grep -o " $1=\"[0-9]*\"" | tr -dc '0-9\n' |
    awk -v extra="$2" '{ s += $1 } END { print s + extra }'
}
echo "tests: $(sum_counter passed "$consumer_passed") passed, $(sum_counter failed "$consumer_failed") failed"
exit "$status"
