"""Check a curated programme file against seed_data/curation/SPEC.md (used while curating)."""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COLUMNS = [
    "crebo",
    "level",
    "duration_years",
    "leerwegen",
    "sector",
    "shortage_area",
    "description",
    "what_you_do",
    "where_you_work",
    "onet_codes",
    "synonyms",
    "widely_offered",
    "next_crebos",
    "hbo_next",
]
SECTORS = {"TGO", "MTLM", "ZWS", "HAN", "ICI", "ZDV", "VGG", "SV"}
AREAS = {
    "",
    "zorg",
    "kinderopvang",
    "onderwijs",
    "techniek",
    "bouw_wonen",
    "klimaat_energie",
    "veiligheid",
    "ict",
}
DURATIONS = {1: {1}, 2: {1, 2}, 3: {2, 3}, 4: {2, 3, 4}}


def main(path: str) -> int:
    listed = ROOT / "curation/all_programmes.csv"
    all_rows = {r["crebo"]: r for r in csv.DictReader(listed.open())}
    onet = {line.split("\t")[0] for line in (ROOT / "raw/Interests.txt").open() if "\tOI\t" in line}
    errors: list[str] = []
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != COLUMNS:
            print(f"columns must be exactly: {','.join(COLUMNS)}\n got: {reader.fieldnames}")
            return 1
        rows = list(reader)
    number = re.search(r"_(\d+)\.csv$", path)
    expected: list[str] = []
    if number:
        inp = ROOT / f"curation/input_{number.group(1)}.csv"
        expected = [r["crebo"] for r in csv.DictReader(inp.open())]
        if [r["crebo"] for r in rows] != expected:
            errors.append("crebos must be exactly the input's, in the same order")
    for i, r in enumerate(rows, start=2):

        def err(msg: str, i: int = i, r: dict = r) -> None:
            errors.append(f"line {i} ({r['crebo']}): {msg}")

        base = all_rows.get(r["crebo"])
        if base is None:
            err("unknown crebo")
            continue
        try:
            level, duration = int(r["level"]), int(r["duration_years"])
        except ValueError:
            err("level and duration_years must be whole numbers")
            continue
        if level not in DURATIONS:
            err("level must be 1-4")
            continue
        if (level == 1) != (base["domain"] == "Entree"):
            err("level 1 if and only if domain is Entree")
        first = base["name"].split()[0].casefold()
        if first in {"gezel", "eerste"} and level != 3:
            err(f"'{first}' names are level 3")
        if first == "allround" and level < 3:
            err("'allround' names are level 3 or 4")
        if first in {"middenkaderfunctionaris", "manager", "technicus"} and level != 4:
            err(f"'{first}' names are level 4")
        if duration not in DURATIONS[level]:
            err(f"duration {duration} not allowed for level {level}")
        if r["leerwegen"] not in {"bol;bbl", "bol", "bbl"}:
            err("leerwegen must be bol;bbl, bol or bbl")
        if r["sector"] not in SECTORS:
            err("unknown sector")
        if r["shortage_area"] not in AREAS:
            err("unknown shortage_area")
        d = r["description"]
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", d.strip()) if s]
        if not 150 <= len(d) <= 450 or not 2 <= len(sentences) <= 4:
            err(f"description: 2-4 sentences, 150-450 chars (has {len(sentences)}, {len(d)})")
        if re.search(r"\d+\s*%|€|euro", d, re.I):
            err("no figures in description")
        tasks = r["what_you_do"].split(";")
        if not 3 <= len(tasks) <= 4 or not all(t.strip().startswith("Je ") for t in tasks):
            err("what_you_do: 3-4 ';'-separated phrases starting with 'Je '")
        if not r["where_you_work"].strip().endswith("."):
            err("where_you_work: one sentence ending with '.'")
        codes = [c for c in r["onet_codes"].split(";") if c]
        if not 1 <= len(codes) <= 3 or any(c not in onet for c in codes):
            err(f"onet_codes: 1-3 codes present in Interests.txt: {codes}")
        if r["widely_offered"] not in {"yes", "no"}:
            err("widely_offered must be yes or no")
        nxt = [c for c in r["next_crebos"].split(";") if c]
        if len(nxt) > 3 or any(c not in all_rows or c == r["crebo"] for c in nxt):
            err(f"next_crebos: 0-3 other crebos from all_programmes.csv: {nxt}")
        if level == 1 and not nxt:
            err("Entree rows need 1-3 next_crebos")
        if r["hbo_next"] and level != 4:
            err("hbo_next only for level 4")
        if len([s for s in r["synonyms"].split(";") if s]) > 5:
            err("at most 5 synonyms")
    if errors:
        print("\n".join(errors))
        return 1
    print(f"OK ({len(rows)} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
