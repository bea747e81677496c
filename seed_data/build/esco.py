"""Link kiesmbo programmes to ESCO occupations, and derive O*NET codes through ESCO.

Inputs (all in seed_data/):
  raw/esco/occupations_nl.csv            ESCO v1.1 occupations, Dutch labels (ESCO, European
                                         Commission)
  raw/esco/esco_onet_crosswalk_Nov2020.csv   Nesta ESCO -> O*NET-SOC 2010 crosswalk
  raw/esco/onet_2010_to_2019_crosswalk.csv   O*NET-SOC 2010 -> 2019 taxonomy crosswalk
  raw/Interests.txt                      O*NET interest (RIASEC) scores, O*NET-SOC 2019 codes
  curation/esco_links.csv                our reviewed crosswalk programme -> ESCO occupation
Output:
  programme_occupations.csv              crebo, esco_uri, label, isco_group, basis, rank

A link's basis says how it was made, strongest first:
  "exact preferred label"    a form of the programme name equals the ESCO preferred label
  "exact alternative label"  ... equals one of the ESCO alternative labels
  "curated"                  chosen by a reviewer from candidate lists (esco_links.csv)
The curated file can also reject an exact match that names the wrong job (action "reject"),
for example a label that ESCO uses for two different occupations.

Stdlib only: build_seed.py imports this module after putting this folder on sys.path.
Run from anywhere: python seed_data/build/esco.py [--check | --onet-report]
"""

from __future__ import annotations

import csv
import io
import re
import sys
import unicodedata
from collections import defaultdict
from functools import cache
from itertools import product
from pathlib import Path

SEED = Path(__file__).resolve().parents[1]
ESCO_RAW = SEED / "raw" / "esco"
CURATION_FILE = SEED / "curation" / "esco_links.csv"
OUTPUT_FILE = SEED / "programme_occupations.csv"
OUTPUT_COLUMNS = ["crebo", "esco_uri", "label", "isco_group", "basis", "rank"]

EXACT_PREFERRED = "exact preferred label"
EXACT_ALTERNATIVE = "exact alternative label"
CURATED = "curated"
BASES = (EXACT_PREFERRED, EXACT_ALTERNATIVE, CURATED)
# A programme page lists its main occupation and at most a few more; a longer list would
# mostly repeat near-synonyms.
MAX_LINKS = 4

# Nesta's confidence levels are 0.5, 1 and 2 (2 = highest). Only 2 counts as confident here:
# reviewing the links this build makes, level-1 rows include clear misses (signmaker ->
# General Maintenance Workers, hovenier -> Landscape Architects, roadie -> Musical Instrument
# Repairers). Matches inherited from a parent occupation are not used either: they lose the
# specific O*NET code (modeontwerper -> Commercial and Industrial Designers instead of Fashion
# Designers, airport operations officer -> Air Traffic Controllers). See curation/ESCO.md.
MIN_CONFIDENCE = 2.0
INHERIT_FROM_PARENT = False
# The seed loader accepts 1 to 3 O*NET codes per programme.
MAX_ONET_CODES = 3


# --- Reading the sources --------------------------------------------------------------------


def _read_csv(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    # utf-8-sig: the O*NET taxonomy crosswalk starts with a byte order mark.
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


@cache
def load_occupations() -> dict[str, dict[str, str]]:
    """ESCO occupations by concept URI."""
    return {row["conceptUri"]: row for row in _read_csv(ESCO_RAW / "occupations_nl.csv")}


@cache
def load_crosswalk() -> dict[str, dict[str, str]]:
    """Nesta's ESCO -> O*NET-SOC 2010 match by ESCO concept URI (level-5 occupations only)."""
    return {row["concept_uri"]: row
            for row in _read_csv(ESCO_RAW / "esco_onet_crosswalk_Nov2020.csv")}


@cache
def load_taxonomy_crosswalk() -> dict[str, list[str]]:
    """O*NET-SOC 2010 code -> the O*NET-SOC 2019 codes it became (one or more)."""
    targets: dict[str, list[str]] = defaultdict(list)
    for row in _read_csv(ESCO_RAW / "onet_2010_to_2019_crosswalk.csv", delimiter=";"):
        targets[row["soc2010_code"]].append(row["soc2019_code"])
    return dict(targets)


@cache
def load_interest_profiles() -> dict[str, tuple[float, ...]]:
    """O*NET-SOC 2019 code -> RIASEC occupational interest scores (scale OI, 1-7)."""
    order = ("Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional")
    scores: dict[str, dict[str, float]] = defaultdict(dict)
    for row in _read_csv(SEED / "raw" / "Interests.txt", delimiter="\t"):
        if row["Scale ID"] == "OI":
            scores[row["O*NET-SOC Code"]][row["Element Name"]] = float(row["Data Value"])
    return {code: tuple(values[name] for name in order)
            for code, values in scores.items() if len(values) == 6}


def load_curation(path: Path = CURATION_FILE) -> list[dict[str, str]]:
    """The reviewed links; raise ValueError with file:line on a malformed row."""
    rows = _read_csv(path)
    occupations = load_occupations()
    for line, row in enumerate(rows, start=2):
        if row.get("action") not in {"link", "reject"}:
            raise ValueError(f"{path.name}:{line}: action must be link or reject, "
                             f"found {row.get('action')!r}")
        if row["esco_uri"] not in occupations:
            raise ValueError(f"{path.name}:{line}: unknown ESCO occupation {row['esco_uri']!r}")
        if not row.get("note", "").strip():
            raise ValueError(f"{path.name}:{line}: give a note (the label and why)")
    return rows


# --- Names and labels -----------------------------------------------------------------------


def normalise(text: str) -> str:
    """Lower case, accents off, every run of non-letters/digits one space ("Coördinator" ->
    "coordinator", "Mbo-Verpleegkundige" -> "mbo verpleegkundige")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def compact(text: str) -> str:
    """The matching key: normalised and without spaces, so that Dutch compounds written
    apart or together ("software ontwikkelaar", "softwareontwikkelaar") compare equal."""
    return normalise(text).replace(" ", "")


def _expand_slash(word: str) -> list[str]:
    """One word with slash alternatives -> its variants ("kapper/kapster" -> both,
    "gastheer/-vrouw" -> gastheer, gastvrouw)."""
    parts = [p for p in word.split("/") if p]
    if len(parts) < 2:
        return [word.replace("/", "")]
    first, variants = parts[0], [parts[0]]
    for part in parts[1:]:
        if part.startswith("-"):
            tail = part[1:]
            # "gastheer/-vrouw", "medewerker/-ster": replace the gendered end of the first.
            for ending in ("heer", "man", "er"):
                if first.endswith(ending):
                    variants.append(first[: -len(ending)] + tail)
                    break
            else:
                variants.append(first + tail)
        else:
            variants.append(part)
    return variants


def label_forms(label: str) -> set[str]:
    """Every normalised form a label or programme name stands for.

    Handles slash alternatives within a word or between whole labels
    ("barman/barvrouw", "leraar/lerares basisonderwijs", "Meubelmaker/(scheeps)interieurbouwer")
    and optional parts in brackets ("(Junior) accountmanager", "(scheeps)interieurbouwer").
    """
    forms: set[str] = set()
    text = label.strip()
    # Optional bracketed parts: once with, once without.
    bracketed = re.findall(r"\(([^)]*)\)", text)
    options = [re.sub(r"\(([^)]*)\)", r"\1", text), re.sub(r"\s*\([^)]*\)\s*", " ", text)]
    if not bracketed:
        options = [text]
    for option in options:
        words = option.split()
        # "Meubelmaker/interieurbouwer": a slash between two whole job words joins two labels.
        expanded = [_expand_slash(w) if "/" in w else [w] for w in words]
        if len(expanded) > 6 or sum(len(e) > 1 for e in expanded) > 2:
            forms.add(normalise(option))
            continue
        for choice in product(*expanded):
            forms.add(normalise(" ".join(choice)))
    return {f for f in forms if f}


@cache
def label_index() -> dict[str, list[tuple[str, str]]]:
    """compact label form -> [(concept URI, basis)], preferred labels listed first."""
    index: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for uri, row in load_occupations().items():
        for form in label_forms(row["preferredLabel"]):
            index[form.replace(" ", "")].append((uri, EXACT_PREFERRED))
        for alt in row["altLabels"].split("\n"):
            if alt.strip():
                for form in label_forms(alt):
                    index[form.replace(" ", "")].append((uri, EXACT_ALTERNATIVE))
    for key, entries in index.items():
        # One entry per occupation, the strongest basis kept.
        best: dict[str, str] = {}
        for uri, basis in entries:
            if uri not in best or basis == EXACT_PREFERRED:
                best[uri] = basis
        index[key] = sorted(best.items(), key=lambda e: BASES.index(e[1]))
    return dict(index)


def exact_matches(name: str) -> list[tuple[str, str]]:
    """ESCO occupations whose preferred or alternative label equals a form of the name."""
    index = label_index()
    found: dict[str, str] = {}
    for form in sorted(label_forms(name)):
        for uri, basis in index.get(form.replace(" ", ""), []):
            if uri not in found or basis == EXACT_PREFERRED:
                found[uri] = basis
    return sorted(found.items(), key=lambda e: BASES.index(e[1]))


# --- Programme -> ESCO ----------------------------------------------------------------------


def link_programmes(programmes: list[dict], curation: list[dict] | None = None) -> list[dict]:
    """Link rows for every programme that has at least one occupation.

    Each programme dict needs crebo and name (synonyms and level are used by the candidate
    tool, not here). Exact matches on the programme name come first (preferred before
    alternative label), then the curated links in file order; rejected exact matches are
    dropped. Rank 1 is the main occupation.
    """
    occupations = load_occupations()
    curation = load_curation() if curation is None else curation
    crebos = {p["crebo"] for p in programmes}
    rejected: set[tuple[str, str]] = set()
    curated: dict[str, list[str]] = defaultdict(list)
    for row in curation:
        if row["crebo"] not in crebos:
            continue
        if row["action"] == "reject":
            rejected.add((row["crebo"], row["esco_uri"]))
        else:
            curated[row["crebo"]].append(row["esco_uri"])
    links: list[dict] = []
    for programme in programmes:
        crebo = programme["crebo"]
        chosen: list[tuple[str, str]] = []
        for uri, basis in exact_matches(programme["name"]):
            if (crebo, uri) not in rejected:
                chosen.append((uri, basis))
        for uri in curated.get(crebo, []):
            if all(uri != u for u, _ in chosen):
                chosen.append((uri, CURATED))
        for rank, (uri, basis) in enumerate(chosen[:MAX_LINKS], start=1):
            occupation = occupations[uri]
            links.append({"crebo": crebo, "esco_uri": uri, "label": occupation["preferredLabel"],
                          "isco_group": occupation["iscoGroup"], "basis": basis, "rank": rank})
    return links


# --- ESCO -> O*NET --------------------------------------------------------------------------


def confident_match(uri: str, crosswalk: dict[str, dict[str, str]] | None = None,
                    occupations: dict[str, dict[str, str]] | None = None,
                    ) -> tuple[str, str] | None:
    """(O*NET-SOC 2019 code, basis) for one ESCO occupation, or None when not confident.

    Confident means: the occupation's own Nesta row (or, with INHERIT_FROM_PARENT, that of its
    nearest ancestor by ESCO code) has confidence >= MIN_CONFIDENCE; its O*NET-SOC 2010 code
    carries over to the 2019 taxonomy unambiguously (same code kept, or exactly one successor);
    and O*NET publishes interest scores for the result.
    """
    crosswalk = load_crosswalk() if crosswalk is None else crosswalk
    if occupations is None:
        occupations, by_code = load_occupations(), _code_index()
    else:
        by_code = {row["code"]: key for key, row in occupations.items()}
    occupation = occupations.get(uri)
    if occupation is None:
        return None
    row, source = crosswalk.get(uri), uri
    code = occupation["code"]
    while row is None and INHERIT_FROM_PARENT and code.count(".") > 1:
        code = code.rsplit(".", 1)[0]
        source = by_code.get(code, "")
        row = crosswalk.get(source)
    if row is None or float(row["confidence"]) < MIN_CONFIDENCE:
        return None
    old = row["onet_code"]
    targets = load_taxonomy_crosswalk().get(old, [])
    if old in targets:
        new = old
    elif len(targets) == 1:
        new = targets[0]
    else:
        return None
    if new not in load_interest_profiles():
        return None
    how = f"ESCO {occupation['preferredLabel']}"
    if source != uri:
        how += f" (via parent {occupations[source]['preferredLabel']})"
    how += f" -> Nesta crosswalk, confidence {float(row['confidence']):g}"
    if new != old:
        how += f", O*NET-SOC 2010 {old} -> 2019 {new}"
    return new, how


@cache
def _code_index() -> dict[str, str]:
    """ESCO code (e.g. 7315.2) -> concept URI."""
    return {row["code"]: uri for uri, row in load_occupations().items()}


def onet_from_esco(links: list[dict]) -> dict[str, list[tuple[str, str]]]:
    """Per crebo, up to three O*NET-SOC 2019 codes reached through confident crosswalk
    matches of its ESCO occupations, in link-rank order, each with its basis string.

    A programme is included only when its main occupation (rank 1) has a confident match:
    otherwise a side occupation would decide the whole interest profile. Programmes left out
    keep their curated codes.
    """
    by_crebo: dict[str, list[dict]] = defaultdict(list)
    for link in links:
        by_crebo[link["crebo"]].append(link)
    derived: dict[str, list[tuple[str, str]]] = {}
    for crebo, rows in by_crebo.items():
        rows = sorted(rows, key=lambda r: int(r["rank"]))
        matches = [confident_match(r["esco_uri"]) for r in rows]
        if int(rows[0]["rank"]) != 1 or matches[0] is None:
            continue
        codes: list[tuple[str, str]] = []
        for match in matches:
            if match and len(codes) < MAX_ONET_CODES and all(match[0] != c for c, _ in codes):
                codes.append(match)
        derived[crebo] = codes
    return derived


RIASEC_LETTERS = "RIASEC"


def interest_profile(codes: list[str]) -> tuple[float, ...]:
    """Mean RIASEC scores of O*NET codes, as the seed loader computes a programme's profile."""
    profiles = load_interest_profiles()
    rows = [profiles[code] for code in codes]
    return tuple(round(sum(row[i] for row in rows) / len(rows), 2) for i in range(6))


def onet_changes(programmes: list[dict], links: list[dict]) -> list[dict]:
    """Programmes whose O*NET codes would change, biggest profile change first.

    distance is the Euclidean distance between the old and the new RIASEC profile (scale 1-7
    per type); top is the programme's three strongest types before and after.
    """
    derived = onet_from_esco(links)
    changes = []
    for programme in programmes:
        new = [code for code, _ in derived.get(programme["crebo"], [])]
        old = [code for code in programme["onet_codes"].split(";") if code]
        if not new or set(new) == set(old):
            continue
        before, after = interest_profile(old), interest_profile(new)
        distance = sum((a - b) ** 2 for a, b in zip(before, after, strict=True)) ** 0.5
        changes.append({
            "crebo": programme["crebo"], "name": programme["name"], "old": old, "new": new,
            "before": before, "after": after,
            "distance": round(distance, 2),
            "top_before": _top(before), "top_after": _top(after),
        })
    return sorted(changes, key=lambda c: (-c["distance"], c["crebo"]))


def _top(profile: tuple[float, ...]) -> str:
    order = sorted(range(6), key=lambda i: (-profile[i], i))
    return "".join(RIASEC_LETTERS[i] for i in order[:3])


# --- Output ---------------------------------------------------------------------------------


def read_programmes() -> list[dict[str, str]]:
    return _read_csv(SEED / "programmes.csv")


def to_csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=OUTPUT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def onet_report(programmes: list[dict], links: list[dict]) -> str:
    """Markdown: agreement of ESCO-derived and curated codes, and every change a full
    replacement would make (pasted into curation/ESCO.md)."""
    derived = onet_from_esco(links)
    curated = {p["crebo"]: set(p["onet_codes"].split(";")) for p in programmes}
    codes = [(crebo, code) for crebo, pairs in derived.items() for code, _ in pairs]
    agree = sum(1 for crebo, code in codes if code in curated[crebo])
    changes = onet_changes(programmes, links)
    lines = [f"- programmes whose main occupation has a confident O*NET match: {len(derived)} "
             f"of {len(programmes)}",
             f"- ESCO-derived codes: {len(codes)}, of which {agree} are already a curated code "
             f"of the same programme",
             f"- programmes whose codes a full replacement would change: {len(changes)}", "",
             "| crebo | programme | curated codes (profile) | ESCO-derived codes (profile) "
             "| distance |", "|---|---|---|---|---|"]
    for c in changes:
        lines.append(f"| {c['crebo']} | {c['name']} | {' '.join(c['old'])} ({c['top_before']}) "
                     f"| {' '.join(c['new'])} ({c['top_after']}) | {c['distance']} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    programmes = read_programmes()
    links = link_programmes(programmes)
    if "--onet-report" in argv:
        print(onet_report(programmes, links), end="")
        return 0
    text = to_csv(links)
    covered = len({link["crebo"] for link in links})
    if "--check" in argv:
        if not OUTPUT_FILE.exists() or OUTPUT_FILE.read_text("utf-8") != text:
            print(f"{OUTPUT_FILE.name} is stale: run python seed_data/build/esco.py")
            return 1
        print(f"{OUTPUT_FILE.name} is up to date")
        return 0
    OUTPUT_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {len(links)} links for {covered} of {len(programmes)} programmes "
          f"to {OUTPUT_FILE.relative_to(SEED.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
