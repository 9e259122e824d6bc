#!/usr/bin/env bash
# Starts the Debian PostgreSQL cluster on loopback and makes sure the test role exists. Idempotent.
# The tests connect with IBOK_TEST_POSTGRES (default below) and create one database per test class.
set -euo pipefail

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

cluster=$(pg_lsclusters --no-header | awk 'NR == 1 { print $1 " " $2 }')
if [ -z "$cluster" ]; then
  echo "no PostgreSQL cluster found (is the Debian package 'postgresql' installed?)" >&2
  exit 1
fi
read -r version name <<<"$cluster"
if ! pg_lsclusters --no-header | awk -v v="$version" -v n="$name" '$1 == v && $2 == n { print $4 }' | grep -q online; then
  if [ "$(id -u)" -eq 0 ]; then pg_ctlcluster "$version" "$name" start; else sudo pg_ctlcluster "$version" "$name" start; fi
fi

for _ in $(seq 1 30); do
  as_postgres pg_isready -q -h 127.0.0.1 && break
  sleep 0.5
done

as_postgres psql -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -d postgres <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ibok') THEN
    CREATE ROLE ibok LOGIN PASSWORD 'ibok' CREATEDB;
  END IF;
END
$$;
-- Test-only role on a loopback cluster: each test drops its database WITH (FORCE), which must be able to end
-- any backend still attached to it (an autovacuum worker included).
ALTER ROLE ibok SUPERUSER;
SQL
echo "PostgreSQL $version/$name is running on 127.0.0.1:5432 (role ibok)"
