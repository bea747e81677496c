-- wrk script for benchmarks/load.py: GET a mix of paths, one path per line in the file
-- named by KIESMBO_LOAD_PATHS. Each thread starts at its own place in the shuffled list
-- and walks it in order, so every programme page is asked for and the mix stays the same.
local paths = {}
for line in io.lines(os.getenv("KIESMBO_LOAD_PATHS")) do
  if line ~= "" then paths[#paths + 1] = line end
end
math.randomseed(42)
for i = #paths, 2, -1 do
  local j = math.random(i)
  paths[i], paths[j] = paths[j], paths[i]
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("start", threads * 997)
end

local position = nil
function request()
  if position == nil then position = (start or 0) % #paths end
  position = position % #paths + 1
  return wrk.format("GET", paths[position], {["Accept-Encoding"] = "gzip"})
end

-- Count the answers by status, so load.py can say which ones were not 2xx/3xx.
statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

local all_threads = {}
local base_setup = setup
function setup(thread)
  base_setup(thread)
  all_threads[#all_threads + 1] = thread
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(all_threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(total) do parts[#parts + 1] = status .. "=" .. count end
  table.sort(parts)
  io.write("statuses: " .. table.concat(parts, " ") .. "\n")
end
