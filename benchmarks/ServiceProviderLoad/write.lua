-- wrk script for benchmarks/ServiceProviderLoad/run.sh: POST .../dialogs/{id}/write with an empty body.
-- From the environment:
--   SP_TOKEN   a dialog token, sent as Authorization: Bearer (unset or empty: none)
--   SP_PID     a person identifier, sent as X-Pid (the /pdp endpoint's "provider already knows the user")
-- done() prints one machine-readable line, LOAD_RESULT key=value ..., that run.sh parses (latencies in microseconds).

wrk.method = "POST"
wrk.headers["Content-Length"] = "0"

local token = os.getenv("SP_TOKEN")
if token and #token > 0 then
  wrk.headers["Authorization"] = "Bearer " .. token
end

local pid = os.getenv("SP_PID")
if pid and #pid > 0 then
  wrk.headers["X-Pid"] = pid
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "LOAD_RESULT requests=%d duration_us=%d non2xx=%d connect=%d read=%d write=%d timeout=%d " ..
    "mean_us=%.0f p50_us=%d p90_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
