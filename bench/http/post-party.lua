-- wrk script for the writes benchmark: each request creates a party with a name no other request used.
-- BENCH_PATH and BENCH_TOKEN come from the environment (bench/http/writes.ts sets them).
local n = 0
local path = os.getenv("BENCH_PATH")
wrk.headers["content-type"] = "application/json"
wrk.headers["authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
math.randomseed(os.time())
local run = math.random(1, 1000000000)

request = function()
  n = n + 1
  local body = string.format('{"name":"Bench party %d-%d","kind":"party"}', run, n)
  return wrk.format("POST", path, nil, body)
end
