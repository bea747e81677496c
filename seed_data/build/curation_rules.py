"""The rules of the curated programme table (seed_data/curation/programmes.csv), in one place.

SPEC.md explains them in words; this module is what enforces them. The build refuses to write
programmes.csv when a row breaks one (build_seed.py), and the tests run the same functions
over the committed seed (tests/test_catalogue.py). Rules apply to the built row, where an
official value (level, sector, leerwegen) may have replaced the curated one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

# Nominal duration in whole years per mbo level.
DURATIONS = {1: {1}, 2: {1, 2}, 3: {2, 3}, 4: {2, 3, 4}}
LEERWEGEN = {"bol;bbl", "bol", "bbl"}
DESCRIPTION_LENGTH = (150, 450)  # characters
TASKS = (3, 4)  # what_you_do phrases, each starting with "Je "
MAX_ONET_CODES = 3
MAX_SYNONYMS = 5
# First words of a kwalificatie name that fix its level (SBB naming).
# ("Allround" does not: Allround schoonheidsspecialist is level 4.)
LEVEL_BY_FIRST_WORD = {"gezel": 3, "eerste": 3, "middenkaderfunctionaris": 4, "manager": 4,
                       "technicus": 4}
ENTREE = "Entree"


def row_problems(row: Mapping[str, str], domain_name: str) -> list[str]:
    """What is wrong with one built programme row (empty when it follows every rule)."""
    problems = []
    level = int(row["level"])
    if int(row["duration_years"]) not in DURATIONS.get(level, set()):
        problems.append(f"duration_years {row['duration_years']} does not fit level {level}")
    if (level == 1) != (domain_name == ENTREE):
        problems.append("level 1 is for Entree, and Entree is level 1")
    first = row["name"].split()[0].casefold()
    if row["level_basis"] == "curated" and LEVEL_BY_FIRST_WORD.get(first, level) != level:
        problems.append(f"a name starting with {first!r} is level {LEVEL_BY_FIRST_WORD[first]}")
    if row["leerwegen"] not in LEERWEGEN:
        problems.append(f"leerwegen {row['leerwegen']!r} is not bol;bbl, bol or bbl")
    low, high = DESCRIPTION_LENGTH
    if not low <= len(row["description"]) <= high:
        problems.append(f"description has {len(row['description'])} characters, not {low}-{high}")
    tasks = row["what_you_do"].split(";")
    if not TASKS[0] <= len(tasks) <= TASKS[1] or not all(t.startswith("Je ") for t in tasks):
        problems.append("what_you_do needs 3-4 phrases separated by ';', each starting 'Je '")
    if not row["where_you_work"].strip():
        problems.append("where_you_work is empty")
    if not 1 <= len([c for c in row["onet_codes"].split(";") if c]) <= MAX_ONET_CODES:
        problems.append(f"onet_codes needs 1-{MAX_ONET_CODES} codes")
    synonyms = [s for s in row["synonyms"].split(";") if s]
    if len(synonyms) > MAX_SYNONYMS or row["synonyms"] != row["synonyms"].lower():
        problems.append(f"synonyms: at most {MAX_SYNONYMS}, in lower case")
    if row["widely_offered"] not in {"yes", "no"}:
        problems.append("widely_offered is yes or no")
    return problems


def table_problems(rows: Iterable[Mapping[str, str]],
                   domain_names: Mapping[str, str]) -> list[str]:
    """`crebo: problem` for every rule any row breaks."""
    return [f"{row['crebo']}: {problem}" for row in rows
            for problem in row_problems(row, domain_names[row["domain"]])]
