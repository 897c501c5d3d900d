#!/usr/bin/env bash
# Load test of the dialog service's end-user GET (JWT caller, dialog read, embedded PDP, fresh Ed25519 dialog token),
# with wrk, on 127.0.0.1 only. See docs/performance.md, "Dialog service load".
#
# Usage: benchmarks/load/run.sh [sqlite|postgres] [options]
#   --duration S      seconds per measured scenario (default 20)
#   --warmup S        at most S seconds of dialog GET load before measuring, not reported (default 150): 10 s
#                     rounds, at least 60 s, until the server CPU per request settles (tiered JIT needs 40 to 90 s
#                     of load on this busy 2-core machine; until then a request costs 2 to 6 times the CPU)
#   --connections N   connections of the closed-loop runs (default 32); wrk threads: --threads (default 2)
#   --variants        also measure cheaper variants of the same request, to see where the time goes:
#                     406 (JWT + authorization policy, no handler), 404 (JWT + one dialog read), PDP only (POST the
#                     same 4-pair XACML request to the embedded PDP, with an enterprise token that has the scope
#                     altinn:authorization/authorize, from the development identity provider)
#   --counters        collect dotnet-counters (if installed) during the dialog max run: allocation, GC, EF queries
#   --pg-options S    appended to both PostgreSQL connection strings, e.g. 'No Reset On Close=true'
#   --app DIR         use an already published service in DIR instead of building (dotnet publish -c Release)
#   --no-decision-cache  ask the PDP on every GET (PolicyDecisionPoint:DecisionCacheDuration=0); by default the
#                     service's 30 s decision cache answers the repeated GETs of one user and dialog
#   --keep            keep the temporary folder (service log, wrk output, data)
#
# Scenarios, all in the same run against the same process:
#   (a) GET /api/v1/.well-known/jwks.json, anonymous, closed loop: the ceiling of this host for a trivial endpoint
#   (b) GET /api/v1/enduser/dialogs/{id} with a bearer token, closed loop: maximum throughput
#   (c) the same GET paced at half of (b)'s rate (per-connection pause from load.lua): latency at half load, and
#       jwks with the same pacing, for what the machine itself adds to the tail at that rate
# The service runs in Development (demo seed, in-process identity provider) with Logging:LogLevel:Default=Warning.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

provider=sqlite
duration=20
warmup=150
pg_options=""
connections=32
threads=2
variants=0
counters=0
app=""
keep=0
decision_cache=default
dialog_id=019ab84f-5c00-7a4f-94e6-2285d8e511d5
pid_demo=12858012307

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    sqlite | postgres) provider=$1 ;;
    --duration) duration=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --connections) connections=$2; shift ;;
    --threads) threads=$2; shift ;;
    --variants) variants=1 ;;
    --counters) counters=1 ;;
    --pg-options) pg_options=$2; shift ;;
    --app) app=$2; shift ;;
    --keep) keep=1 ;;
    --no-decision-cache) decision_cache=off ;;
    -h | --help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

log() { printf '[load] %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi; }

# --- tools ---------------------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
  log "installing wrk (Debian package)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
for tool in curl python3 dotnet; do
  command -v "$tool" >/dev/null 2>&1 || { log "$tool not found"; exit 1; }
done
counters_tool=""
if [ "$counters" = 1 ]; then
  counters_tool=$(command -v dotnet-counters || true)
  [ -n "$counters_tool" ] || [ ! -x "$HOME/.dotnet/tools/dotnet-counters" ] || counters_tool=$HOME/.dotnet/tools/dotnet-counters
  [ -n "$counters_tool" ] || log "dotnet-counters not found (dotnet tool install -g dotnet-counters): --counters ignored"
fi

# --- clean-up: the service, the PostgreSQL databases, the temporary folder ---------------------------------------------
work=$(mktemp -d /tmp/dialogtokens-load.XXXXXX)
service_pid=""
pg_port=""
pg_databases=()
pg_sql() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$pg_port" "$@"; }
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$service_pid" ] && kill -0 "$service_pid" 2>/dev/null; then
    kill "$service_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$service_pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$service_pid" 2>/dev/null; then kill -9 "$service_pid" 2>/dev/null || true; fi
  fi
  for db in "${pg_databases[@]}"; do
    pg_sql -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  done
  if [ "$keep" = 1 ] || [ "$rc" != 0 ]; then
    log "kept $work (service.log, wrk output)"
  else
    rm -rf "$work"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- build ----------------------------------------------------------------------------------------------------------
if [ -z "$app" ]; then
  app=$work/app
  log "building the dialog service (Release) into $app"
  dotnet publish "$root/src/DialogService" -c Release -o "$app" --nologo -v q >"$work/build.log" 2>&1 \
    || { tail -n 30 "$work/build.log" >&2; log "build failed"; exit 1; }
fi
[ -f "$app/DialogTokens.DialogService.dll" ] || { log "no DialogTokens.DialogService.dll in $app"; exit 1; }

# --- database -------------------------------------------------------------------------------------------------------
mkdir -p "$work/data"
database_args=()
if [ "$provider" = postgres ]; then
  command -v pg_lsclusters >/dev/null 2>&1 || { log "PostgreSQL is not installed (apt-get install postgresql)"; exit 1; }
  cluster=$(pg_lsclusters -h | sort -V | tail -n 1)
  [ -n "$cluster" ] || { log "no PostgreSQL cluster (pg_createcluster, or run scripts/test.sh once)"; exit 1; }
  read -r pg_version pg_name pg_port pg_status _ <<<"$cluster"
  if [ "$pg_status" != online ]; then
    log "starting PostgreSQL $pg_version/$pg_name"
    as_root pg_ctlcluster "$pg_version" "$pg_name" start
  fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$pg_port" && break; sleep 1; done
  pg_sql -d postgres -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dialogtokens') THEN CREATE ROLE dialogtokens; END IF;
      ALTER ROLE dialogtokens LOGIN CREATEDB PASSWORD 'dialogtokens';
    END \$\$;"
  for db in dialogtokens_load dialogtokens_load_authz; do
    pg_sql -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
    pg_sql -d postgres -c "CREATE DATABASE $db OWNER dialogtokens"
    pg_databases+=("$db")
  done
  pg="Host=127.0.0.1;Port=$pg_port;Username=dialogtokens;Password=dialogtokens"
  database_args=(
    --DialogService:Database:Provider=PostgreSql "--DialogService:Database:ConnectionString=$pg;Database=dialogtokens_load${pg_options:+;$pg_options}"
    --AuthorizationStore:Provider=PostgreSql "--AuthorizationStore:ConnectionString=$pg;Database=dialogtokens_load_authz${pg_options:+;$pg_options}")
  pg_server=$(as_postgres psql -X -tA -p "$pg_port" -d postgres -c 'SHOW server_version' 2>/dev/null || echo "?")
  log "PostgreSQL $pg_server on 127.0.0.1:$pg_port, databases ${pg_databases[*]}"
else
  database_args=(
    "--DialogService:Database:ConnectionString=Data Source=$work/data/dialogservice.db"
    "--AuthorizationStore:ConnectionString=Data Source=$work/data/authorization.db")
fi

# --- start the service ----------------------------------------------------------------------------------------------
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base=http://127.0.0.1:$port
decision_cache_args=()
[ "$decision_cache" = default ] || decision_cache_args=(--PolicyDecisionPoint:DecisionCacheDuration=00:00:00)
log "starting the dialog service on $base ($provider, decision cache $decision_cache)"
# The content root must be the publish folder: appsettings*.json and the seed are read from there.
(cd "$app" && exec env ASPNETCORE_ENVIRONMENT=Development dotnet DialogTokens.DialogService.dll \
  --urls "$base" "--DialogService:BaseUri=$base" "${database_args[@]}" \
  "--DialogService:DataProtectionKeys=$work/data/protection-keys" \
  ${decision_cache_args[@]+"${decision_cache_args[@]}"} \
  --Logging:LogLevel:Default=Warning) >"$work/service.log" 2>&1 &
service_pid=$!
ready=0
for _ in $(seq 1 240); do
  kill -0 "$service_pid" 2>/dev/null || { tail -n 40 "$work/service.log" >&2; log "the service exited"; exit 1; }
  if curl -sf -o /dev/null "$base/api/v1/.well-known/jwks.json"; then ready=1; break; fi
  sleep 0.5
done
[ "$ready" = 1 ] || { tail -n 40 "$work/service.log" >&2; log "the service did not answer within 120 s"; exit 1; }

token=$(curl -sf "$base/idp/api/GetPersonalToken?pid=$pid_demo&scopes=digdir:dialogporten&authLvl=3")
[ -n "$token" ] || { log "no personal token from the development identity provider"; exit 1; }
dialog_url=$base/api/v1/enduser/dialogs/$dialog_id
status=$(curl -s -o "$work/dialog.json" -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Accept: application/json' "$dialog_url")
if [ "$status" != 200 ] || ! grep -q '"dialogToken":"ey' "$work/dialog.json"; then
  head -c 600 "$work/dialog.json" >&2; echo >&2
  log "GET $dialog_url answered $status without a dialogToken"; exit 1
fi
log "GET dialog: 200 with a dialogToken ($(wc -c <"$work/dialog.json") bytes)"

# --- measuring ------------------------------------------------------------------------------------------------------
ticks=$(getconf CLK_TCK)
proc_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# CPU ticks of the PostgreSQL server processes (user postgres), part of the system under test; 0 for SQLite
db_ticks() {
  if [ "$provider" != postgres ]; then echo 0; return; fi
  local pids
  pids=$(pgrep -u postgres | sed 's|.*|/proc/&/stat|' | tr '\n' ' ' || true)
  if [ -z "${pids// /}" ]; then echo 0; return; fi
  # shellcheck disable=SC2086 # one path per process; a process that ended meanwhile is skipped
  { cat $pids 2>/dev/null || true; } | awk '{ s += $14 + $15 } END { print s + 0 }'
}
# busy and total jiffies of the whole machine (all CPUs)
machine_jiffies() { awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, busy + $5 + $6 }' /proc/stat; }

printf 'scenario\treq/s\tp50_ms\tp99_ms\tp99.9_ms\terrors\tconns\tserver_cpu_ms/req\tdb_cpu_ms/req\tserver_cores\tdb_cores\twrk_cores\tother_cores\n' >"$work/results.tsv"
# run_wrk NAME CONNECTIONS SECONDS URL [VAR=VALUE...]: one wrk run with load.lua; appends a row to results.tsv and
# leaves r_rps and r_cpu_ms (server CPU per request). With expected_status set (a variant answered with
# a 4xx on purpose), only socket errors count as errors. db = the PostgreSQL server processes (0 with SQLite, which
# runs inside the service). other_cores = the whole machine's busy CPU less the server's, the database's and wrk's:
# the other work on this shared machine during the run.
run_wrk() {
  local name=$1 conns=$2 seconds=$3 url=$4
  shift 4
  local out=$work/wrk-${name//[^A-Za-z0-9_.-]/_}.txt t0 t1 d0 d1 m0 m1 line row timer=() threads_used=$threads
  [ "$conns" -ge "$threads_used" ] || threads_used=$conns
  # /usr/bin/time (Debian package time) tells wrk's own CPU time; without it wrk's share is counted as "other"
  [ ! -x /usr/bin/time ] || timer=(/usr/bin/time -f 'WRK_CPU %U %S')
  t0=$(proc_ticks "$service_pid"); d0=$(db_ticks); m0=$(machine_jiffies)
  env LOAD_TOKEN= LOAD_ACCEPT= LOAD_METHOD= LOAD_BODY_FILE= LOAD_DELAY_MS= "$@" \
    "${timer[@]}" wrk -t"$threads_used" -c"$conns" -d"${seconds}s" --latency -s "$here/load.lua" "$url" >"$out" 2>&1 \
    || { cat "$out" >&2; log "wrk failed ($name)"; exit 1; }
  t1=$(proc_ticks "$service_pid"); d1=$(db_ticks); m1=$(machine_jiffies)
  line=$(grep '^LOAD_RESULT' "$out") || { cat "$out" >&2; log "no LOAD_RESULT from wrk ($name)"; exit 1; }
  read -r r_rps _ r_cpu_ms row < <(awk -v name="$name" -v conns="$conns" -v t0="$t0" -v t1="$t1" -v d0="$d0" -v d1="$d1" -v tck="$ticks" \
      -v m0="$m0" -v m1="$m1" -v expected="${expected_status:-}" \
      -v wrkcpu="$(awk '/^WRK_CPU/ { print $2 + $3 }' "$out")" '
    {
      for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      secs = v["duration_us"] / 1e6; rps = v["requests"] / secs
      errors = v["connect"] + v["read"] + v["write"] + v["timeout"]
      if (expected == "") errors += v["non2xx"]
      split(m0, a, " "); split(m1, b, " ")
      machine_busy = (b[1] - a[1]) / tck / secs
      server = (t1 - t0) / tck / secs
      db = (d1 - d0) / tck / secs
      wrkc = wrkcpu / secs
      other = machine_busy - server - db - wrkc; if (other < 0) other = 0
      cpu_per_req = (t1 - t0) / tck * 1000 / v["requests"]
      db_per_req = (d1 - d0) / tck * 1000 / v["requests"]
      printf "%.1f %.3f %.3f %s\t%.0f\t%.2f\t%.2f\t%.2f\t%d\t%d\t%.3f\t%.3f\t%.2f\t%.2f\t%.2f\t%.2f\n", rps, v["mean_us"] / 1000, cpu_per_req,
        name, rps, v["p50_us"] / 1000, v["p99_us"] / 1000, v["p999_us"] / 1000, errors, conns, cpu_per_req, db_per_req, server, db, wrkc, other
    }' <<<"$line")
  printf '%s\n' "$row" >>"$work/results.tsv"
  # Errors (or, outside the variants, any answer but 2xx) would make req/s meaningless: stop rather than report them.
  [ "$(cut -f6 <<<"$row")" = 0 ] || { tail -n 20 "$out" >&2; log "$name: $(cut -f6 <<<"$row") errors or unexpected answers under load; no figures reported"; exit 1; }
  log "$(printf '%s' "$row" | awk -F'\t' '{ printf "%-26s %6s req/s  p50 %7s ms  p99 %7s ms  errors %s  CPU/req: server %s ms, db %s ms; others %s cores", $1, $2, $3, $4, $6, $8, $9, $13 }')"
}

# dotnet-counters during the next run (from 2 s after its start to 2 s before its end), to counters.csv
counters_pid=""
start_counters() {
  [ -n "$counters_tool" ] || return 0
  local seconds=$((duration > 8 ? duration - 4 : duration))
  (sleep 2; exec "$counters_tool" collect -p "$service_pid" --refresh-interval 1 \
    --duration "$(printf '00:%02d:%02d:%02d' $((seconds / 3600)) $((seconds / 60 % 60)) $((seconds % 60)))" \
    --counters 'System.Runtime,Microsoft.EntityFrameworkCore,EventCounters\Microsoft.AspNetCore.Hosting' \
    -o "$work/counters") >"$work/counters.log" 2>&1 &
  counters_pid=$!
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
log "load average before: $(loadavg) on $(nproc) CPUs"

# Warm-up: tiered JIT takes 40 to 90 s of load on 2 busy cores, and until then a request costs 2 to 6 times the CPU.
# 10 s rounds until the server CPU per request changes by less than 7 % (at least 60 s, at most --warmup s).
log "warm-up: dialog GET in 10 s rounds until the CPU per request settles (60 to $warmup s; not reported)"
previous=""
elapsed=0
while :; do
  run_wrk "warm-up $((elapsed / 10 + 1))" "$connections" 10 "$dialog_url" LOAD_TOKEN="$token"
  elapsed=$((elapsed + 10))
  [ "$elapsed" -lt "$warmup" ] || break
  if [ "$elapsed" -ge 60 ] && [ -n "$previous" ] \
    && awk -v a="$previous" -v b="$r_cpu_ms" 'BEGIN { d = (b - a) / a; exit !(d < 0.07 && d > -0.07) }'; then
    break
  fi
  previous=$r_cpu_ms
done
run_wrk "warm-up jwks" "$connections" 5 "$base/api/v1/.well-known/jwks.json"
sed -i '/^warm-up/d' "$work/results.tsv"

# (a) baseline: an anonymous, cheap endpoint of the same host
run_wrk "jwks (baseline)" "$connections" "$duration" "$base/api/v1/.well-known/jwks.json"

# (b) the dialog GET at maximum throughput
start_counters
run_wrk "dialog GET max" "$connections" "$duration" "$dialog_url" LOAD_TOKEN="$token"
max_rps=$r_rps
[ -z "$counters_pid" ] || wait "$counters_pid" || true

# (c) the dialog GET paced at half of (b): C connections, each pausing d ms before a request, so that
# C * 1000 / (d + latency) = target. The pause is about 50 ms, so that the latency is a small part of the cycle; a 5 s
# calibration run at the nominal pause measures latency plus timer slack, and the pause is shortened by that (by at
# most 30 %, so that one noisy calibration cannot double the rate). The achieved rate is what the table reports.
target=$(awk -v r="$max_rps" 'BEGIN { printf "%.1f", r / 2 }')
paced_conns=$(awk -v t="$target" -v th="$threads" 'BEGIN { c = int(t / 20 + 0.5); if (c < th) c = th; if (c > 512) c = 512; print c }')
nominal=$(awk -v t="$target" -v c="$paced_conns" 'BEGIN { printf "%.3f", 1000 * c / t }')
run_wrk "calibration" "$paced_conns" 5 "$dialog_url" LOAD_TOKEN="$token" LOAD_DELAY_MS="$nominal"
delay_ms=$(awk -v n="$nominal" -v c="$paced_conns" -v r="$r_rps" 'BEGIN {
  slack = 1000 * c / r - n; if (slack < 0) slack = 0; if (slack > 0.3 * n) slack = 0.3 * n; printf "%.3f", n - slack }')
sed -i '/^calibration/d' "$work/results.tsv"
log "half load: target $target req/s with $paced_conns connections, pause $delay_ms ms before each request (nominal $nominal)"
run_wrk "dialog GET half load" "$paced_conns" "$duration" "$dialog_url" LOAD_TOKEN="$token" LOAD_DELAY_MS="$delay_ms"
half_rps=$r_rps
# the same pacing against jwks: what this machine alone adds to the tail at that rate
run_wrk "jwks, same pacing" "$paced_conns" "$duration" "$base/api/v1/.well-known/jwks.json" LOAD_DELAY_MS="$delay_ms"

# cheaper variants of the same request, to see where the time goes
if [ "$variants" = 1 ]; then
  check() { # check EXPECTED_STATUS CURL_ARGS...: the variant answers as expected
    local expected=$1 got
    shift
    got=$(curl -s -o /dev/null -w '%{http_code}' "$@")
    [ "$got" = "$expected" ] || { log "variant answered $got, expected $expected: $*"; exit 1; }
  }
  check 406 -H "Authorization: Bearer $token" -H 'Accept: text/html' "$dialog_url"
  expected_status=406 run_wrk "406: JWT + policy only" "$connections" "$duration" "$dialog_url" LOAD_TOKEN="$token" LOAD_ACCEPT=text/html
  missing=$base/api/v1/enduser/dialogs/019ab84f-0000-7000-8000-000000000000
  check 404 -H "Authorization: Bearer $token" "$missing"
  expected_status=404 run_wrk "404: JWT + 1 dialog read" "$connections" "$duration" "$missing" LOAD_TOKEN="$token"
  pdp=$base/authorization/api/v1/authorize
  # The decision point answers only an organization's Maskinporten style token with altinn:authorization/authorize.
  pdp_token=$(curl -sf "$base/idp/api/GetEnterpriseToken?orgNo=991825827&scopes=altinn:authorization/authorize")
  [ -n "$pdp_token" ] || { log "no enterprise token for the PDP from the development identity provider"; exit 1; }
  check 401 -X POST -H 'Content-Type: application/json' --data-binary "@$here/pdp-request.json" "$pdp"
  check 200 -X POST -H "Authorization: Bearer $pdp_token" -H 'Content-Type: application/json' --data-binary "@$here/pdp-request.json" "$pdp"
  run_wrk "PDP only (POST, 4 pairs)" "$connections" "$duration" "$pdp" LOAD_TOKEN="$pdp_token" LOAD_METHOD=POST LOAD_BODY_FILE="$here/pdp-request.json"
fi

# --- summary --------------------------------------------------------------------------------------------------------
echo
echo "Dialog service load: $provider${pg_options:+ ($pg_options)}, decision cache $decision_cache, $(nproc) CPUs, wrk -t$threads, ${duration} s per scenario, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "source: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$root" status --porcelain 2>/dev/null | grep -q . && echo ' with uncommitted changes'); warm-up $elapsed s; load average after: $(loadavg)"
echo "half load: target $target req/s (half of $max_rps), $paced_conns connections, pause $delay_ms ms before each request"
if command -v column >/dev/null 2>&1; then column -t -s $'\t' "$work/results.tsv"; else cat "$work/results.tsv"; fi
if [ -n "$counters_tool" ] && [ -f "$work/counters.csv" ]; then
  echo
  echo "dotnet-counters during 'dialog GET max' (sums over the same 1 s samples, divided by the requests they counted):"
  awk -F, '
    NR > 1 && $4 == "Rate" { sum[$3] += $5 }
    END {
      for (k in sum) if (k ~ /^Request Rate/) n += sum[k]
      if (n == 0) { print "  no requests counted"; exit }
      printf "  requests counted  %9d\n", n
      for (k in sum) {
        if (k ~ /total_allocated/) printf "  allocated         %9.1f KB per request\n", sum[k] / n / 1024
        if (k ~ /gc.collections.*gen0/) printf "  gen0 GCs          %9.2f per 1,000 requests\n", sum[k] / n * 1000
        if (k ~ /gc.collections.*gen1/) printf "  gen1 GCs          %9.2f per 1,000 requests\n", sum[k] / n * 1000
        if (k ~ /gc.collections.*gen2/) printf "  gen2 GCs          %9.2f per 1,000 requests\n", sum[k] / n * 1000
        if (k ~ /gc.pause.time/) printf "  GC pause          %9.3f ms per request\n", sum[k] / n * 1000
        if (k ~ /entityframeworkcore.queries/) printf "  EF Core queries   %9.2f per request\n", sum[k] / n
        if (k ~ /lock_contentions/) printf "  lock contentions  %9.3f per request\n", sum[k] / n
        if (k ~ /cpu.time.*user/) printf "  CPU, user         %9.3f ms per request\n", sum[k] / n * 1000
        if (k ~ /cpu.time.*system/) printf "  CPU, system       %9.3f ms per request\n", sum[k] / n * 1000
      }
    }' "$work/counters.csv" | sort
fi
echo
awk -v max="$max_rps" -v half="$half_rps" -F'\t' '
  $1 == "dialog GET half load" { p99 = $4 }
  END {
    printf "goal 1, >= 5,000 req/s: %s (%.0f req/s, %.1f %% of the goal)\n", (max >= 5000 ? "met" : "MISSED"), max, 100 * max / 5000
    printf "goal 2, p99 <= 10 ms at half load: %s (p99 %.2f ms at %.0f req/s)\n", (p99 <= 10 ? "met" : "MISSED"), p99, half
  }' "$work/results.tsv"
