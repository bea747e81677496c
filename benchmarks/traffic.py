"""Realistic URL sets for the HTTP and render benchmarks: every programme page in every
language, at least 400 distinct searches of the kinds pupils type, and cache-busting variants.

Run as a script it writes the sets as JSON (benchmarks/http.py calls it in a subprocess: that
script may not import Flask). Everything is drawn with a fixed seed, so runs compare.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Scripts run from benchmarks/ get it first on sys.path, where http.py (the HTTP benchmark)
# would shadow the standard library's http package that Flask and werkzeug import.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse
import json
import random
from urllib.parse import urlencode

from kiesmbo.catalogue import Snapshot
from kiesmbo.i18n import LANGUAGE_NAMES

SEED = 20261203
SEARCHES = 400
# Words pupils type that are not programme names (intents and broad fields).
PUPIL_WORDS = ("zorg", "techniek", "auto", "kinderen", "dieren", "koken", "computer", "ict",
               "bouw", "sport", "politie", "geld", "mode", "muziek", "kapper", "winkel",
               "logistiek", "elektro", "metaal", "horeca", "verpleeg", "media", "welzijn",
               "schilder", "hout", "groen", "beveiliging", "onderwijs", "reizen", "hotel")
PLACES = ("Utrecht", "Amsterdam", "Rotterdam", "Zwolle", "Groningen", "Eindhoven", "Tilburg",
          "Arnhem", "Leeuwarden", "Maastricht")


def programme_paths(snapshot: Snapshot) -> list[str]:
    """Every programme page, once per language (the default language without ?lang)."""
    paths = []
    for programme in snapshot.programmes:
        base = f"/opleidingen/{programme.crebo}/{programme.slug}"
        paths.append(base)
        paths.extend(f"{base}?lang={code}" for code in LANGUAGE_NAMES if code != "nl")
    return paths


def search_paths(snapshot: Snapshot, count: int = SEARCHES) -> list[str]:
    """`count` distinct searches: name words and prefixes, pupil words, filters and sorts."""
    rnd = random.Random(SEED)
    words = sorted({word for p in snapshot.programmes for word in p.name.lower().split()
                    if len(word) > 3 and word.isalpha()})
    domains = [d.slug for d in snapshot.domains]
    seen: set[str] = set()
    paths: list[str] = []
    while len(paths) < count:
        args: dict[str, str] = {}
        kind = rnd.random()
        if kind < 0.35:
            args["q"] = rnd.choice(words)
        elif kind < 0.55:
            word = rnd.choice(words)
            args["q"] = word[:rnd.randint(3, max(3, len(word) - 1))]  # typing in progress
        elif kind < 0.75:
            args["q"] = rnd.choice(PUPIL_WORDS)
        elif kind < 0.9:
            args["domain"] = rnd.choice(domains)
        if rnd.random() < 0.3:
            args["level"] = str(rnd.randint(1, 4))
        if rnd.random() < 0.2:
            args["leerweg"] = rnd.choice(("bol", "bbl"))
        if rnd.random() < 0.15:
            args["place"] = rnd.choice(PLACES)
            args["distance"] = rnd.choice(("10", "25", "50"))
        if rnd.random() < 0.2:
            args["sort"] = rnd.choice(("job_chance", "salary", "name"))
        if rnd.random() < 0.1:
            args["shortage"] = "1"
        path = "/opleidingen?" + urlencode(args) if args else "/opleidingen"
        if path not in seen:
            seen.add(path)
            paths.append(path)
    return paths


def main() -> int:
    from kiesmbo import create_app
    from kiesmbo.db import get_snapshot

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database_url")
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    app = create_app({"DATABASE_URL": args.database_url})
    with app.test_request_context():
        snapshot = get_snapshot()
        data = {"programmes": programme_paths(snapshot), "searches": search_paths(snapshot)}
    args.output.write_text(json.dumps(data), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
