"""Decide, per kwalificatie code (25xxx) of the 2023-24 crebo list, whether it is current.

The crebo list (seed_data/raw/Opleiding_dimensie.csv, the "Koppeltabel") is a lineage list:
an opleidingsdomein row (79xxx) is followed by its dossier rows (22xxx/23xxx, old and new
dossier codes), each followed by runs of codes in ascending numeric order. One ascending run
holds one kwalificatie's lineage: old 10xxx/9xxxx codes, the 2015 code 25xxx and, where the
kwalificatie was revised, its successor 25xxx with a higher number. Example (one run):

    25187 Applicatie- en mediaontwikkelaar, 25188 Gamedeveloper, 25604 Software developer

means 25187 and 25188 were replaced by 25604. The rules, in the order they are applied:

1. Lineage. In every run the highest 25xxx code is the newest. It is current, and so are its
   siblings of the same generation (codes of the 2015 regulation next to a 2015 code, or
   post-2015 codes at most SIBLING_GAP numbers apart with another name, e.g. 25643/25645).
   Every other 25xxx code of the run is expired and replaced by the newest code.
   26xxx codes are cross-over (experiment) kwalificaties that were later turned into regular
   25xxx codes (26005 -> 25836), so they never count as successors here.
2. Duplicates. Two codes that are still current and have the same name (after normalising
   case, spacing and "&") are one programme: the higher code stays current, the lower one
   expires with the higher one as successor.
3. Curated overrides from seed_data/curation/code_status.csv (crebo,status,successors,reason)
   replace the mechanical decision where it is wrong or unsure; each carries its reason.
4. Chains are resolved, so every successor is itself current (25157 -> 25527 -> 25688 gives
   25157 the successor 25688). A cycle or a successor that is not in the list is an error.

Evidence added to every row: in_regulation_2015 (the code is in Bijlage 1 of the regulation,
every kwalificatie valid from 1 August 2015), duo_students_2019 (DUO enrolments on
1 October 2019, all schools and leerwegen) and lineage_run (the raw-file line where the run
starts, so a maintainer can read the run in the raw list).

Stdlib only, so build_seed.py can import it. Run as a script to write seed_data/code_status.csv:

    python seed_data/build/lineage.py
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

SEED = Path(__file__).resolve().parents[1]
KOPPELTABEL = SEED / "raw" / "Opleiding_dimensie.csv"
REGULATION = SEED / "raw" / "regulation" / "kwalificaties_2015_hks.csv"
DUO = SEED / "raw" / "duo" / "mbo_inscriptions_2019.csv"
OVERRIDES = SEED / "curation" / "code_status.csv"
OUTPUT = SEED / "code_status.csv"

# Post-2015 codes of one revision are numbered in one block (25803, 25804, 25805); a
# successor from a later revision is far away (25603 -> 25696, 25898 -> 25919).
SIBLING_GAP = 5
FIELDS = [
    "crebo",
    "name",
    "status",
    "successors",
    "basis",
    "in_regulation_2015",
    "duo_students_2019",
    "lineage_run",
]
STATUSES = {"current", "expired"}


class LineageError(ValueError):
    """The evidence or the override table is inconsistent (cycle, unknown code, bad row)."""


@dataclass
class Code:
    """One 25xxx row of the Koppeltabel and the decision taken for it."""

    crebo: str
    name: str
    line: int
    run: str
    status: str = "current"
    successors: list[str] = field(default_factory=list)
    basis: list[str] = field(default_factory=list)


def normalise_name(name: str) -> str:
    """Name key for duplicate detection: case, spacing and '&' vs 'en' do not matter."""
    key = name.casefold().replace("&", " en ")
    return re.sub(r"\s+", " ", key).strip()


def read_koppeltabel(path: Path = KOPPELTABEL) -> tuple[dict[str, Code], dict[str, list[str]]]:
    """Return the 25xxx codes (first occurrence wins) and the 25xxx codes per run.

    A run is a maximal ascending sequence of non-header codes; a domain (79xxx) or dossier
    (22xxx/23xxx) row ends it, and so does a code lower than the one before.
    """
    codes: dict[str, Code] = {}
    runs: dict[str, list[str]] = {}
    run_id = ""
    previous: int | None = None
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for line, row in enumerate(reader, start=2):
            code = row["Opleidingcode"].strip()
            name = row["Opleidingsnaam"].strip()
            if not code.isdigit() or len(code) != 5:
                raise LineageError(f"{path.name}:{line}: not a 5-digit code: {code!r}")
            if code[:2] in {"79", "22", "23"}:
                previous = None
                continue
            if previous is None or int(code) < previous:
                run_id = f"L{line}"
                runs[run_id] = []
            previous = int(code)
            # 26xxx cross-over codes stay out of the runs: they never succeed a 25xxx code.
            if code.startswith("25"):
                runs[run_id].append(code)
                if code not in codes:
                    codes[code] = Code(code, name, line, run_id)
    return codes, runs


def read_regulation(path: Path = REGULATION) -> set[str]:
    """Crebo codes in Bijlage 1 of the 2015 regulation (valid from 1 August 2015)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["crebo"].strip() for row in csv.DictReader(handle)}


def read_duo_2019(path: Path = DUO) -> dict[str, int]:
    """DUO students on 1 October 2019 per crebo, summed over schools and leerwegen."""
    totals: dict[str, int] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            code = (row["KWALIFICATIE CODE"] or "").strip()
            value = (row["TOTAAL2019"] or "").strip()
            if code and value:
                totals[code] = totals.get(code, 0) + int(value)
    return totals


def read_overrides(path: Path = OVERRIDES) -> dict[str, dict[str, str]]:
    """The curated table; every row needs a valid status and a reason."""
    overrides: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != ["crebo", "status", "successors", "reason"]:
            raise LineageError(f"{path.name}: header must be crebo,status,successors,reason")
        for line, row in enumerate(reader, start=2):
            crebo = row["crebo"].strip()
            status = row["status"].strip()
            reason = row["reason"].strip()
            if status not in STATUSES:
                raise LineageError(f"{path.name}:{line}: status must be current or expired")
            if not reason:
                raise LineageError(f"{path.name}:{line}: every override needs a reason")
            if status == "current" and row["successors"].strip():
                raise LineageError(f"{path.name}:{line}: a current code has no successors")
            if crebo in overrides:
                raise LineageError(f"{path.name}:{line}: {crebo} overridden twice")
            overrides[crebo] = {**row, "crebo": crebo, "status": status, "reason": reason}
    return overrides


def _siblings(
    newest: str, run: list[str], codes: dict[str, Code], regulation: set[str]
) -> set[str]:
    """Codes of the run that belong to the same generation as the newest code."""
    same = {newest}
    for other in run:
        if other == newest or other not in codes:
            continue
        both_2015 = newest in regulation and other in regulation
        one_later_block = (
            newest not in regulation
            and other not in regulation
            and int(newest) - int(other) <= SIBLING_GAP
            and normalise_name(codes[other].name) != normalise_name(codes[newest].name)
        )
        if both_2015 or one_later_block:
            same.add(other)
    return same


def _apply_lineage(
    codes: dict[str, Code], runs: dict[str, list[str]], regulation: set[str]
) -> None:
    for run_id, run in runs.items():
        if not run:
            continue
        newest = max(run, key=int)
        siblings = _siblings(newest, run, codes, regulation)
        for code in run:
            entry = codes[code]
            if entry.run != run_id:
                continue  # second occurrence of a code elsewhere; its first run decides
            if code in siblings:
                entry.basis.append(
                    "newest code in its lineage run"
                    if code == newest
                    else f"same generation as {newest} in its lineage run"
                )
            else:
                entry.status = "expired"
                entry.successors = [newest]
                entry.basis.append(f"later code {newest} in the same lineage run")


def _merge_duplicates(codes: dict[str, Code]) -> None:
    by_name: dict[str, list[str]] = {}
    for code in codes.values():
        if code.status == "current":
            by_name.setdefault(normalise_name(code.name), []).append(code.crebo)
    for group in by_name.values():
        if len(group) < 2:
            continue
        keep = max(group, key=int)
        for crebo in group:
            if crebo != keep:
                codes[crebo].status = "expired"
                codes[crebo].successors = [keep]
                codes[crebo].basis = [f"duplicate name of newer code {keep} in another run"]


def _apply_overrides(codes: dict[str, Code], overrides: dict[str, dict[str, str]]) -> None:
    for crebo, row in overrides.items():
        if crebo not in codes:
            raise LineageError(f"code_status.csv: {crebo} is not a 25xxx code of the Koppeltabel")
        entry = codes[crebo]
        entry.status = row["status"]
        entry.successors = [s.strip() for s in row["successors"].split(";") if s.strip()]
        entry.basis = [f"curated: {row['reason']}"]


def _resolve(codes: dict[str, Code]) -> None:
    """Replace expired successors by their own successors until only current ones remain."""

    def current_of(crebo: str, seen: tuple[str, ...]) -> list[str]:
        if crebo in seen:
            raise LineageError("successor cycle: " + " -> ".join((*seen, crebo)))
        if crebo not in codes:
            raise LineageError(f"successor {crebo} of {seen[-1]} is not a 25xxx code of the list")
        entry = codes[crebo]
        if entry.status == "current":
            return [crebo]
        if not entry.successors:
            raise LineageError(f"successor {crebo} of {seen[-1]} expired without a successor")
        found: list[str] = []
        for nxt in entry.successors:
            for final in current_of(nxt, (*seen, crebo)):
                if final not in found:
                    found.append(final)
        return found

    resolved: dict[str, list[str]] = {}
    for entry in codes.values():
        if entry.status == "expired" and entry.successors:
            finals: list[str] = []
            for nxt in entry.successors:
                for final in current_of(nxt, (entry.crebo,)):
                    if final not in finals:
                        finals.append(final)
            resolved[entry.crebo] = finals
    for crebo, finals in resolved.items():
        entry = codes[crebo]
        if finals != entry.successors:
            entry.basis.append("via " + ", ".join(s for s in entry.successors if s not in finals))
        entry.successors = finals


def decide(
    koppeltabel: Path = KOPPELTABEL,
    regulation_path: Path = REGULATION,
    duo_path: Path = DUO,
    overrides_path: Path = OVERRIDES,
) -> list[dict]:
    """Return one row per 25xxx code of the Koppeltabel with its status and evidence."""
    codes, runs = read_koppeltabel(koppeltabel)
    regulation = read_regulation(regulation_path)
    duo = read_duo_2019(duo_path)
    overrides = read_overrides(overrides_path)

    _apply_lineage(codes, runs, regulation)
    _merge_duplicates(codes)
    _apply_overrides(codes, overrides)
    _resolve(codes)

    rows = []
    for entry in sorted(codes.values(), key=lambda c: int(c.crebo)):
        in_regulation = entry.crebo in regulation
        students = duo.get(entry.crebo, 0)
        evidence = ["2015 regulation" if in_regulation else "not in 2015 regulation"]
        evidence.append(f"{students} DUO students 2019" if students else "no DUO students 2019")
        rows.append(
            {
                "crebo": entry.crebo,
                "name": entry.name,
                "status": entry.status,
                "successors": ";".join(entry.successors),
                "basis": "; ".join([*entry.basis, *evidence]),
                "in_regulation_2015": "yes" if in_regulation else "no",
                "duo_students_2019": students,
                "lineage_run": entry.run,
            }
        )
    return rows


def write(rows: list[dict], path: Path = OUTPUT) -> None:
    """Write the decisions as CSV (UTF-8, one row per code)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    decided = decide()
    write(decided)
    current = sum(r["status"] == "current" for r in decided)
    expired = len(decided) - current
    summary = f"{len(decided)} codes: {current} current, {expired} expired -> {OUTPUT}"
    print(summary, file=sys.stderr)
