"""Reading and checking the guide's rules, dates and amounts from `seed_data/guide/`.

The files are small, curated tables (admission rules, extra requirements, key dates, fees,
nominal durations, switching figures), each row with its source, year and basis. Legal job
requirements ("beroepsvereisten") come from the 2015 regulation in
`seed_data/raw/regulation/`, carried over to today's codes through
`retired_programmes.csv`. Everything is read once per process (`get_guide`), never per
request; the first bad row stops loading with a `file:line: message` DataFileError.

Basis of a row: `official` (a law or regulation), `reported` (an official amount or figure
as published by a named secondary site), `curated` (written by the team from the named
source), `estimate` (a typical range, always shown as an estimate).

The `source` of a row is shown to pupils in six languages, so it is a citation only: laws
(with article), sites and titles as published, separated by "; ", e.g. "WEB art. 8.0.1;
onderwijsconsument.nl (2024); swvadam.nl 'Toelatingsrecht'". What the source says, and why
the team chose a row, goes in the `note` column (English, for maintainers): it is read with
the header but not loaded. `citation_problem` refuses a source that reads as a sentence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kiesmbo.config import SEED_DIRECTORY
from kiesmbo.csvfiles import DataFileError, read_csv_file

GUIDE_DIRECTORY = "guide"
BASES = ("official", "reported", "curated", "estimate")
LEVELS = (1, 2, 3, 4)
# What a pupil has (or will have) when they start: each vmbo leerweg, havo (a diploma or
# the move from havo 3 to 4), an mbo diploma at level 2 or higher, or no diploma (16+).
VOOROPLEIDINGEN = ("vmbo_basis", "vmbo_kader", "vmbo_gl", "vmbo_tl", "havo", "mbo2", "none")
REQUIREMENT_KINDS = ("audition", "vog", "medical", "physical")
DATE_KEYS = ("application_deadline", "extra_requirements_published", "school_year_start")
FEE_ITEMS = ("lesgeld_bol", "cursusgeld_bbl_1_2", "cursusgeld_bbl_3_4")
SCHOOL_COST_ITEMS = ("school_costs_low", "school_costs_high")
DURATION_STEPS = ("vmbo", "level_1", "level_2", "level_3", "level_4", "associate_degree",
                  "bachelor")
FACT_KEYS = ("first_year_switch_one_in", "diploma_after_5y_switchers_pct",
             "diploma_after_5y_stayers_pct", "positive_about_cost_information_pct")
SOURCE_COLUMNS = ("source", "year", "basis", "note")  # note: for maintainers, not loaded
# English words that give away an explanation in a source (compared as whole words, outside
# quoted titles). Words that are also Dutch ("is", "in", "over") are left out.
PROSE_WORDS = frozenset({
    "a", "about", "after", "an", "and", "are", "as", "ask", "at", "by", "can", "column",
    "curated", "explained", "for", "from", "lasts", "may", "must", "needs", "of", "often",
    "on", "or", "takes", "the", "to", "usually", "when", "with", "year", "years", "you",
    "your"})
REGULATION_FILE = ("raw", "regulation", "kwalificaties_2015_hks.csv")
REGULATION_COLUMNS = ("opleidingsdomein_code", "opleidingsdomein", "dossier_crebo",
                      "dossier_prijsfactor", "kwalificatiedossier", "crebo", "kwalificatie",
                      "niveau", "prijsfactor", "soort_opleiding", "beroepsvereisten",
                      "leerweg", "vierjarig_toegestaan")
RETIRED_COLUMNS = ("crebo", "name", "successors", "alternatives", "reason")
_CREBO = re.compile(r"[0-9]{5}")
_SCHOOL_YEAR = re.compile(r"([0-9]{4})-([0-9]{4})")
_QUOTED_TITLE = re.compile(r"'[^']*'")
_PARENTHESES = re.compile(r"\(([^)]*)\)")
_YEAR_OR_ID = re.compile(r"[0-9]{4}|[A-Z]{2,}[0-9]+")  # (2024), (BWBR0036352)
_WORD = re.compile(r"\b[^\W\d_]+\b")  # letters only: not the "a" of "art. 8.2.2a"


def citation_problem(source: str) -> str | None:
    """Why this source is not a bare citation (None when it is).

    Quoted titles ('...') may hold any words; outside them a source may not hold English
    words, a colon or text in parentheses other than a year or an identifier.
    """
    bare = _QUOTED_TITLE.sub("''", source)
    for inside in _PARENTHESES.findall(bare):
        if not _YEAR_OR_ID.fullmatch(inside):
            return f"({inside[:30]}) explains the source"
    if ":" in bare:
        return "a colon starts an explanation"
    words = sorted({w for w in _WORD.findall(bare) if w.lower() in PROSE_WORDS})
    if words:
        return f"English words ({', '.join(words[:5])})"
    return None


@dataclass(frozen=True)
class Sourced:
    """Where a rule or amount comes from."""

    source: str
    year: int
    basis: str

    @property
    def is_estimate(self) -> bool:
        return self.basis == "estimate"


@dataclass(frozen=True)
class AdmissionRule(Sourced):
    level: int
    vooropleiding: str
    allowed: bool
    first_levels: tuple[int, ...]  # levels to finish first when not allowed straight away


@dataclass(frozen=True)
class ExtraRequirement(Sourced):
    crebo: str
    kind: str


@dataclass(frozen=True)
class LegalRequirement(Sourced):
    """A legal job requirement set by a ministry, from the 2015 regulation."""

    crebo: str
    ministry: str  # full Dutch name
    regulation_crebo: str  # the 2015 code the requirement was set for
    regulation_name: str


@dataclass(frozen=True)
class KeyDate(Sourced):
    key: str
    month: int
    day: int


@dataclass(frozen=True)
class Amount(Sourced):
    school_year: str  # "2023-2024", or "all" for a rule that holds every year
    item: str
    amount_eur: int


@dataclass(frozen=True)
class Duration(Sourced):
    step: str
    years_min: int
    years_max: int


@dataclass(frozen=True)
class Fact(Sourced):
    key: str
    value: int


@dataclass(frozen=True)
class Guide:
    admission: dict[tuple[int, str], AdmissionRule]
    extra: dict[str, tuple[ExtraRequirement, ...]]
    legal: dict[str, tuple[LegalRequirement, ...]]
    dates: dict[str, KeyDate]
    amounts: dict[tuple[str, str], Amount]
    durations: dict[str, Duration]
    facts: dict[str, Fact]

    @property
    def fee_years(self) -> list[str]:
        """School years with sourced fees, oldest first."""
        return sorted({a.school_year for a in self.amounts.values()
                       if a.item in FEE_ITEMS})


def _rows(directory: Path, name: str, columns: tuple[str, ...]
          ) -> Iterator[tuple[int, dict[str, str]]]:
    yield from read_csv_file(directory / name, columns + SOURCE_COLUMNS)


def _int(row: dict[str, str], column: str, name: str, line: int, low: int, high: int) -> int:
    value = row[column]
    if not value.isdigit() or not low <= int(value) <= high:
        raise DataFileError(name, line, f"{column}: {value[:20]!r} is not a whole number "
                            f"from {low} to {high}")
    return int(value)


def _choice(row: dict[str, str], column: str, name: str, line: int,
            allowed: tuple[str, ...]) -> str:
    value = row[column]
    if value not in allowed:
        raise DataFileError(name, line, f"{column}: {value[:30]!r} is not one of "
                            f"{', '.join(allowed)}")
    return value


def _sourced(row: dict[str, str], name: str, line: int) -> dict[str, object]:
    if len(row["source"]) < 3:  # "WHW", "CBR"
        raise DataFileError(name, line, "source: name where this row comes from")
    problem = citation_problem(row["source"])
    if problem:
        raise DataFileError(name, line, f"source: {problem}; cite only laws, sites and "
                            "titles, separated by '; ', and explain in the note column")
    return {"source": row["source"], "year": _int(row, "year", name, line, 2000, 2100),
            "basis": _choice(row, "basis", name, line, BASES)}


def _unique(seen: set, key: object, name: str, line: int) -> None:
    if key in seen:
        raise DataFileError(name, line, f"{key!r} occurs twice")
    seen.add(key)


def _complete(have: set, want: set, name: str, what: str) -> None:
    missing = sorted(str(k) for k in want - have)
    if missing:
        raise DataFileError(name, 0, f"no row for {what}: {', '.join(missing[:8])}")


def _admission(directory: Path) -> dict[tuple[int, str], AdmissionRule]:
    name = "admission_rules.csv"
    rules: dict[tuple[int, str], AdmissionRule] = {}
    for line, row in _rows(directory, name,
                                 ("level", "vooropleiding", "allowed", "first_levels")):
        level = _int(row, "level", name, line, 1, 4)
        voor = _choice(row, "vooropleiding", name, line, VOOROPLEIDINGEN)
        allowed = _choice(row, "allowed", name, line, ("yes", "no")) == "yes"
        parts = [p for p in row["first_levels"].split(";") if p]
        first = tuple(int(p) for p in parts if p in ("1", "2", "3"))
        if len(first) != len(parts) or any(f >= level for f in first) or (allowed and first):
            raise DataFileError(name, line, "first_levels: ';'-separated levels below this "
                                "one, only when allowed is no")
        _unique(set(rules), (level, voor), name, line)
        rules[level, voor] = AdmissionRule(level=level, vooropleiding=voor, allowed=allowed,
                                           first_levels=first, **_sourced(row, name, line))
    _complete(set(rules), {(lv, v) for lv in LEVELS for v in VOOROPLEIDINGEN}, name,
              "level and vooropleiding")
    return rules


def _extra(directory: Path) -> dict[str, tuple[ExtraRequirement, ...]]:
    found: dict[str, list[ExtraRequirement]] = {}
    seen: set = set()
    name = "extra_requirements.csv"
    for line, row in _rows(directory, name, ("crebo", "kind")):
        if not _CREBO.fullmatch(row["crebo"]):
            raise DataFileError(name, line, f"crebo: {row['crebo'][:10]!r} is not 5 digits")
        kind = _choice(row, "kind", name, line, REQUIREMENT_KINDS)
        _unique(seen, (row["crebo"], kind), name, line)
        found.setdefault(row["crebo"], []).append(ExtraRequirement(
            crebo=row["crebo"], kind=kind, **_sourced(row, name, line)))
    return {crebo: tuple(rows) for crebo, rows in found.items()}


def _successors(directory: Path) -> dict[str, tuple[str, ...]]:
    """Expired code -> its successors (from retired_programmes.csv)."""
    return {row["crebo"]: tuple(c for c in row["successors"].split(";") if c)
            for _, row in read_csv_file(directory / "retired_programmes.csv", RETIRED_COLUMNS)}


def _current_codes(code: str, successors: dict[str, tuple[str, ...]]) -> set[str]:
    """The code itself and every later code in its lineage."""
    found, todo = set(), [code]
    while todo:
        current = todo.pop()
        if current not in found:
            found.add(current)
            todo.extend(successors.get(current, ()))
    return found


def _legal(directory: Path) -> dict[str, tuple[LegalRequirement, ...]]:
    ministries: dict[str, tuple[str, dict]] = {}
    name = "ministries.csv"
    for line, row in _rows(directory, name, ("code", "name")):
        _unique(set(ministries), row["code"], name, line)
        ministries[row["code"]] = (row["name"], _sourced(row, name, line))
    successors = _successors(directory.parent)
    path = directory.parent.joinpath(*REGULATION_FILE)
    found: dict[str, list[LegalRequirement]] = {}
    for line, row in read_csv_file(path, REGULATION_COLUMNS):
        code = row["beroepsvereisten"]
        if not code:
            continue
        if code not in ministries:
            raise DataFileError(path.name, line, f"beroepsvereisten: {code!r} is not in "
                                "guide/ministries.csv")
        ministry, sourced = ministries[code]
        for crebo in sorted(_current_codes(row["crebo"], successors)):
            found.setdefault(crebo, []).append(LegalRequirement(
                crebo=crebo, ministry=ministry, regulation_crebo=row["crebo"],
                regulation_name=row["kwalificatie"], **sourced))  # type: ignore[arg-type]
    return {crebo: tuple(rows) for crebo, rows in found.items()}


def _dates(directory: Path) -> dict[str, KeyDate]:
    dates: dict[str, KeyDate] = {}
    name = "dates.csv"
    for line, row in _rows(directory, name, ("key", "month", "day")):
        key = _choice(row, "key", name, line, DATE_KEYS)
        _unique(set(dates), key, name, line)
        dates[key] = KeyDate(key=key, month=_int(row, "month", name, line, 1, 12),
                             day=_int(row, "day", name, line, 1, 28),
                             **_sourced(row, name, line))
    _complete(set(dates), set(DATE_KEYS), name, "date")
    return dates


def _amounts(directory: Path) -> dict[tuple[str, str], Amount]:
    amounts: dict[tuple[str, str], Amount] = {}
    name = "costs.csv"
    items = FEE_ITEMS + SCHOOL_COST_ITEMS + ("fee_from_age",)
    for line, row in _rows(directory, name, ("school_year", "item", "amount_eur")):
        item = _choice(row, "item", name, line, items)
        year = row["school_year"]
        match = _SCHOOL_YEAR.fullmatch(year)
        if (item == "fee_from_age") != (year == "all") or (
                match is None and year != "all") or (
                match and int(match[2]) != int(match[1]) + 1):
            raise DataFileError(name, line, f"school_year: {year[:12]!r} must be like "
                                "2023-2024 (or 'all' for fee_from_age only)")
        _unique(set(amounts), (year, item), name, line)
        amounts[year, item] = Amount(school_year=year, item=item,
                                     amount_eur=_int(row, "amount_eur", name, line, 0, 100_000),
                                     **_sourced(row, name, line))
    years = {y for y, i in amounts if i in FEE_ITEMS}
    _complete(set(amounts), {(y, i) for y in years for i in FEE_ITEMS}
              | {("all", "fee_from_age")}, name, "school year and fee")
    if not any(i == "school_costs_low" for _, i in amounts) or \
            {y for y, i in amounts if i == "school_costs_low"} != \
            {y for y, i in amounts if i == "school_costs_high"}:
        raise DataFileError(name, 0, "school_costs_low and school_costs_high come in pairs")
    return amounts


def _durations(directory: Path) -> dict[str, Duration]:
    durations: dict[str, Duration] = {}
    name = "durations.csv"
    for line, row in _rows(directory, name, ("step", "years_min", "years_max")):
        step = _choice(row, "step", name, line, DURATION_STEPS)
        low = _int(row, "years_min", name, line, 1, 6)
        high = _int(row, "years_max", name, line, low, 6)
        _unique(set(durations), step, name, line)
        durations[step] = Duration(step=step, years_min=low, years_max=high,
                                   **_sourced(row, name, line))
    _complete(set(durations), set(DURATION_STEPS), name, "step")
    return durations


def _facts(directory: Path) -> dict[str, Fact]:
    facts: dict[str, Fact] = {}
    name = "switching.csv"
    for line, row in _rows(directory, name, ("key", "value")):
        key = _choice(row, "key", name, line, FACT_KEYS)
        _unique(set(facts), key, name, line)
        facts[key] = Fact(key=key, value=_int(row, "value", name, line, 1, 100),
                          **_sourced(row, name, line))
    _complete(set(facts), set(FACT_KEYS), name, "figure")
    return facts


def load_guide(seed_directory: Path) -> Guide:
    """Read and check every guide file under this seed directory.

    Raises:
        DataFileError: a missing file or a bad row (`file:line: message`).
    """
    directory = seed_directory / GUIDE_DIRECTORY
    return Guide(admission=_admission(directory), extra=_extra(directory),
                 legal=_legal(directory), dates=_dates(directory),
                 amounts=_amounts(directory), durations=_durations(directory),
                 facts=_facts(directory))


@functools.lru_cache(maxsize=4)
def _cached(directory: str) -> Guide:
    return load_guide(Path(directory))


def get_guide(seed_directory: Path | str | None = None) -> Guide:
    """The guide data of this seed directory (the app's by default), read once per process."""
    if seed_directory is None:
        from flask import current_app, has_app_context

        seed_directory = (current_app.config.get("SEED_DIRECTORY", SEED_DIRECTORY)
                          if has_app_context() else SEED_DIRECTORY)
    return _cached(_resolved(str(seed_directory)))


@functools.lru_cache(maxsize=8)
def _resolved(directory: str) -> str:
    # The programme page asks for the guide twice; resolving the path is a few system calls.
    return str(Path(directory).resolve())
