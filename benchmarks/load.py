"""Load the site with wrk over a mix of routes, quietly and while seed and import write.

For each database (SQLite in a temp file, PostgreSQL as a throwaway server in a temp dir when
Debian `postgresql` is installed) it seeds the full catalogue, starts gunicorn as `make run`
does (2 sync workers) on a free port on 127.0.0.1, and runs wrk (2 threads, 64 connections,
60 s, wrk's own 2 s timeout) with benchmarks/load.lua, which spreads the requests over every
programme page, many searches, the home page, the questionnaire and comparisons. Two runs per
database:

- quiet: only the readers;
- writes: meanwhile `flask seed --reset` and `flask import-figures` run one after the other,
  again and again until wrk stops.

Prints one table row per run: req/s, p50 and p99 latency, responses that were not 2xx/3xx,
socket errors (connect, read, write, timeout) and the writer runs (done / failed, with the
first error of a failed one below the table).

Bounded: every wrk run stops after --duration seconds, the writer loop with it, every
command has a timeout, and only 127.0.0.1 is loaded. Exit 0 after the runs, 1 when a server
could not be started or seeded, 2 when wrk is missing (`apt-get install wrk`).

Run: .venv/bin/python benchmarks/load.py [--duration 60] [--connections 64]
     [--databases sqlite,postgres] [--writer-nice 10]

The writers run at `nice 10` by default, as seed and import should on an app server (see
the README): on a 2-core machine an unniced `seed --reset` takes a whole core for seconds
and 64 queued readers then wait past wrk's 2 s timeout.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field

# benchmarks/ is sys.path[0]: this imports benchmarks/http.py, the shared wrk helpers.
from http import (  # type: ignore[attr-defined]
    HOST,
    LATENCY_RE,
    RPS_RE,
    free_port,
    get_response,
    seed,
    start_gunicorn,
    stop,
    to_ms,
    venv_tool,
    wait_for_ping,
)
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LUA_SCRIPT = Path(__file__).with_name("load.lua")
THREADS = 2
SOCKET_ERRORS_RE = re.compile(
    r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
NON_2XX_RE = re.compile(r"Non-2xx or 3xx responses: (\d+)")
# The last line of a traceback: "sqlite3.OperationalError: database is locked".
EXCEPTION_LINE_RE = re.compile(r"^[A-Za-z_][\w.]*(?:Error|Exception|Timeout)\b.*:")
STATUSES_RE = re.compile(r"^statuses: (.*)$", re.MULTILINE)  # printed by load.lua
PROGRAMME_LINK_RE = re.compile(rb'href="(/opleidingen/\d+/[a-z0-9-]+)"')
SEARCHES = (
    "/opleidingen", "/opleidingen?q=zorg", "/opleidingen?q=kok", "/opleidingen?q=verpleeg",
    "/opleidingen?q=autotechniek", "/opleidingen?q=ict&level=4",
    "/opleidingen?q=zorg&level=3&leerweg=bbl&sort=job_chance",
    "/opleidingen?level=2", "/opleidingen?leerweg=bbl&level=3&sort=job_chance",
    "/opleidingen?q=bouw&place=Utrecht&distance=25", "/opleidingen?q=dieren",
    "/opleidingen?q=kapper", "/opleidingen?q=logistiek&sort=job_chance",
    "/opleidingen?page=2", "/opleidingen?q=electro", "/opleidingen?q=onderwijs",
)
OTHER_PAGES = ("/", "/", "/orientatie", "/orientatie/stap/1", "/ouders", "/uitleg")
# Measured facts for import-figures, in the format of seed_data/README.md.
IMPORT_ROWS = 20
WARM_UP_SECONDS = 20


@dataclass
class Run:
    """One wrk run and, for a writes run, what the writer loop did."""

    database: str
    scenario: str
    rps: float = 0.0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    non_2xx_3xx: int = 0
    socket_errors: dict[str, int] = field(default_factory=dict)
    statuses: str = ""
    server_errors: list[str] = field(default_factory=list)
    writes_done: int = 0
    writes_failed: int = 0
    write_errors: list[str] = field(default_factory=list)


def programme_paths(port: int) -> list[str]:
    """Every programme page, as the search list links to them (50 a page)."""
    found: dict[str, None] = {}
    for page in range(1, 40):
        answer = get_response(port, f"/opleidingen?page={page}", timeout=30.0)
        links = PROGRAMME_LINK_RE.findall(answer)
        if not links or all(link.decode() in found for link in links):
            break
        found.update(dict.fromkeys(link.decode() for link in links))
    return list(found)


def compare_paths(programmes: list[str], count: int = 40) -> list[str]:
    """Comparisons of 2 or 3 programmes picked across the catalogue."""
    crebos = [path.split("/")[2] for path in programmes]
    step = max(1, len(crebos) // count)
    paths = []
    for i in range(0, min(len(crebos), count * step), step):
        chosen = crebos[i:i + 2 + i % 2]
        if len(chosen) >= 2:
            paths.append("/vergelijk?" + "&".join(f"crebo={c}" for c in chosen))
    return paths


def route_mix(port: int) -> list[str]:
    """The requests wrk cycles through: about half programme pages, then searches, home,
    questionnaire and comparisons (programme pages once each, the rest repeated)."""
    programmes = programme_paths(port)
    compares = compare_paths(programmes)
    return [*programmes, *SEARCHES * 12, *OTHER_PAGES * 20, *compares * 2]


def write_lua_paths(paths: list[str], target: Path) -> None:
    """A Lua file that load.lua reads: one path per line."""
    target.write_text("\n".join(paths) + "\n", encoding="utf-8")


def write_import_file(programmes: list[str], target: Path) -> None:
    """A valid import-figures CSV: a measured start salary for some programmes."""
    lines = ["crebo,leerweg,region,indicator,value,unit,year,source"]
    for i, path in enumerate(programmes[:IMPORT_ROWS]):
        crebo = path.split("/")[2]
        lines.append(f"{crebo},,,start_salary,{2200 + 10 * i},eur_month,2026,Load benchmark")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def writer_loop(env: dict[str, str], import_file: Path, stop_at: float, run: Run,
                nice: int = 0) -> None:
    """Run seed --reset and import-figures in turn until stop_at; count done and failed.

    With `nice`, they run at that lower CPU priority, as batch jobs on an app server should:
    on a small machine a seed takes a whole core for seconds, and readers then queue.
    """
    commands = (["seed", "--reset"], ["import-figures", str(import_file)])
    prefix = ["nice", "-n", str(nice)] if nice else []
    i = 0
    while time.monotonic() < stop_at:
        args = commands[i % 2]
        i += 1
        try:
            done = subprocess.run([*prefix, *venv_tool("flask"), "--app", "kiesmbo", *args],
                                  cwd=PROJECT_ROOT, env=env, capture_output=True, text=True,
                                  timeout=max(5.0, stop_at - time.monotonic() + 30))
        except subprocess.TimeoutExpired:
            run.writes_failed += 1
            run.write_errors.append(f"{' '.join(args)}: timed out")
            continue
        if done.returncode == 0:
            run.writes_done += 1
        else:
            run.writes_failed += 1
            last = (done.stderr.strip() or done.stdout.strip()).splitlines()[-1:]
            run.write_errors.append(f"{' '.join(args)}: exit {done.returncode}: "
                                    f"{last[0] if last else ''}")


def run_wrk(wrk: str, port: int, paths_file: Path, duration: int, connections: int,
            run: Run) -> None:
    """Run wrk with load.lua and fill in the run's figures."""
    env = {**os.environ, "KIESMBO_LOAD_PATHS": str(paths_file)}
    command = [wrk, f"-t{THREADS}", f"-c{connections}", f"-d{duration}s", "--latency",
               "-s", str(LUA_SCRIPT), f"http://{HOST}:{port}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True, env=env,
                            timeout=duration + 60).stdout
    rps = RPS_RE.search(output)
    percentiles = {pct: to_ms(value, unit) for pct, value, unit in LATENCY_RE.findall(output)}
    if rps is None or not {"50", "99"} <= percentiles.keys():
        raise ValueError(f"could not parse wrk output:\n{output}")
    run.rps, run.p50_ms, run.p99_ms = float(rps.group(1)), percentiles["50"], percentiles["99"]
    statuses = STATUSES_RE.search(output)
    run.statuses = statuses.group(1).strip() if statuses else ""
    non = NON_2XX_RE.search(output)
    run.non_2xx_3xx = int(non.group(1)) if non else 0
    errors = SOCKET_ERRORS_RE.search(output)
    names = ("connect", "read", "write", "timeout")
    run.socket_errors = dict(zip(names, (int(g) for g in errors.groups()), strict=True)) \
        if errors else dict.fromkeys(names, 0)


def server_errors(log: Path, start: int) -> list[str]:
    """The distinct error lines gunicorn and the app logged since `start` (a byte offset),
    each with how often it came: the last line of each traceback, and gunicorn's own."""
    with log.open("rb") as handle:
        handle.seek(start)
        lines = handle.read().decode("utf-8", "replace").splitlines()
    found: dict[str, int] = {}
    for line in lines:
        if "[ERROR]" in line or "[CRITICAL]" in line or EXCEPTION_LINE_RE.match(line):
            key = re.sub(r"^\[[^]]*\] \[\d+\] ", "", line.strip())[:160]
            found[key] = found.get(key, 0) + 1
    return [f"{count} x {line}" for line, count in found.items()]


def start_postgres(workdir: Path) -> tuple[str, list[str]] | None:
    """A throwaway PostgreSQL in a temp dir (as scripts/with_postgres.sh); None if absent.

    Returns the database URL and the command that stops the server.
    """
    initdb = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not initdb:
        return None
    bindir = Path(initdb[-1]).parent
    data = workdir / "pg"
    data.mkdir()
    as_owner: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        shutil.chown(workdir, "postgres", "postgres")
        shutil.chown(data, "postgres", "postgres")
        as_owner = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    subprocess.run([*as_owner, str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
                    "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], check=True,
                   capture_output=True, timeout=120)
    subprocess.run([*as_owner, str(bindir / "pg_ctl"), "-D", str(data), "-l",
                    str(workdir / "pg.log"), "-w", "start", "-o",
                    f"-p {port} -k {workdir} -c listen_addresses={HOST} -c max_connections=200"],
                   check=True, capture_output=True, timeout=120)
    stop_command = [*as_owner, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w",
                    "stop"]
    return f"postgresql+psycopg://postgres@{HOST}:{port}/postgres", stop_command


def bench_database(name: str, database_url: str, workdir: Path, wrk: str,
                   args: argparse.Namespace) -> list[Run]:
    """Seed, start gunicorn, and do the quiet and the writes run on one database."""
    print(f"{name}: seeding ...", flush=True)
    seed(database_url, workdir / f"seed-{name}.log")
    port = free_port()
    server = start_gunicorn(database_url, port, workdir / f"gunicorn-{name}.log")
    runs = []
    try:
        if not wait_for_ping(port, server, timeout=120):
            raise RuntimeError(f"gunicorn on {name} did not answer /ping; see "
                               f"{workdir / f'gunicorn-{name}.log'}")
        paths = route_mix(port)
        programmes = [p for p in paths if p.count("/") == 3 and p.startswith("/opleidingen/")]
        paths_file = workdir / f"paths-{name}.txt"
        write_lua_paths(paths, paths_file)
        import_file = workdir / f"figures-{name}.csv"
        write_import_file(programmes, import_file)
        print(f"{name}: {len(paths)} paths ({len(programmes)} programme pages); warming up",
              flush=True)
        # Fill both workers' page caches, as a site that has been up a while has them.
        subprocess.run([wrk, "-t2", "-c8", f"-d{WARM_UP_SECONDS}s", "-s", str(LUA_SCRIPT),
                        f"http://{HOST}:{port}"], capture_output=True, timeout=60,
                       env={**os.environ, "KIESMBO_LOAD_PATHS": str(paths_file)})
        for scenario in args.scenarios:
            run = Run(name, scenario)
            writer = None
            if scenario == "writes":
                env = {**os.environ, "DATABASE_URL": database_url}
                stop_at = time.monotonic() + args.duration
                writer = threading.Thread(target=writer_loop,
                                          args=(env, import_file, stop_at, run,
                                                args.writer_nice))
                writer.start()
            print(f"{name}: {scenario} run, {args.duration} s at {args.connections} "
                  "connections ...", flush=True)
            log = workdir / f"gunicorn-{name}.log"
            log_start = log.stat().st_size
            run_wrk(wrk, port, paths_file, args.duration, args.connections, run)
            run.server_errors = server_errors(log, log_start)
            if writer is not None:
                writer.join()
            runs.append(run)
    finally:
        stop(server)
    return runs


def report(runs: list[Run], args: argparse.Namespace) -> None:
    """Print the table and, below it, the first error of each failing writer."""
    print(f"\nwrk -t{THREADS} -c{args.connections} -d{args.duration}s (timeout 2 s), "
          "gunicorn 2 sync workers, route mix of benchmarks/load.lua\n")
    header = (f"{'database':<9} {'run':<7} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
              f"{'non-2xx/3xx':>11} {'connect':>7} {'read':>5} {'write':>5} {'timeout':>7} "
              f"{'writes ok/failed':>16}")
    print(header)
    print("-" * len(header))
    for r in runs:
        e = r.socket_errors
        writes = f"{r.writes_done}/{r.writes_failed}" if r.scenario == "writes" else "-"
        print(f"{r.database:<9} {r.scenario:<7} {r.rps:8.1f} {r.p50_ms:8.1f} {r.p99_ms:8.1f} "
              f"{r.non_2xx_3xx:11d} {e['connect']:7d} {e['read']:5d} {e['write']:5d} "
              f"{e['timeout']:7d} {writes:>16}")
    for r in runs:
        print(f"{r.database} {r.scenario}: statuses {r.statuses or '?'}")
        for error in dict.fromkeys(r.write_errors):
            print(f"  writer: {error}")
        for error in r.server_errors[:8]:
            print(f"  server log: {error}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=60, help="seconds per run (60)")
    parser.add_argument("--connections", type=int, default=64, help="open connections (64)")
    parser.add_argument("--databases", default="sqlite,postgres",
                        help="comma-separated: sqlite, postgres (both)")
    parser.add_argument("--scenarios", default="quiet,writes",
                        help="comma-separated: quiet, writes (both)")
    parser.add_argument("--writer-nice", type=int, default=10, choices=range(20),
                        metavar="N", help="CPU priority of seed and import (nice; 0: none)")
    args = parser.parse_args()
    args.scenarios = [s for s in args.scenarios.split(",") if s]
    databases = [d for d in args.databases.split(",") if d]
    if not 1 <= args.duration <= 600 or not 1 <= args.connections <= 1024 or \
            not set(databases) <= {"sqlite", "postgres"} or \
            not set(args.scenarios) <= {"quiet", "writes"}:
        parser.error("duration 1-600 s, connections 1-1024, databases sqlite/postgres, "
                     "scenarios quiet/writes")
    wrk = shutil.which("wrk")
    if wrk is None:
        print("error: wrk is not installed; install it with: apt-get install wrk",
              file=sys.stderr)
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="kiesmbo-load-"))
    workdir.chmod(0o755)
    runs: list[Run] = []
    stop_postgres: list[str] | None = None
    try:
        for name in databases:
            if name == "sqlite":
                url = f"sqlite:///{workdir / 'load.db'}"
            else:
                pg_dir = workdir / "postgres-run"
                pg_dir.mkdir()
                started = start_postgres(pg_dir)
                if started is None:
                    print("postgres: no PostgreSQL installed here, skipped", flush=True)
                    continue
                url, stop_postgres = started
            try:
                runs += bench_database(name, url, workdir, wrk, args)
            except (subprocess.CalledProcessError, RuntimeError) as error:
                print(f"error: {name}: {error}", file=sys.stderr)
                for log in sorted(workdir.glob(f"*{name}.log")):
                    tail = log.read_text(errors="replace").splitlines()[-15:]
                    print(f"--- {log.name}\n" + "\n".join(tail), file=sys.stderr)
                return 1
        report(runs, args)
        return 0
    finally:
        if stop_postgres is not None:
            subprocess.run(stop_postgres, capture_output=True, timeout=60)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
