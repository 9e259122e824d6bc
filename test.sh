#!/usr/bin/env bash
# Runs every test of iBOK on a fresh Debian machine: installs what the tests need, builds, tests,
# packs IBok.Domain to nuget/ and checks that a program can consume it as a package.
set -euo pipefail
cd "$(dirname "$0")"

configuration=Release
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

./tools/install-test-deps.sh

dotnet build IBok.sln -c "$configuration"
dotnet test IBok.sln -c "$configuration" --no-build --logger "console;verbosity=normal" --results-directory artifacts/test-results

echo "== IBok.Domain as a NuGet package"
rm -f nuget/IBok.Domain.*.nupkg nuget/IBok.Domain.*.snupkg
dotnet pack src/IBok.Domain -c "$configuration" -o nuget --no-build
consumer_packages=$(mktemp -d)
trap 'rm -rf "$consumer_packages"' EXIT
# A private packages folder, so the consumer always restores the package just packed, never a cached copy.
dotnet run --project tests/IBok.Domain.PackageConsumer -c "$configuration" --packages "$consumer_packages"
