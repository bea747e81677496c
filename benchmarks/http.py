"""Measure HTTP throughput and latency of the site under gunicorn with wrk, on real traffic shapes.

Seeds a fresh SQLite database in a temporary folder and starts gunicorn (2 sync workers) on a
free port three times: with the page cache off and nothing warmed ("off, first visits"), with
the page cache off after warm passes ("off"), and with it on after warm passes ("on"). Each
time it runs wrk (`-t2 -c16 --latency`) against:

- the floor (/ping), one filtered search and one programme page (the old fixed-URL runs);
- every programme page in every language, in random order ("all programmes");
- 400 distinct realistic searches (benchmarks/traffic.py) in random order ("searches");
- programme pages with a random cache-busting argument per request ("cache-busting").

A warm pass requests every URL of the varied sets once. With the cache off, two passes fill
what a worker that has been running a while holds whatever the URL: compiled templates per
language, the shared fragments (figure sets, bol/bbl tables, admission rows; each of the two
workers keeps its own) and per-snapshot data. The "first visits" state shows what a freshly
started worker costs before that. With the cache on, passes repeat until a pass finds almost
every page cached by the worker that answered (the X-Page-Cache header says hit or miss).
Requests send Accept-Encoding: gzip, deflate, br, as browsers do. The floor runs before and
after every other run, and each run's ratio is to the mean of the two floor runs around it:
this VM's speed drifts by a quarter within minutes, so a floor measured once at the start
would make the last runs of a state look better or worse than they are. Prints req/s, p50 and
p99 per run with its ratio to the floor (the floor row: the mean and the spread of its runs),
then the in-process render times (benchmarks/render.py) and the targets of issue 15:

- cache off (after the warm passes), varied URLs: programme pages >= 30% of the floor,
  searches >= 25%, p99 < 50 ms;
- cache on after the warm passes: programme pages and searches >= 80% of the floor;
- cache-busting costs no more than a cached page (its ratio >= 90% of "all programmes").

It prints figures; it is not a test: exit 0 after a run, 1 if the server could not be started
or a route did not answer 200, 2 if wrk is not installed (`apt-get install wrk`).

With --repeat N each varied run is made N times (each between floor runs) and the median
ratio counts; the table shows every repetition's ratio.

Run from anywhere: python benchmarks/http.py [--duration 10] [--connections 16] [--repeat 1]

This file is named http.py, so it shadows the standard library's `http` package for this
script: it must not import http, urllib.request or anything that does; it speaks raw sockets.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
WORKERS = 2
WRK_THREADS = 2
FLOOR = "/ping"
SEARCH = "/opleidingen?q=zorg&level=3&leerweg=bbl&sort=job_chance"
PROGRAMME = "/opleidingen/25655/mbo-verpleegkundige"
FIXED_ROUTES = (FLOOR, SEARCH, PROGRAMME)
ALL_PROGRAMMES, SEARCHES, BUSTING = "all programmes", "searches", "cache-busting"
TARGET_CONNECTIONS = 16
TARGET_P99_MS = 50.0
# Share of the floor's req/s per varied run, page cache off and on (issue 15).
TARGET_SHARE = {"off": {ALL_PROGRAMMES: 0.30, SEARCHES: 0.25},
                "on": {ALL_PROGRAMMES: 0.80, SEARCHES: 0.80}}
BUSTING_SHARE = 0.90  # cache-busting req/s against "all programmes", cache on
WARM_THREADS = 4
MAX_WARM_PASSES = 12
WARM_ENOUGH = 0.005  # a pass in which at most this share of requests was rendered
COLD, OFF, ON = "off, first visits", "off", "on"
OFF_WARM_PASSES = 2  # each worker sees about half of a pass; two leave little unseen
# What browsers send (wrk -H adds it to every request, Lua ones too): the page cache keeps
# gzipped pages, and a client without gzip would get each one unpacked.
ACCEPT_ENCODING = "gzip, deflate, br"
# wrk's Lua: each thread reads the URL list and requests it in its own random order; with
# BUST set, every request gets a fresh ?x= argument (a cache-busting visitor).
LUA = """
local paths = {}
local bust = os.getenv("BUST") == "1"
function init(args)
  for line in io.lines(os.getenv("PATHS_FILE")) do paths[#paths + 1] = line end
  math.randomseed(os.time() + tonumber(tostring(paths):match("0x(%x+)"), 16) % 100000)
end
function request()
  local path = paths[math.random(#paths)]
  if bust then
    local sep = path:find("?", 1, true) and "&" or "?"
    path = path .. sep .. "x=" .. math.random(1000000000)
  end
  return wrk.format("GET", path)
end
"""
UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
LATENCY_RE = re.compile(r"^\s*(50|99)(?:\.0+)?%\s+([\d.]+)(us|ms|s|m|h)\s*$", re.MULTILINE)
RPS_RE = re.compile(r"^Requests/sec:\s+([\d.]+)", re.MULTILINE)
ERRORS_RE = re.compile(r"^\s*(Non-2xx or 3xx responses: \d+|Socket errors: .*)$", re.MULTILINE)


@dataclass
class Result:
    """One wrk run: throughput, latency percentiles and any error lines wrk printed."""

    route: str
    rps: float
    p50_ms: float
    p99_ms: float
    errors: list[str]
    # The floor's req/s around this run (the mean of the floor runs before and after it).
    floor_rps: float = 0.0
    # Of the floor row: the slowest and fastest of its runs.
    spread: tuple[float, float] | None = None
    # Of a repeated run (--repeat): every repetition's ratio; this result is the median one.
    ratios: tuple[float, ...] = ()

    @property
    def ratio(self) -> float:
        return self.rps / self.floor_rps


def venv_tool(name: str) -> list[str]:
    """Command prefix for a console script beside this interpreter, else `python -m name`."""
    sibling = Path(sys.executable).parent / name
    return [str(sibling)] if sibling.exists() else [sys.executable, "-m", name]


def free_port() -> int:
    """Ask the kernel for a free TCP port on the loopback address."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def get_response(port: int, path: str, timeout: float = 5.0) -> bytes:
    """GET path over a raw socket and return the whole answer, status line and headers too."""
    request = f"GET {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nConnection: close\r\n\r\n"
    with socket.create_connection((HOST, port), timeout=timeout) as sock:
        sock.sendall(request.encode("ascii"))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    return data


def get_status(port: int, path: str, timeout: float = 5.0) -> int:
    """GET path over a raw socket and return the HTTP status code (0 if there is none)."""
    return get_status_and_cache(port, path, timeout)[0]


def get_status_and_cache(port: int, path: str, timeout: float = 5.0) -> tuple[int, str]:
    """The HTTP status code and the X-Page-Cache header ("hit", "miss" or "")."""
    answer = get_response(port, path, timeout)
    match = re.match(rb"HTTP/1\.[01] (\d{3})", answer)
    cache = re.search(rb"\r\nX-Page-Cache: (\w+)", answer.split(b"\r\n\r\n", 1)[0])
    return (int(match.group(1)) if match else 0), (cache.group(1).decode() if cache else "")


def wait_for_ping(port: int, server: subprocess.Popen[bytes], timeout: float = 30.0) -> bool:
    """Poll /ping until it answers 200; False if the server died or the time ran out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            return False
        try:
            if get_status(port, FLOOR, timeout=1.0) == 200:
                return True
        except OSError:
            pass
        time.sleep(0.2)
    return False


def seed(database_url: str, log: Path) -> None:
    """Create and fill the database with the flask CLI's seed command."""
    env = {**os.environ, "DATABASE_URL": database_url}
    with log.open("wb") as out:
        subprocess.run([*venv_tool("flask"), "--app", "kiesmbo", "seed"], cwd=PROJECT_ROOT,
                       env=env, stdout=out, stderr=subprocess.STDOUT, check=True)


def start_gunicorn(database_url: str, port: int, log: Path,
                   page_cache: bool = True) -> subprocess.Popen[bytes]:
    """Start gunicorn with sync workers in the background, logging to a file."""
    env = {**os.environ, "DATABASE_URL": database_url}
    if not page_cache:
        env["KIESMBO_PAGE_CACHE_ENTRIES"] = "0"  # every request renders its page
    command = [*venv_tool("gunicorn"), "--workers", str(WORKERS), "--worker-class", "sync",
               "--bind", f"{HOST}:{port}", "--log-level", "warning", "wsgi:app"]
    with log.open("wb") as out:
        return subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=out,
                                stderr=subprocess.STDOUT)


def stop(server: subprocess.Popen[bytes]) -> None:
    """Stop gunicorn gracefully (SIGTERM), killing it if it lingers."""
    if server.poll() is not None:
        return
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def to_ms(value: str, unit: str) -> float:
    """Convert a wrk duration such as ('812.00', 'us') to milliseconds."""
    return float(value) * UNIT_MS[unit]


def parse_wrk(route: str, output: str) -> Result:
    """Read Requests/sec and the 50% and 99% latency lines from wrk's --latency output."""
    rps = RPS_RE.search(output)
    percentiles = {pct: to_ms(value, unit) for pct, value, unit in LATENCY_RE.findall(output)}
    if rps is None or not {"50", "99"} <= percentiles.keys():
        raise ValueError(f"could not parse wrk output for {route}:\n{output}")
    errors = [line.strip() for line in ERRORS_RE.findall(output)]
    return Result(route, float(rps.group(1)), percentiles["50"], percentiles["99"], errors)


def run_wrk(wrk: str, port: int, label: str, duration: int, connections: int,
            paths_file: Path | None = None, bust: bool = False) -> Result:
    """Run wrk against one route, or over a URL list with the Lua script; parse its figures."""
    threads = min(WRK_THREADS, connections)
    command = [wrk, f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency",
               "-H", f"Accept-Encoding: {ACCEPT_ENCODING}"]
    env = dict(os.environ)
    if paths_file is None:
        command.append(f"http://{HOST}:{port}{label}")
    else:
        script = paths_file.with_suffix(".lua")
        script.write_text(LUA, encoding="utf-8")
        env.update(PATHS_FILE=str(paths_file), BUST="1" if bust else "0")
        command += ["-s", str(script), f"http://{HOST}:{port}"]
    completed = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    return parse_wrk(label, completed.stdout)


def url_sets(database_url: str, workdir: Path) -> dict[str, Path]:
    """Write the varied URL lists (benchmarks/traffic.py, in a subprocess that may import
    Flask) as one file per run, a path per line."""
    output = workdir / "traffic.json"
    subprocess.run([sys.executable, str(PROJECT_ROOT / "benchmarks" / "traffic.py"),
                    database_url, str(output)], cwd=PROJECT_ROOT, check=True)
    import json  # json does not import http

    data = json.loads(output.read_text(encoding="utf-8"))
    files = {}
    for label, key in ((ALL_PROGRAMMES, "programmes"), (SEARCHES, "searches"),
                       (BUSTING, "programmes")):
        path = workdir / f"{key}.txt"
        path.write_text("\n".join(data[key]) + "\n", encoding="utf-8")
        files[label] = path
    return files


def warm_pass(port: int, files: dict[str, Path]) -> tuple[list[str], int]:
    """Request every URL of the varied sets once (a few at a time); return those not 200
    and how many the answering worker had not cached yet (X-Page-Cache: miss)."""
    from concurrent.futures import ThreadPoolExecutor

    paths = sorted({line for file in files.values()
                    for line in file.read_text(encoding="utf-8").splitlines() if line})
    with ThreadPoolExecutor(WARM_THREADS) as pool:
        answers = list(pool.map(lambda path: get_status_and_cache(port, path, timeout=30),
                                paths))
    failing = [path for path, (status, _) in zip(paths, answers, strict=True) if status != 200]
    return failing, sum(cache == "miss" for _, cache in answers)


def run_all(wrk: str, port: int, files: dict[str, Path], duration: int,
            connections: int, repeat: int = 1) -> list[Result]:
    """The fixed routes, then the varied runs (each `repeat` times; the median ratio is the
    result), for one server, with the floor run before and after each; the first result is
    the floor (the mean of its runs)."""
    runs: list[tuple[str, Path | None]] = [(route, None) for route in FIXED_ROUTES[1:]]
    runs += list(files.items())
    floors = [run_wrk(wrk, port, FLOOR, duration, connections)]
    results = []
    for label, file in runs:
        tries = []
        for _ in range(repeat if file is not None else 1):
            result = run_wrk(wrk, port, label, duration, connections, file,
                             bust=label == BUSTING)
            floors.append(run_wrk(wrk, port, FLOOR, duration, connections))
            result.floor_rps = (floors[-2].rps + floors[-1].rps) / 2
            tries.append(result)
        tries.sort(key=lambda r: r.ratio)
        median = tries[len(tries) // 2]
        if len(tries) > 1:
            median.ratios = tuple(r.ratio for r in tries)
        results.append(median)
    count = len(floors)
    floor = Result(FLOOR, sum(f.rps for f in floors) / count,
                   sum(f.p50_ms for f in floors) / count, sum(f.p99_ms for f in floors) / count,
                   [error for f in floors for error in f.errors],
                   spread=(min(f.rps for f in floors), max(f.rps for f in floors)))
    floor.floor_rps = floor.rps
    return [floor, *results]


def report(results: dict[str, list[Result]], connections: int) -> None:
    """Print the figures table for both cache states and the targets."""
    width = max(len(r.route) for runs in results.values() for r in runs)
    state_width = max(len(state) for state in results)
    print(f"{'cache':<{state_width}}  {'route':<{width}}  {'req/s':>9}  {'p50 ms':>8}  "
          f"{'p99 ms':>8}  {'ratio':>6}")
    for state, runs in results.items():
        for result in runs:
            spread = (f"  (runs {result.spread[0]:.0f}-{result.spread[1]:.0f})"
                      if result.spread else "")
            if result.ratios:
                spread = "  (ratios " + ", ".join(f"{r:.2f}" for r in result.ratios) + ")"
            print(f"{state:<{state_width}}  {result.route:<{width}}  {result.rps:9.1f}  "
                  f"{result.p50_ms:8.2f}  {result.p99_ms:8.2f}  {result.ratio:6.2f}{spread}")
    for state, runs in results.items():
        for result in runs:
            for error in result.errors:
                print(f"warning: cache {state}: {result.route}: {error}")
    print(f"\ntargets (cache off: after {OFF_WARM_PASSES} warm passes; the first-visit rows "
          "are a freshly started server):")
    for state, shares in TARGET_SHARE.items():
        by_route = {r.route: r for r in results[state]}
        for route, share in shares.items():
            ratio = by_route[route].ratio
            verdict = "met" if ratio >= share else "NOT met"
            print(f"  cache {state}, {route}: >= {share:.0%} of the floor: {ratio:.0%} "
                  f"-> {verdict}")
    varied = [r for r in results["off"] if r.route in TARGET_SHARE["off"]]
    worst = max(varied, key=lambda r: r.p99_ms)
    note = "" if connections == TARGET_CONNECTIONS else (
        f" (measured at {connections} connections; the target is for {TARGET_CONNECTIONS})")
    verdict = "met" if worst.p99_ms < TARGET_P99_MS else "NOT met"
    print(f"  cache off, varied URLs, p99 < {TARGET_P99_MS:.0f} ms: worst {worst.p99_ms:.2f} "
          f"ms ({worst.route}) -> {verdict}{note}")
    on = {r.route: r for r in results["on"]}
    ratio = on[BUSTING].ratio / on[ALL_PROGRAMMES].ratio  # each against its own floor
    verdict = "met" if ratio >= BUSTING_SHARE else "NOT met"
    print(f"  cache on, cache-busting >= {BUSTING_SHARE:.0%} of cached programme pages: "
          f"{ratio:.0%} -> {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per run (10)")
    parser.add_argument("--connections", type=int, default=TARGET_CONNECTIONS,
                        help=f"open connections ({TARGET_CONNECTIONS})")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each varied route; the median ratio counts (1)")
    parser.add_argument("--renders", type=int, default=200,
                        help="in-process renders per page type (200; 0 skips them)")
    args = parser.parse_args()
    wrk = shutil.which("wrk")
    if wrk is None:
        print("error: wrk is not installed; install it with: apt-get install wrk",
              file=sys.stderr)
        return 2

    workdir = Path(tempfile.mkdtemp(prefix="kiesmbo-http-"))
    server: subprocess.Popen[bytes] | None = None
    try:
        database_url = f"sqlite:///{workdir / 'bench.db'}"
        print(f"seeding {database_url} ...", flush=True)
        try:
            seed(database_url, workdir / "seed.log")
        except subprocess.CalledProcessError:
            print("error: seeding failed; its log:", file=sys.stderr)
            print((workdir / "seed.log").read_text(errors="replace"), file=sys.stderr)
            return 1
        files = url_sets(database_url, workdir)
        counts = {label: len(file.read_text(encoding="utf-8").splitlines())
                  for label, file in files.items()}
        print(f"URL sets: {counts[ALL_PROGRAMMES]} programme pages (all languages), "
              f"{counts[SEARCHES]} searches", flush=True)
        results: dict[str, list[Result]] = {}
        for state in (COLD, OFF, ON):
            port = free_port()
            log = workdir / f"gunicorn-{'cold' if state == COLD else state}.log"
            server = start_gunicorn(database_url, port, log, page_cache=state == ON)
            if not wait_for_ping(port, server):
                print("error: gunicorn did not answer /ping; its log:", file=sys.stderr)
                print(log.read_text(errors="replace"), file=sys.stderr)
                return 1
            failing = [route for route in FIXED_ROUTES if get_status(port, route) != 200]
            if state == OFF:
                for number in range(1, OFF_WARM_PASSES + 1):
                    started = time.monotonic()
                    missing, _ = warm_pass(port, files)
                    failing += missing
                    print(f"page cache off: warm pass {number}: {sum(counts.values())} "
                          f"requests in {time.monotonic() - started:.1f} s", flush=True)
            elif state == ON:
                # Each worker has its own cache and the kernel hands a connection to
                # either: pass over every URL until a pass finds almost nothing uncached.
                for number in range(1, MAX_WARM_PASSES + 1):
                    missing, misses = warm_pass(port, files)
                    failing += missing
                    print(f"page cache on: warm pass {number}: {misses} of "
                          f"{sum(counts.values())} requests rendered", flush=True)
                    if misses <= WARM_ENOUGH * sum(counts.values()) or missing:
                        break
            if failing:
                print(f"error: not answering 200: {', '.join(failing[:10])}", file=sys.stderr)
                return 1
            print(f"page cache {state}: wrk -t{min(WRK_THREADS, args.connections)} "
                  f"-c{args.connections} -d{args.duration}s per run ...", flush=True)
            results[state] = run_all(wrk, port, files, args.duration, args.connections,
                                     max(1, args.repeat))
            stop(server)
            server = None
        print()
        report(results, args.connections)
        if args.renders:
            print("\nuncached render time in-process (benchmarks/render.py):", flush=True)
            subprocess.run([sys.executable, str(PROJECT_ROOT / "benchmarks" / "render.py"),
                            "--renders", str(args.renders), "--database-url", database_url],
                           cwd=PROJECT_ROOT, check=False)
        return 0
    finally:
        if server is not None:
            stop(server)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
