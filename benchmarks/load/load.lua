-- wrk script for benchmarks/load/run.sh. Everything comes from the environment, so one script serves every scenario:
--   LOAD_TOKEN         bearer token for the Authorization header (unset: anonymous)
--   LOAD_ACCEPT        Accept header (default application/json)
--   LOAD_METHOD        request method (default GET)
--   LOAD_BODY_FILE     request body, read once (sets Content-Type: LOAD_CONTENT_TYPE, default application/json)
--   LOAD_DELAY_MS      mean pause in ms before each request, per connection (unset: closed loop, as fast as possible).
--                      wrk has no rate option. Pauses are drawn from an exponential distribution with that mean, so
--                      that the connections' requests arrive as a Poisson stream instead of in synchronized bursts
--                      (equal pauses keep every connection in step, and the tail then measures the burst, not the
--                      service). wrk's timers are whole milliseconds: each draw is rounded to the nearest.
-- done() prints one machine-readable line, LOAD_RESULT key=value ..., that run.sh parses (latencies in microseconds).

local token = os.getenv("LOAD_TOKEN")
if token and #token > 0 then
  wrk.headers["Authorization"] = "Bearer " .. token
end

local accept = os.getenv("LOAD_ACCEPT")
wrk.headers["Accept"] = (accept and #accept > 0) and accept or "application/json"

local method = os.getenv("LOAD_METHOD")
if method and #method > 0 then
  wrk.method = method
end

local body_file = os.getenv("LOAD_BODY_FILE")
if body_file and #body_file > 0 then
  local f = assert(io.open(body_file, "rb"))
  wrk.body = f:read("*a")
  f:close()
  local content_type = os.getenv("LOAD_CONTENT_TYPE")
  wrk.headers["Content-Type"] = (content_type and #content_type > 0) and content_type or "application/json"
end

local mean_delay = tonumber(os.getenv("LOAD_DELAY_MS") or "")
if mean_delay and mean_delay > 0 then
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  function delay()
    return math.floor(-mean_delay * math.log(1 - math.random()) + 0.5)
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "LOAD_RESULT requests=%d duration_us=%d non2xx=%d connect=%d read=%d write=%d timeout=%d " ..
    "mean_us=%.0f p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d\n",
    summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency:percentile(99.9), latency.max))
end
