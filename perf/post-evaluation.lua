-- wrk script: POST answers to /v1/evaluations, going round the JSON lines of the file BODIES.
-- Environment: KEY (an API key), BODIES (one submission JSON object a line).
local bodies = {}
for line in io.lines(os.getenv("BODIES")) do
  if #line > 0 then bodies[#bodies + 1] = line end
end
assert(#bodies > 0, "no submissions in " .. os.getenv("BODIES"))
local headers = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. os.getenv("KEY")}
local next_body = 0

request = function()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", nil, headers, bodies[next_body])
end

done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p99 %.1f ms, %.0f requests/s\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
