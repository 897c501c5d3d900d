#!/usr/bin/env bash
# Runs every test: the README's second command, and what .ci/run runs. Prepares a local PostgreSQL for the store
# tests first (they also run on SQLite); everything else needs only the .NET SDK.
set -uo pipefail
cd "$(dirname "$0")/.."

log() { printf '[test] %s\n' "$*" >&2; }

# --- PostgreSQL for the store tests --------------------------------------------------------------------------------
# The authorization store's tests run on SQLite and on PostgreSQL; the PostgreSQL ones read DIALOGTOKENS_TEST_POSTGRES
# (an Npgsql connection string whose role may CREATE DATABASE: each test makes its own database and drops it).
# When the variable is already set it is used as it is; otherwise the local cluster is started and a role and a
# database are made for the tests. Should this fail, the PostgreSQL tests fail and say why.
pg_role=dialogtokens pg_password=dialogtokens pg_database=dialogtokens_test
pg_sql() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$pg_port" "$@"; }
# Root (CI) switches user with runuser; a developer needs password-less sudo, or sets the variable themselves.
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi
}
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi
}
setup_postgres() {
  local cluster version name status
  command -v pg_lsclusters >/dev/null 2>&1 || { log "PostgreSQL: pg_lsclusters not found"; return 1; }
  cluster=$(pg_lsclusters -h | sort -V | tail -n 1)
  if [ -z "$cluster" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    [ -n "$version" ] || { log "PostgreSQL: no server installed"; return 1; }
    log "PostgreSQL: creating cluster $version/main"
    as_root pg_createcluster "$version" main >/dev/null || return 1
    cluster=$(pg_lsclusters -h | sort -V | tail -n 1)
  fi
  read -r version name pg_port status _ <<<"$cluster"
  if [ "$status" != online ]; then
    log "PostgreSQL: starting cluster $version/$name"
    as_root pg_ctlcluster "$version" "$name" start || return 1
  fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$pg_port" && break; sleep 1; done
  pg_isready -q -h 127.0.0.1 -p "$pg_port" || { log "PostgreSQL: not ready on port $pg_port"; return 1; }
  pg_sql -d postgres -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$pg_role') THEN CREATE ROLE $pg_role; END IF;
      ALTER ROLE $pg_role LOGIN CREATEDB PASSWORD '$pg_password';
    END \$\$;" || return 1
  if [ "$(pg_sql -d postgres -tA -c "SELECT 1 FROM pg_database WHERE datname = '$pg_database'")" != 1 ]; then
    pg_sql -d postgres -c "CREATE DATABASE $pg_database OWNER $pg_role" || return 1
  fi
  export DIALOGTOKENS_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=$pg_role;Password=$pg_password;Database=$pg_database"
  log "PostgreSQL $version/$name ready on 127.0.0.1:$pg_port (database $pg_database)"
}
if [ -n "${DIALOGTOKENS_TEST_POSTGRES:-}" ]; then
  log "PostgreSQL: using DIALOGTOKENS_TEST_POSTGRES from the environment"
else
  setup_postgres || log "PostgreSQL setup failed: the PostgreSQL store tests will fail. Install and start PostgreSQL (apt-get install postgresql), or set DIALOGTOKENS_TEST_POSTGRES to a connection string whose role may CREATE DATABASE."
fi

# --- Chromium for the browser tests ----------------------------------------------------------------------------------
# tests/Portal.BrowserTests drive Debian's /usr/bin/chromium through Playwright (no browser is downloaded). Without it
# they fail, saying what to install; they never skip.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    log "Chromium: installing (apt-get install -y chromium)"
    { DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
      || log "Chromium: apt-get failed: the browser tests will fail"
  else
    log "Chromium is missing: the browser tests will fail. Install it with: sudo apt-get update && sudo apt-get install -y chromium"
  fi
fi

exec dotnet test "$@"
