-- Cold load: each request asks for a different address, picked at random from a list file (one path a line),
-- so no two requests in a row are the same page: `wrk ... -s bench/wrk_paths.lua URL -- PATHS_FILE`.
-- The results are printed by wrk_report.lua's done(), loaded from the same folder.
local folder = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(folder .. "wrk_report.lua")

local paths = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  -- Each thread its own sequence: both threads must not ask for the same paths in the same order.
  math.randomseed(os.time() * 100 + id)
end

function request()
  return wrk.format(nil, paths[math.random(#paths)])
end
