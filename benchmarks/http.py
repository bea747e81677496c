"""Measure HTTP throughput and latency of the site under gunicorn with wrk.

Seeds a fresh SQLite database in a temporary folder, starts gunicorn (2 sync workers) on a free
port on 127.0.0.1, warms up, then runs `wrk -t2 -c16 -d10s --latency` against the floor
(/ping), a filtered search and a programme page. Prints req/s, p50 and p99 per route, each
route's throughput as a share of the floor, and whether the targets are met:

- programme page >= 50% of the floor's req/s
- filtered search >= 35% of the floor's req/s
- p99 < 50 ms at 16 connections, on every route

It prints figures; it is not a test: exit 0 after a run, 1 if the server could not be started
or a route did not answer 200, 2 if wrk is not installed (`apt-get install wrk`).

Run from anywhere: python benchmarks/http.py [--duration 10] [--connections 16] [--no-page-cache]
(--no-page-cache renders every page anew: the cost of a page nobody asked for before.)

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
ROUTES = (FLOOR, SEARCH, PROGRAMME)
# Routes requested once more before the measured runs (imports, caches, SQLite pages).
WARM_ROUTES = (*ROUTES, "/", "/opleidingen?q=kok")
TARGET_SHARE = {PROGRAMME: 0.50, SEARCH: 0.35}
TARGET_P99_MS = 50.0
TARGET_CONNECTIONS = 16
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


def venv_tool(name: str) -> list[str]:
    """Command prefix for a console script beside this interpreter, else `python -m name`."""
    sibling = Path(sys.executable).parent / name
    return [str(sibling)] if sibling.exists() else [sys.executable, "-m", name]


def free_port() -> int:
    """Ask the kernel for a free TCP port on the loopback address."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def get_status(port: int, path: str, timeout: float = 5.0) -> int:
    """GET path over a raw socket and return the HTTP status code (0 if there is none)."""
    request = f"GET {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nConnection: close\r\n\r\n"
    with socket.create_connection((HOST, port), timeout=timeout) as sock:
        sock.sendall(request.encode("ascii"))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    match = re.match(rb"HTTP/1\.[01] (\d{3})", data)
    return int(match.group(1)) if match else 0


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


def run_wrk(wrk: str, port: int, route: str, duration: int, connections: int) -> Result:
    """Run wrk against one route and parse its figures."""
    threads = min(WRK_THREADS, connections)
    command = [wrk, f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency",
               f"http://{HOST}:{port}{route}"]
    completed = subprocess.run(command, capture_output=True, text=True, check=True)
    return parse_wrk(route, completed.stdout)


def warm_up(wrk: str, port: int) -> list[str]:
    """Request every route once (returning those not answering 200), then load each briefly."""
    failing = [route for route in WARM_ROUTES if get_status(port, route) != 200]
    if not failing:
        for route in ROUTES:
            subprocess.run([wrk, "-t1", "-c2", "-d1s", f"http://{HOST}:{port}{route}"],
                           capture_output=True, check=True)
    return failing


def report(results: list[Result], connections: int) -> None:
    """Print the figures table and the targets."""
    floor = results[0].rps
    width = max(len(result.route) for result in results)
    print(f"{'route':<{width}}  {'req/s':>9}  {'p50 ms':>8}  {'p99 ms':>8}  {'ratio':>6}")
    for result in results:
        print(f"{result.route:<{width}}  {result.rps:9.1f}  {result.p50_ms:8.2f}  "
              f"{result.p99_ms:8.2f}  {result.rps / floor:6.2f}")
    for result in results:
        for error in result.errors:
            print(f"warning: {result.route}: {error}")
    print()
    print("targets:")
    by_route = {result.route: result for result in results}
    for route, share in TARGET_SHARE.items():
        ratio = by_route[route].rps / floor
        verdict = "met" if ratio >= share else "NOT met"
        print(f"  {route}: >= {share:.0%} of floor req/s: {ratio:.0%} -> {verdict}")
    worst = max(results, key=lambda result: result.p99_ms)
    verdict = "met" if worst.p99_ms < TARGET_P99_MS else "NOT met"
    note = "" if connections == TARGET_CONNECTIONS else (
        f" (measured at {connections} connections; the target is for {TARGET_CONNECTIONS})")
    print(f"  p99 < {TARGET_P99_MS:.0f} ms on every route: worst {worst.p99_ms:.2f} ms "
          f"({worst.route}) -> {verdict}{note}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per route (10)")
    parser.add_argument("--connections", type=int, default=TARGET_CONNECTIONS,
                        help=f"open connections ({TARGET_CONNECTIONS})")
    parser.add_argument("--no-page-cache", action="store_true",
                        help="switch the page cache off: measure rendering every request")
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
        port = free_port()
        server = start_gunicorn(database_url, port, workdir / "gunicorn.log",
                                page_cache=not args.no_page_cache)
        if not wait_for_ping(port, server):
            print("error: gunicorn did not answer /ping; its log:", file=sys.stderr)
            print((workdir / "gunicorn.log").read_text(errors="replace"), file=sys.stderr)
            return 1
        cache_state = "off" if args.no_page_cache else "on"
        print(f"gunicorn: {WORKERS} sync workers on {HOST}:{port}, page cache {cache_state}; "
              "warming up ...", flush=True)
        failing = warm_up(wrk, port)
        if failing:
            print(f"error: not answering 200: {', '.join(failing)}", file=sys.stderr)
            return 1
        print(f"wrk -t{min(WRK_THREADS, args.connections)} -c{args.connections} "
              f"-d{args.duration}s --latency, one run per route\n", flush=True)
        results = [run_wrk(wrk, port, route, args.duration, args.connections)
                   for route in ROUTES]
        report(results, args.connections)
        return 0
    finally:
        if server is not None:
            stop(server)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
