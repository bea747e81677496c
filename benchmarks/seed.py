"""Time seeding the full catalogue into a fresh SQLite database and measure peak memory.

Prints wall-clock seconds and the peak resident memory of this process.
Targets (issue 2): under 10 s and under 300 MB. Run: python benchmarks/seed.py [--runs N]
"""

from __future__ import annotations

import sys
from pathlib import Path

# Scripts run from benchmarks/ get it first on sys.path, where http.py (the HTTP benchmark)
# would shadow the standard library's http package that Flask and werkzeug import.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from sqlmodel import Session

from kiesmbo.config import SEED_DIRECTORY
from kiesmbo.db import make_engine, upgrade_schema
from kiesmbo.seed import load_seed_data


def seed_once(directory: Path) -> tuple[float, int]:
    """Seed into a new SQLite file; return (seconds, rows created)."""
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/bench.db")
        start = time.perf_counter()
        upgrade_schema(engine)
        with Session(engine) as session:
            report = load_seed_data(session=session, directory=directory)
        seconds = time.perf_counter() - start
        engine.dispose()
    return seconds, sum(table.created for table in report.tables.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    times = []
    for run in range(1, args.runs + 1):
        seconds, rows = seed_once(SEED_DIRECTORY)
        times.append(seconds)
        print(f"run {run}: {seconds:.2f} s, {rows:,} rows")
    # ru_maxrss is in kilobytes on Linux.
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"seed time: best {min(times):.2f} s, worst {max(times):.2f} s (target < 10 s)")
    print(f"peak memory: {peak_mb:.0f} MB (target < 300 MB)")
    return 0 if max(times) < 10 and peak_mb < 300 else 1


if __name__ == "__main__":
    sys.exit(main())
