#!/usr/bin/env bash
# Service-provider throughput: requests/s of one trivial write endpoint (POST /{kind}/dialogs/{id}/write, 204) behind
# five kinds of protection, in one host, measured with wrk in the same run, interleaved and repeated. 127.0.0.1 only.
# See docs/performance.md, "Service-provider throughput".
#
# Usage: benchmarks/ServiceProviderLoad/run.sh [options]
#   --rounds N        measured rounds (default 3); each round runs every endpoint once, in a rotated order
#   --duration S      seconds per endpoint and round (default 10)
#   --warmup S        seconds of load per endpoint before measuring, in two passes, not reported (default 20)
#   --connections N   wrk connections (default 32); --threads N: wrk threads (default 2 shared, 1 pinned)
#   --shared          run wrk on the same CPUs as the servers (default: wrk pinned to CPU 0, both servers to the rest,
#                     so that the load generator does not take CPU from the system it measures; needs 2 CPUs or more)
#   --keep            keep the temporary folder (logs, wrk output, results.tsv)
#
# Endpoints (benchmarks/ServiceProviderLoad/LoadEndpoints.cs):
#   none       no authorization: the ceiling of this host and this machine for the same handler
#   cached     the dialog token scheme (DialogTokens.AspNetCore), RequireDialogAction("write"), verified-token cache on
#   uncached   a second dialog token scheme with CacheVerifiedTokens = false: Ed25519 on every request
#   jwtbearer  JwtBearer + Microsoft.IdentityModel + a minimal NSec EdDSA provider (keys read once from the JWKS),
#              then `i` == route id and `write` in `a`, by hand
#   pdp        no token: the user from X-Pid, then the policy decision point over HTTP (HttpPolicyDecisionPoint, the
#              dialog service's POST /authorization/api/v1/authorize) for (write) on the dialog, on every request
# The dialog service (Release, Development environment, demo seed, temporary SQLite) is the token issuer and the PDP.
# Everything (wrk, the host, the dialog service) shares this machine's cores: see the notes in docs/performance.md.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

rounds=3
duration=10
warmup=20
connections=32
threads=""
keep=0
pin=1
dialog_id=019ab84f-5c00-7a4f-94e6-2285d8e511d5
other_dialog_id=019ab84f-63d0-7b32-b9e4-57c49024816a
pid_demo=12858012307
pid_stranger=01017000123
endpoints=(none cached uncached jwtbearer pdp)

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift ;;
    --duration) duration=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --connections) connections=$2; shift ;;
    --threads) threads=$2; shift ;;
    --keep) keep=1 ;;
    --shared) pin=0 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

log() { printf '[sp-load] %s\n' "$*" >&2; }
cpus=$(nproc)
if [ "$pin" = 1 ] && [ "$cpus" -lt 2 ]; then log "one CPU: cannot pin wrk apart from the servers; running shared"; pin=0; fi
# Pinned: wrk alone on CPU 0, the load host and the dialog service (the PDP) together on the others, as if the load came
# from another machine; the servers still share their CPUs with each other, so the PDP's work counts against /pdp.
if [ "$pin" = 1 ]; then
  wrk_cpus=0; server_cpus=1-$((cpus - 1))
  wrk_pin=(taskset -c "$wrk_cpus"); server_pin=(taskset -c "$server_cpus")
  [ -n "$threads" ] || threads=1
else
  wrk_pin=(); server_pin=()
  [ -n "$threads" ] || threads=2
fi
for tool in wrk curl python3 dotnet taskset; do
  command -v "$tool" >/dev/null 2>&1 || { log "$tool not found"; exit 1; }
done
# The dialog token must outlive the run: the service issues them for 1 h here (its maximum).
planned=$(((rounds * duration + warmup) * ${#endpoints[@]}))
[ "$planned" -le 3000 ] || { log "a run of $planned s would outlive the 1 h dialog token; use fewer or shorter rounds"; exit 2; }

# --- clean-up: both servers, the temporary folder -----------------------------------------------------------------------
work=$(mktemp -d /tmp/dialogtokens-spload.XXXXXX)
service_pid=""
host_pid=""
stop() {
  local pid=$1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
}
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop "$host_pid"
  stop "$service_pid"
  if [ "$keep" = 1 ] || [ "$rc" != 0 ]; then log "kept $work (logs, wrk output, results.tsv)"; else rm -rf "$work"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- build (Release, outputs in the temporary folder so that concurrent builds of the tree do not interfere) --------------
log "building the dialog service and the load host (Release) in $work"
for project in src/DialogService:service benchmarks/ServiceProviderLoad:host; do
  dotnet publish "$root/${project%%:*}" -c Release -o "$work/${project##*:}" --artifacts-path "$work/artifacts" \
    --nologo -v q >>"$work/build.log" 2>&1 || { tail -n 30 "$work/build.log" >&2; log "build of ${project%%:*} failed"; exit 1; }
done

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
wait_for() { # wait_for PID LOG URL: until URL answers (any status), at most 120 s
  for _ in $(seq 1 240); do
    kill -0 "$1" 2>/dev/null || { tail -n 40 "$2" >&2; log "the server exited ($2)"; exit 1; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Accept: application/json' "$3" || true)" = 000 ] || return 0
    sleep 0.5
  done
  tail -n 40 "$2" >&2; log "no answer from $3 within 120 s"; exit 1
}

# --- the dialog service: issuer and PDP ---------------------------------------------------------------------------------
port=$(free_port)
base=http://127.0.0.1:$port
mkdir -p "$work/data"
log "starting the dialog service on $base"
# The content root must be the publish folder: appsettings*.json and the seed are read from there.
(cd "$work/service" && exec "${server_pin[@]}" env ASPNETCORE_ENVIRONMENT=Development dotnet DialogTokens.DialogService.dll \
  --urls "$base" "--DialogService:BaseUri=$base" \
  "--DialogService:Database:ConnectionString=Data Source=$work/data/dialogservice.db" \
  "--AuthorizationStore:ConnectionString=Data Source=$work/data/authorization.db" \
  "--DialogService:DataProtectionKeys=$work/data/protection-keys" \
  --DialogService:KeyRotation:TokenLifetime=01:00:00 \
  --Logging:LogLevel:Default=Warning) >"$work/service.log" 2>&1 &
service_pid=$!
wait_for "$service_pid" "$work/service.log" "$base/api/v1/.well-known/jwks.json"

# The decision point refuses anonymous callers; the load host fetches an enterprise token for it (LoadHost.cs).
pdp_anonymous=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data-binary '{}' "$base/authorization/api/v1/authorize")
[ "$pdp_anonymous" = 401 ] || { log "the decision point answered an anonymous caller $pdp_anonymous, expected 401"; exit 1; }
user_token=$(curl -sf "$base/idp/api/GetPersonalToken?pid=$pid_demo&scopes=digdir:dialogporten&authLvl=3")
[ -n "$user_token" ] || { log "no personal token from the development identity provider"; exit 1; }
curl -sf -o "$work/dialog.json" -H "Authorization: Bearer $user_token" -H 'Accept: application/json' \
  "$base/api/v1/enduser/dialogs/$dialog_id" || { log "GET dialog $dialog_id failed"; exit 1; }
token=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["dialogToken"])' "$work/dialog.json")
read -r token_actions token_lifetime < <(python3 -c '
import base64, json, sys
p = sys.argv[1].split(".")[1]
c = json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
print(c["a"], c["exp"] - c.get("nbf", c.get("iat", c["exp"])))' "$token")
log "dialog token: ${#token} characters, a=$token_actions, valid ${token_lifetime} s"
[ "$planned" -lt "$token_lifetime" ] || { log "a run of $planned s would outlive the dialog token (${token_lifetime} s); use fewer or shorter rounds"; exit 2; }
# The same token with one signature character changed (not the last one: its low bits are padding in base64url).
tampered=$(python3 -c 'import sys; t = sys.argv[1]; c = t[-10]; print(t[:-10] + ("B" if c == "A" else "A") + t[-9:])' "$token")

# --- the load host ------------------------------------------------------------------------------------------------------
host_port=$(free_port)
host=http://127.0.0.1:$host_port
log "starting the load host on $host"
(cd "$work/host" && exec "${server_pin[@]}" dotnet DialogTokens.Benchmarks.ServiceProviderLoad.dll --urls "$host" \
  "--DialogServiceUri=$base" --Logging:LogLevel:Default=Warning) >"$work/host.log" 2>&1 &
host_pid=$!
wait_for "$host_pid" "$work/host.log" "$host/none/dialogs/$dialog_id/write"

# --- each endpoint answers as it should, once ---------------------------------------------------------------------------
check() { # check EXPECTED PATH [curl args...]
  local expected=$1 path=$2 got
  shift 2
  got=$(curl -s -o "$work/check.txt" -w '%{http_code}' -X POST "$@" "$host$path")
  if [ "$got" != "$expected" ]; then head -c 400 "$work/check.txt" >&2; echo >&2; log "POST $path answered $got, expected $expected"; exit 1; fi
}
bearer=(-H "Authorization: Bearer $token")
for kind in none cached uncached jwtbearer; do check 204 "/$kind/dialogs/$dialog_id/write" "${bearer[@]}"; done
check 204 "/pdp/dialogs/$dialog_id/write" -H "X-Pid: $pid_demo"
for kind in cached uncached jwtbearer; do
  check 403 "/$kind/dialogs/$other_dialog_id/write" "${bearer[@]}"   # a valid token for another dialog
  check 401 "/$kind/dialogs/$dialog_id/write" -H "Authorization: Bearer $tampered"
  check 401 "/$kind/dialogs/$dialog_id/write"
done
check 403 "/cached/dialogs/$other_dialog_id/write" "${bearer[@]}"
grep -q '"code":"dialog_mismatch"' "$work/check.txt" || { log "/cached for another dialog: no dialog_mismatch code"; exit 1; }
check 403 "/pdp/dialogs/$dialog_id/write" -H "X-Pid: $pid_stranger"        # the PDP does not permit a stranger
check 401 "/pdp/dialogs/$dialog_id/write"
log "checks passed: 204 with the token (X-Pid for pdp); 403 for another dialog, 401 tampered or missing; pdp 403 for a stranger"

# --- measuring ----------------------------------------------------------------------------------------------------------
ticks=$(getconf CLK_TCK)
proc_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# busy jiffies of the whole machine (all CPUs), and those of interrupts (irq + softirq: loopback TCP is mostly softirq)
machine_jiffies() { awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, $7 + $8 }' /proc/stat; }
endpoint_env() { # the wrk environment of an endpoint
  case "$1" in
    none) echo "SP_TOKEN= SP_PID=" ;;
    pdp) echo "SP_TOKEN= SP_PID=$pid_demo" ;;
    *) echo "SP_TOKEN=$token SP_PID=" ;;
  esac
}

printf 'round\tendpoint\treq/s\tp50_ms\tp99_ms\terrors\thost_ms/req\tservice_ms/req\twrk_cores\tother_cores\tirq_cores\n' >"$work/results.tsv"
# run_wrk ROUND ENDPOINT SECONDS: one wrk run; appends a row to results.tsv (ROUND 0: warm-up, dropped later).
# host_ms/req and service_ms/req: CPU time of the load host and of the dialog service per request; other_cores: the
# machine's busy CPU less the two servers, wrk and interrupts, i.e. the other work on this shared machine during the run;
# irq_cores: interrupt time (irq + softirq), mostly the loopback TCP of this test, counted apart from any process.
run_wrk() {
  local round=$1 name=$2 seconds=$3 out h0 h1 s0 s1 m0 m1 line row
  out=$work/wrk-$round-$name.txt
  h0=$(proc_ticks "$host_pid"); s0=$(proc_ticks "$service_pid"); m0=$(machine_jiffies)
  # shellcheck disable=SC2046 # endpoint_env prints VAR=VALUE words without spaces
  env $(endpoint_env "$name") /usr/bin/time -f 'WRK_CPU %U %S' \
    "${wrk_pin[@]}" wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$here/write.lua" "$host/$name/dialogs/$dialog_id/write" \
    >"$out" 2>&1 || { cat "$out" >&2; log "wrk failed ($name)"; exit 1; }
  h1=$(proc_ticks "$host_pid"); s1=$(proc_ticks "$service_pid"); m1=$(machine_jiffies)
  line=$(grep '^LOAD_RESULT' "$out") || { cat "$out" >&2; log "no LOAD_RESULT from wrk ($name)"; exit 1; }
  row=$(awk -v round="$round" -v name="$name" -v h0="$h0" -v h1="$h1" -v s0="$s0" -v s1="$s1" -v tck="$ticks" \
      -v m0="$m0" -v m1="$m1" -v wrkcpu="$(awk '/^WRK_CPU/ { print $2 + $3 }' "$out")" '
    {
      for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      secs = v["duration_us"] / 1e6
      errors = v["non2xx"] + v["connect"] + v["read"] + v["write"] + v["timeout"]
      split(m0, a, " "); split(m1, b, " ")
      irq = (b[2] - a[2]) / tck / secs
      other = (b[1] - a[1]) / tck / secs - irq - (h1 - h0 + s1 - s0) / tck / secs - wrkcpu / secs; if (other < 0) other = 0
      printf "%d\t%s\t%.0f\t%.2f\t%.2f\t%d\t%.4f\t%.4f\t%.2f\t%.2f\t%.2f\n", round, name, v["requests"] / secs,
        v["p50_us"] / 1000, v["p99_us"] / 1000, errors, (h1 - h0) / tck * 1000 / v["requests"],
        (s1 - s0) / tck * 1000 / v["requests"], wrkcpu / secs, other, irq
    }' <<<"$line")
  printf '%s\n' "$row" >>"$work/results.tsv"
  log "$(awk -F'\t' '{ printf "round %s %-9s %7s req/s  p50 %6s ms  p99 %6s ms  errors %s  CPU/req host %s ms, service %s ms; wrk %s, irq %s, others %s cores", $1, $2, $3, $4, $5, $6, $7, $8, $9, $11, $10 }' <<<"$row")"
  [ "$(cut -f6 <<<"$row")" = 0 ] || { cat "$out" >&2; log "$name: errors or non-2xx answers under load"; exit 1; }
  # /pdp must reach the dialog service's PDP on every request (a decision cache in the client would hide it): a decision
  # there costs far more than 0.05 ms of its CPU.
  if [ "$name" = pdp ] && awk -v ms="$(cut -f8 <<<"$row")" 'BEGIN { exit !(ms < 0.05) }'; then
    log "pdp: the dialog service spent $(cut -f8 <<<"$row") ms of CPU per request: the PDP was not asked on every request"; exit 1
  fi
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
log "load average before: $(loadavg) on $(nproc) CPUs; other wrk processes: $(pgrep -x wrk | wc -l)"
started=$(date -u '+%Y-%m-%d %H:%M UTC')

# Warm-up (tiered JIT of both servers and the PDP client), two passes over every endpoint; not reported.
half=$(((warmup + 1) / 2))
if [ "$warmup" -gt 0 ]; then
  log "warm-up: $warmup s per endpoint in two passes (not reported)"
  for _ in 1 2; do for name in "${endpoints[@]}"; do run_wrk 0 "$name" "$half"; done; done
fi

# Measured rounds: every endpoint once per round, the order rotated by one each round, so that no endpoint always runs
# first or last, and a ratio can be taken within each round.
for round in $(seq 1 "$rounds"); do
  for i in $(seq 0 $((${#endpoints[@]} - 1))); do
    run_wrk "$round" "${endpoints[$(((i + round - 1) % ${#endpoints[@]}))]}" "$duration"
  done
done
log "load average after: $(loadavg)"

# --- summary ------------------------------------------------------------------------------------------------------------
echo
if [ "$pin" = 1 ]; then placement="wrk pinned to CPU $wrk_cpus, the load host and the dialog service to CPUs $server_cpus"
else placement="wrk, the load host and the dialog service share all CPUs"; fi
echo "Service-provider throughput: $cpus CPUs, $placement; wrk -t$threads -c$connections --latency;"
echo "$rounds rounds x ${#endpoints[@]} endpoints x $duration s (interleaved, order rotated), after $warmup s of warm-up per endpoint; $started"
echo "source: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$root" status --porcelain 2>/dev/null | grep -q . && echo ' with uncommitted changes'); load average after: $(loadavg)"
echo
awk -F'\t' -v order="${endpoints[*]}" -v rounds="$rounds" '
  function median(list,   n, arr, i, j, t) {
    n = split(list, arr, " ")
    for (i = 2; i <= n; i++) for (j = i; j > 1 && arr[j - 1] + 0 > arr[j] + 0; j--) { t = arr[j]; arr[j] = arr[j - 1]; arr[j - 1] = t }
    return n % 2 ? arr[(n + 1) / 2] : (arr[n / 2] + arr[n / 2 + 1]) / 2
  }
  function minmax(list,   n, arr, i, lo, hi) {
    n = split(list, arr, " "); lo = hi = arr[1] + 0
    for (i = 2; i <= n; i++) { if (arr[i] + 0 < lo) lo = arr[i] + 0; if (arr[i] + 0 > hi) hi = arr[i] + 0 }
    return sprintf("%.0f-%.0f", lo, hi)
  }
  NR > 1 && $1 > 0 {
    rps[$2] = rps[$2] " " $3; p50[$2] = p50[$2] " " $4; p99[$2] = p99[$2] " " $5; err[$2] += $6
    host[$2] = host[$2] " " $7; svc[$2] = svc[$2] " " $8; other[$2] = other[$2] " " $10; irq[$2] = irq[$2] " " $11; wrk[$2] = wrk[$2] " " $9
    r[$1, $2] = $3
  }
  function ratio(a, b, goal,   m) {
    m = median(rps[a]) / median(rps[b])
    printf "%-20s %7.2f   per round %s%s\n", a "/" b, m, per_round(a, b), goal == "" ? "" : sprintf("   goal >= %d: %s", goal, m >= goal ? "met" : sprintf("MISSED (%.0f %% of the goal)", 100 * m / goal))
  }
  function per_round(a, b,   i, s) {
    s = ""
    for (i = 1; i <= rounds; i++) s = s (i > 1 ? ", " : "") sprintf("%.2f", r[i, a] / r[i, b])
    return s
  }
  END {
    printf "%-10s %9s %13s %8s %8s %7s %12s %15s %10s %10s %12s\n", "endpoint", "req/s", "(min-max)", "p50 ms", "p99 ms", "errors", "host ms/req", "service ms/req", "wrk cores", "irq cores", "other cores"
    n = split(order, names, " ")
    for (k = 1; k <= n; k++) {
      e = names[k]
      printf "%-10s %9.0f %13s %8.2f %8.2f %7d %12.3f %15.3f %10.2f %10.2f %12.2f\n", e, median(rps[e]), "(" minmax(rps[e]) ")", median(p50[e]), median(p99[e]), err[e], median(host[e]), median(svc[e]), median(wrk[e]), median(irq[e]), median(other[e])
    }
    print ""
    print "ratios of the median req/s (and within each round):"
    ratio("uncached", "pdp", 5)
    ratio("cached", "pdp", 20)
    ratio("uncached", "jwtbearer", "")
    ratio("cached", "none", "")
    ratio("none", "pdp", "")
    hp = median(host["pdp"]) + median(svc["pdp"])
    printf "CPU per request, pdp (host + dialog service) / cached (host): %.3f / %.3f ms = %.1f; pdp host alone / cached: %.1f\n", hp, median(host["cached"]), hp / median(host["cached"]), median(host["pdp"]) / median(host["cached"])
  }' "$work/results.tsv"
if [ "$keep" = 1 ]; then echo; echo "rows: $work/results.tsv"; fi
