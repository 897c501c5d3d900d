#!/usr/bin/env bash
# Fuzzes the dialog token libraries with AFL++ and SharpFuzz (in-process: one .NET process runs input after input).
#   fuzz/run.sh <token|jwks|policy|dialog-request|all> <seconds per target>
# Builds fuzz/DialogTokens.Fuzz in Release into fuzz/out/bin, instruments our assemblies there, runs afl-fuzz for each
# target in turn (corpus/<target> and dictionaries/<target>.dict → fuzz/out/<target>), and prints per target: executions, exec/s, crashes, hangs.
# Exits 1 when a crash was found (each crashing input's path is printed), 2 on a usage or setup error (never 1).
# FUZZ_CPU=<n> pins afl-fuzz and the target to one core (taskset); FUZZ_TIMEOUT_MS sets the hang timeout (default 2000);
# FUZZ_CONFIGURATION=Debug builds what the tests build (CI: one compilation for both), Release (the default) runs faster.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
here="$root/fuzz"
all=(token jwks policy dialog-request)
log() { printf '[fuzz] %s\n' "$*" >&2; }

if [ $# -ne 2 ] || ! [[ "$2" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: fuzz/run.sh <${all[*]// /|}|all> <seconds per target>" >&2
  exit 2
fi
if [ "$1" = all ]; then targets=("${all[@]}"); else targets=("$1"); fi
for t in "${targets[@]}"; do
  [ -d "$here/DialogTokens.Fuzz/corpus/$t" ] || { echo "unknown target '$t' (${all[*]})" >&2; exit 2; }
done
seconds=$2
command -v afl-fuzz >/dev/null || { log "afl-fuzz not found: apt-get install -y afl++"; exit 2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
cd "$root"
dotnet tool restore >/dev/null || { log "dotnet tool restore failed (the sharpfuzz tool, .config/dotnet-tools.json)"; exit 2; }

# A fresh output each time: sharpfuzz rewrites an assembly in place and refuses one it already instrumented.
bin="$here/out/bin"
rm -rf "$bin"
configuration=${FUZZ_CONFIGURATION:-Release}
log "building fuzz/DialogTokens.Fuzz ($configuration)"
build=(dotnet build fuzz/DialogTokens.Fuzz/DialogTokens.Fuzz.csproj -c "$configuration" -o "$bin" -v quiet -nologo)
"${build[@]}" >/dev/null || { "${build[@]}"; exit 2; }
# Our code and the XACML parser that the policy validator hands a policy to; the framework is not instrumented.
for dll in DialogTokens DialogTokens.Authorization DialogTokens.DialogService Altinn.Authorization.ABAC; do
  dotnet sharpfuzz "$bin/$dll.dll" >/dev/null || { log "sharpfuzz could not instrument $dll.dll"; exit 2; }
done

pin=()
[ -n "${FUZZ_CPU:-}" ] && pin=(taskset -c "$FUZZ_CPU")
export AFL_SKIP_CPUFREQ=1                      # a container cannot set the CPU governor
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 # nor core_pattern, as root in a container
export AFL_NO_UI=1 AFL_NO_AFFINITY=1           # log lines, not a screen; cores are shared (pin with FUZZ_CPU)
export AFL_SKIP_BIN_CHECK=1                    # the binary afl-fuzz starts is dotnet; SharpFuzz speaks the forkserver protocol
export AFL_FORKSRV_INIT_TMOUT=60000            # the runtime's start-up and JIT before the first input
export AFL_FAST_CAL=1 AFL_NO_CRASH_README=1

field() { grep -E "^$2 +:" "$1" | sed -E 's/^[^:]+: *//' || true; }
found=0
rows=()
for t in "${targets[@]}"; do
  out="$here/out/$t"
  rm -rf "$out"
  log "$t: ${seconds}s"
  # afl-fuzz stops itself after -V seconds; the timeout only bounds a fuzzer that never gets going.
  timeout -k 10 $((seconds + 120)) "${pin[@]}" afl-fuzz -i "$here/DialogTokens.Fuzz/corpus/$t" -x "$here/DialogTokens.Fuzz/dictionaries/$t.dict" -o "$out" \
    -t "${FUZZ_TIMEOUT_MS:-2000}" -m none -V "$seconds" \
    -- "$(command -v dotnet)" "$bin/DialogTokens.Fuzz.dll" "$t" >"$here/out/$t.log" 2>&1 \
    || { log "$t: afl-fuzz failed; the end of its log:"; tail -n 30 "$here/out/$t.log" >&2; exit 2; }
  stats="$out/default/fuzzer_stats"
  [ -f "$stats" ] || { log "$t: no $stats"; exit 2; }
  crashes=$(field "$stats" saved_crashes)
  [ -n "$crashes" ] || { log "$t: $stats has no saved_crashes"; exit 2; }
  rows+=("$(printf '%-15s %12s %10s %8s %8s %7s' "$t" "$(field "$stats" execs_done)" "$(field "$stats" execs_per_sec)" \
    "$crashes" "$(field "$stats" saved_hangs)" "$(field "$stats" run_time)")")
  if [ "$crashes" != 0 ]; then
    found=1
    for f in "$out"/default/crashes/id:*; do
      log "$t: CRASH $f (replay: dotnet run --project fuzz/DialogTokens.Fuzz -- $t '$f')"
      # The output directory does not outlive a CI machine: the input itself, when it is small enough for a log.
      [ "$(stat -c %s "$f")" -le 4096 ] && log "$t: its base64: $(base64 -w0 "$f")"
    done
  fi
done

printf '%-15s %12s %10s %8s %8s %7s\n' target executions exec/s crashes hangs seconds
printf '%s\n' "${rows[@]}"
exit $found
