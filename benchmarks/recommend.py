"""Recommender speed and memory on the seed catalogue and on one ten times larger.

Prints fit time, the extra memory the fitted model takes (tracemalloc peak during fit), and
p50/p99 latency of similar_to and for_profile. Targets (issue 5): fit < 2 s, p50 < 5 ms on
the catalogue and < 20 ms on the 10x catalogue, extra memory < 150 MB.
Run: python benchmarks/recommend.py
"""

from __future__ import annotations

import sys
from pathlib import Path

# Scripts run from benchmarks/ get it first on sys.path, where http.py (the HTTP benchmark)
# would shadow the standard library's http package that Flask and werkzeug import.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import dataclasses
import random
import statistics
import time
import tracemalloc

from stop_words import get_stop_words

from kiesmbo.recommend import OpportunityWeight, Recommender, StudentProfile
from kiesmbo.recommend.evaluate import site_snapshot
from kiesmbo.recommend.types import ProgrammeFeatures
from kiesmbo.recommendations import to_features

CALLS = 300


def synthetic(programmes: list[ProgrammeFeatures], factor: int) -> list[ProgrammeFeatures]:
    """`factor` copies of every programme with new crebos and slightly shuffled profiles."""
    rnd = random.Random(0)
    result = []
    for copy in range(factor):
        for p in programmes:
            riasec = tuple(min(7.0, max(1.0, x + rnd.uniform(-0.5, 0.5))) for x in p.riasec)
            words = p.text.split()
            rnd.shuffle(words)
            result.append(dataclasses.replace(
                p, crebo=f"{p.crebo}-{copy}", riasec=riasec, text=" ".join(words),
                start_salary=(p.start_salary or 1877) * rnd.uniform(0.95, 1.05)))
    return result


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure(label: str, programmes: list[ProgrammeFeatures]) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    model = Recommender(stop_words=get_stop_words("dutch")).fit(programmes)
    fit_seconds = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rnd = random.Random(1)
    similar, profile = [], []
    for _ in range(CALLS):
        crebo = rnd.choice(programmes).crebo
        weight = rnd.choice(list(OpportunityWeight))
        t = time.perf_counter()
        model.similar_to(crebo, weight=weight)
        similar.append((time.perf_counter() - t) * 1000)
        student = StudentProfile(scores=tuple(rnd.uniform(0, 100) for _ in range(6)),
                                 levels=(2, 3), leerweg=rnd.choice([None, "bol", "bbl"]))
        t = time.perf_counter()
        model.for_profile(student, weight=weight, k=10)
        profile.append((time.perf_counter() - t) * 1000)
    print(f"{label}: {len(programmes)} programmes")
    print(f"  fit: {fit_seconds:.2f} s, extra memory (peak while fitting): "
          f"{peak / 2**20:.0f} MB")
    for name, values in (("similar_to", similar), ("for_profile", profile)):
        print(f"  {name:12} p50 {statistics.median(values):6.2f} ms   "
              f"p99 {percentile(values, 0.99):6.2f} ms   ({CALLS} calls)")


def main() -> None:
    programmes = to_features(site_snapshot())  # the site's own feature path
    measure("seed catalogue", programmes)
    measure("synthetic 10x catalogue", synthetic(programmes, 10))
    print("targets: fit < 2 s; p50 < 5 ms (catalogue), < 20 ms (10x); memory < 150 MB")


if __name__ == "__main__":
    main()
