"""Uncached render time per page type, in-process: median and p99 over 200 renders each.

The programme page and the search page are rendered over many distinct URLs (from
benchmarks/traffic.py) with the page cache off; the questionnaire result is rendered for a
session that walked the questionnaire with random answers. Targets (issue 15): median
<= 2.5 ms for the programme and search pages, <= 4 ms for the result.

Two rounds per page type: "first visits" times the first renders of a fresh app (each one
also fills shared fragments and compiles templates per language), "steady" times other URLs
after one pass over every URL, as in a worker that has been running a while; the targets are
checked on the steady round, and both are printed.
Run: python benchmarks/render.py [--renders 200] [--profile programme|search|result]
(--profile prints the top functions by own time for that page type.)
"""

from __future__ import annotations

import sys
from pathlib import Path

# Scripts run from benchmarks/ get it first on sys.path, where http.py (the HTTP benchmark)
# would shadow the standard library's http package that Flask and werkzeug import.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import argparse
import cProfile
import pstats
import random
import re
import statistics
import tempfile
import time
from collections.abc import Callable

from flask.testing import FlaskClient

from benchmarks.traffic import SEED, programme_paths, search_paths
from kiesmbo import create_app
from kiesmbo.db import get_snapshot

TARGET_MS = {"programme": 2.5, "search": 2.5, "result": 4.0}
CHOICE_RE = re.compile(r'<input[^>]*type="radio"[^>]*>')
ATTR_RE = re.compile(r'(name|value)="([^"]*)"')


def walk_questionnaire(client: FlaskClient, rnd: random.Random) -> str:
    """Answer every step with random choices (radio groups only) and return the result URL."""
    response = client.get("/orientatie/stap/1")
    path = "/orientatie/stap/1"
    for _ in range(20):
        html = response.get_data(as_text=True)
        groups: dict[str, list[str]] = {}
        for tag in CHOICE_RE.findall(html):
            attrs = dict(ATTR_RE.findall(tag))
            if "name" in attrs and "value" in attrs:
                groups.setdefault(attrs["name"], []).append(attrs["value"])
        form = {name: rnd.choice(values) for name, values in groups.items()}
        response = client.post(path, data=form)
        if response.status_code not in (302, 303):
            raise RuntimeError(f"{path} answered {response.status_code}")
        path = response.headers["Location"]
        if "uitslag" in path:
            return path
        response = client.get(path)
    raise RuntimeError("the questionnaire did not end")


def timed(render: Callable[[int], None], count: int) -> list[float]:
    times = []
    for number in range(count):
        start = time.perf_counter()
        render(number)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renders", type=int, default=200)
    parser.add_argument("--profile", choices=sorted(TARGET_MS))
    parser.add_argument("--database-url", help="an already seeded database (default: seed one)")
    args = parser.parse_args()
    url = args.database_url
    if url is None:
        url = f"sqlite:///{Path(tempfile.mkdtemp(prefix='kiesmbo-render-')) / 'render.db'}"
        seeding = create_app({"DATABASE_URL": url})
        result = seeding.test_cli_runner().invoke(args=["seed"])
        if result.exit_code != 0:
            print(result.output, file=sys.stderr)
            return 1
    app = create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "DATABASE_URL": url,
                      "PAGE_CACHE_ENTRIES": 0, "RATELIMIT_ENABLED": False,
                      # As in production: the catalogue version is read at most every 0.25 s.
                      "CATALOGUE_RECHECK_SECONDS": 0.25})
    # Without a cookie jar, as wrk visits: a ?lang= page sets the language cookie, which
    # would otherwise turn every later page without ?lang into that language.
    client = app.test_client(use_cookies=False)
    with app.test_request_context():
        snapshot = get_snapshot()
        programmes, searches = programme_paths(snapshot), search_paths(snapshot)
    rnd = random.Random(SEED)
    rnd.shuffle(programmes)
    # The answers live in the session: the result renders with the walk's own client, whose
    # cookie jar holds the session (the result URL has no ?lang, so no language cookie bites).
    walker = app.test_client()
    result_path = walk_questionnaire(walker, rnd)

    def get(path: str, via: FlaskClient = client) -> None:
        response = via.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}")

    renders: dict[str, Callable[[int], None]] = {
        "programme": lambda n: get(programmes[n % len(programmes)]),
        "search": lambda n: get(searches[n % len(searches)]),
        "result": lambda n: get(result_path, walker),
    }
    for render in renders.values():  # first renders compile templates and fit the model
        render(0)
    first = {kind: timed(render, args.renders) for kind, render in renders.items()}
    for path in programmes + searches:  # one pass over every URL
        get(path)
    # Other URLs than the first round's, so the steady round is not a second visit.
    steady = {kind: timed(lambda n, r=render: r(n + args.renders), args.renders)
              for kind, render in renders.items()}
    print(f"{'page':<10} {'round':<13} {'median ms':>10} {'p99 ms':>8} {'target':>7}")
    for kind in renders:
        for label, rounds in (("first visits", first), ("steady", steady)):
            times = sorted(rounds[kind])
            median, p99 = statistics.median(times), times[int(len(times) * 0.99) - 1]
            verdict = ("met" if median <= TARGET_MS[kind] else "NOT met") \
                if rounds is steady else ""
            print(f"{kind:<10} {label:<13} {median:10.2f} {p99:8.2f} "
                  f"{TARGET_MS[kind]:7.1f}  {verdict}")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        timed(renders[args.profile], args.renders)
        profiler.disable()
        print(f"\ntop functions by own time, {args.profile} page:")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
