#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server, if one is installed here.
# Sets KIESMBO_TEST_POSTGRES_URL for the command; without PostgreSQL it just runs it.
set -euo pipefail

initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
if [ -n "${KIESMBO_TEST_POSTGRES_URL:-}" ] || [ -z "$initdb" ]; then
  [ -z "$initdb" ] && echo "with_postgres: no PostgreSQL found, data tests run on SQLite only" >&2
  exec "$@"
fi
bindir=$(dirname "$initdb")
tmp=$(mktemp -d)
port=$((55000 + RANDOM % 1000))
as_owner=()
if [ "$(id -u)" = 0 ]; then
  # PostgreSQL refuses to run as root: run the server as the postgres user.
  chown postgres:postgres "$tmp"
  as_owner=(runuser -u postgres --)
fi
stop() {
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap stop EXIT
"${as_owner[@]}" "$bindir/initdb" -D "$tmp/data" -U postgres --auth=trust -E UTF8 \
  --locale=C.UTF-8 >/dev/null
"${as_owner[@]}" "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/log" -w start \
  -o "-p $port -k $tmp -c listen_addresses=127.0.0.1 -c fsync=off" >/dev/null
export KIESMBO_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
echo "with_postgres: throwaway PostgreSQL on port $port" >&2
"$@"
